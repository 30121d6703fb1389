// <samtykke-widget>'s first layer in real Chromium (SPEC §4, §8): what a visitor sees and can do.
// The consent core is replaced by a fake WidgetHost: the host interface is the UI's contract.
import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  $,
  $$,
  active,
  baseConfig,
  buttons,
  byText,
  fakeHost,
  frame,
  mount,
  widgetPageHooks,
  contrast,
  luminance,
} from './widget-fixtures.js';

widgetPageHooks();

describe('first layer', () => {
  for (const width of [1280, 360]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has three equal buttons with readable text at ${width} px, ${scheme}`, async () => {
        await setViewport({ width, height: 800 });
        await emulateMedia({ colorScheme: scheme });
        const el = await mount(fakeHost().host);
        await frame();
        const banner = $(el, '.banner')!;
        const bs = buttons(banner);
        expect(bs.map((b) => b.textContent!.trim())).to.deep.equal(['Accept all', 'Reject all', 'Choose']);
        const rects = bs.map((b) => b.getBoundingClientRect());
        for (const r of rects) {
          expect(Math.abs(r.width - rects[0].width), 'width').to.be.at.most(1);
          expect(Math.abs(r.height - rects[0].height), 'height').to.be.at.most(1);
          expect(r.height, 'target size').to.be.at.least(24);
        }
        if (width === 360) {
          // Stacked, full width, still equal.
          expect(rects[1].top).to.be.greaterThan(rects[0].bottom - 1);
          expect(rects[0].width).to.be.greaterThan(280);
        } else {
          expect(Math.abs(rects[1].top - rects[0].top)).to.be.at.most(1);
        }
        const styles = bs.map((b) => getComputedStyle(b));
        for (const s of styles) {
          expect(s.fontSize).to.equal(styles[0].fontSize);
          expect(s.fontWeight).to.equal(styles[0].fontWeight);
          expect(s.color).to.equal(styles[0].color);
          expect(s.backgroundColor).to.equal(styles[0].backgroundColor);
          expect(s.borderTopColor).to.equal(styles[0].borderTopColor);
          expect(contrast(s.color, s.backgroundColor), 'button text contrast').to.be.at.least(4.5);
        }
        const bg = getComputedStyle(banner).backgroundColor;
        expect(contrast(getComputedStyle(banner).color, bg), 'banner text contrast').to.be.at.least(4.5);
        const a = banner.querySelector('a')!;
        expect(contrast(getComputedStyle(a).color, bg), 'link contrast').to.be.at.least(4.5);
        expect(contrast(styles[0].backgroundColor, bg), 'button against banner').to.be.at.least(3);
        expect(luminance(bg) < 0.2, 'dark background in dark').to.equal(scheme === 'dark');
      });
    }
  }

  it('can be themed from the page with --samtykke-* custom properties', async () => {
    document.documentElement.style.setProperty('--samtykke-accent', 'rgb(0, 80, 40)');
    try {
      const el = await mount(fakeHost().host);
      for (const b of $$(el, '.banner button')) expect(getComputedStyle(b).backgroundColor).to.equal('rgb(0, 80, 40)');
    } finally {
      document.documentElement.style.removeProperty('--samtykke-accent');
    }
  });

  it('follows the config theme over the system setting', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await mount(fakeHost({ ...baseConfig, theme: 'dark' }).host);
    expect(luminance(getComputedStyle($(el, '.banner')!).backgroundColor)).to.be.below(0.2);
    fixtureCleanup();
    await emulateMedia({ colorScheme: 'dark' });
    const el2 = await mount(fakeHost({ ...baseConfig, theme: 'light' }).host);
    expect(luminance(getComputedStyle($(el2, '.banner')!).backgroundColor)).to.be.above(0.8);
  });

  it('shows the controller, a generated summary and the link to the full notice', async () => {
    const el = await mount(fakeHost().host);
    const banner = $(el, '.banner')!;
    expect(banner.getAttribute('aria-label')).to.be.ok;
    expect(banner.querySelector('h2')!.textContent).to.equal('Testfirma AS: cookies');
    expect(banner.textContent).to.contain('for analytics and marketing.');
    expect(banner.querySelector('a')!.getAttribute('href')).to.equal('https://testfirma.no/personvern');
    const root = $(el, '.widget')!;
    expect(root.getAttribute('lang')).to.equal('en');
    expect(root.getAttribute('dir')).to.equal('ltr');
  });

  it('uses the config summary when there is one', async () => {
    const el = await mount(fakeHost({ ...baseConfig, summary: { en: 'We count visits.', nb: 'Vi teller.' } }).host);
    expect($(el, '.banner p')!.textContent).to.contain('We count visits.');
  });

  it('does not block, cover the page with a backdrop or shift it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button id="page-btn">Page</button><p>Text</p></div>`);
    const before = page.getBoundingClientRect();
    const el = document.createElement('samtykke-widget');
    el.host = fakeHost().host;
    document.body.append(el);
    await el.updateComplete;
    await frame();
    expect(page.getBoundingClientRect().toJSON()).to.deep.equal(before.toJSON());
    expect(getComputedStyle($(el, '.banner')!).position).to.equal('fixed');
    const b = document.getElementById('page-btn')!.getBoundingClientRect();
    expect(document.elementFromPoint(b.left + 2, b.top + 2)!.id).to.equal('page-btn');
    el.remove();
  });

  it('causes no layout shift when it appears or goes (CLS 0)', async () => {
    await fixture(html`<main><h1>Page</h1><p>${'Text. '.repeat(400)}</p></main>`);
    await frame(); // the page itself has settled; from here on only the widget changes
    const shifts: number[] = [];
    const po = new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => shifts.push((e as PerformanceEntry & { value: number }).value)),
    );
    po.observe({ type: 'layout-shift' });
    const { host } = fakeHost();
    const el = await mount(host);
    await frame();
    await host.acceptAll(); // not a click: a shift right after input would not count
    await el.updateComplete;
    await frame();
    await aTimeout(100);
    po.disconnect();
    expect(shifts).to.deep.equal([]);
  });

  it('scrolls a focused page element out from under it', async () => {
    await setViewport({ width: 800, height: 600 });
    const page = await fixture<HTMLDivElement>(
      html`<div><div class="spacer"></div><button id="under">Under the banner</button><div class="spacer"></div></div>`,
    );
    for (const d of page.querySelectorAll<HTMLElement>('.spacer')) d.style.height = '560px';
    const el = await mount(fakeHost().host);
    await frame();
    const under = page.querySelector('button')!;
    under.focus();
    const banner = $(el, '.banner')!.getBoundingClientRect();
    expect(under.getBoundingClientRect().bottom).to.be.at.most(banner.top);
    window.scrollTo(0, 0);
  });

  it('lets Escape do nothing: closing is not a choice', async () => {
    const { host, calls } = fakeHost();
    const el = await mount(host);
    byText($(el, '.banner')!, 'Accept all').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.banner')).to.exist;
    expect(calls).to.deep.equal([]);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });

  it('is reached by Tab', async () => {
    const start = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await mount(fakeHost().host);
    start.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === el, 'focus in the widget').to.equal(true);
    expect(active(el)!.textContent!.trim()).to.equal('Read the full privacy notice');
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.textContent!.trim()).to.equal('Accept all');
  });

  it('Accept all and Reject all call the host, then the re-open button appears with focus', async () => {
    for (const [name, call] of [
      ['Accept all', 'acceptAll'],
      ['Reject all', 'rejectAll'],
    ]) {
      const { host, calls } = fakeHost();
      const el = await mount(host);
      const b = byText($(el, '.banner')!, name);
      b.focus();
      b.click();
      await aTimeout(0);
      await el.updateComplete;
      await el.updateComplete;
      expect(calls).to.deep.equal([[call]]);
      expect($(el, '.banner')).to.equal(null);
      const reopen = $(el, '.reopen')!;
      expect(reopen).to.exist;
      expect(active(el) === reopen, 'focus').to.equal(true);
      expect($(el, '[role=status]')!.textContent).to.equal('Your choices are saved');
      fixtureCleanup();
    }
  });
});
