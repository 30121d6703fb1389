// <samtykke-widget> in real Chromium (SPEC §4, §8; issue 3): what a visitor sees and can do.
// The consent core is replaced by a fake WidgetHost: the host interface is the UI's contract.
import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { resolveLanguage } from '../../src/widget/i18n/index.js';
import { sv } from '../../src/widget/i18n/sv.js';
import '../../src/widget/ui/widget.js';
import { mountPlaceholder } from '../../src/widget/ui/placeholder.js';
import type { SamtykkeWidget } from '../../src/widget/ui/widget.js';
import type { WidgetHost } from '../../src/widget/ui/host.js';
import type { Config, Consent, Receipt } from '../../src/widget/types.js';

const baseConfig: Config = {
  revision: '2024-06-17',
  language: 'en',
  controller: {
    name: 'Testfirma AS',
    orgNumber: '974451204',
    address: 'Storgata 1, 0155 Oslo',
    email: 'personvern@testfirma.no',
    phone: '+47 22 00 00 00',
    dpoEmail: 'dpo@testfirma.no',
    policyUrl: 'https://testfirma.no/personvern',
  },
  categories: {
    necessary: { title: { en: 'Necessary', nb: 'Nødvendige' }, description: { en: 'Makes the site work.' } },
    analytics: { title: { en: 'Analytics', nb: 'Statistikk' }, description: { en: 'Counts visits.' } },
    marketing: { title: { en: 'Marketing', nb: 'Markedsføring' }, description: { en: 'Ads elsewhere.' } },
  },
  services: [
    {
      id: 'session',
      category: 'necessary',
      name: 'Session',
      provider: 'Testfirma AS',
      purpose: 'Keeps you logged in',
      legalBasis: 'contract',
      cookies: [{ name: 'sid', duration: 'session' }],
    },
    {
      id: 'google-analytics',
      category: 'analytics',
      name: 'Google Analytics 4',
      provider: 'Google Ireland Ltd.',
      purpose: { en: 'Visitor statistics', nb: 'Besøksstatistikk' },
      legalBasis: 'consent',
      cookies: [
        { name: '_ga', duration: { en: '2 years', nb: '2 år' } },
        { name: '_ga_<id>', pattern: '^_ga_.+$', duration: { en: '2 years' } },
      ],
      transfer: { en: 'USA (EU–US Data Privacy Framework)' },
      policyUrl: 'https://policies.google.com/privacy',
    },
    {
      id: 'meta-pixel',
      category: 'marketing',
      name: 'Meta Pixel',
      provider: 'Meta Platforms Ireland Ltd.',
      purpose: 'Ads on Facebook and Instagram',
      legalBasis: 'consent',
      cookies: [{ name: '_fbp', duration: '3 months' }],
      policyUrl: 'https://www.facebook.com/privacy/policy/',
    },
    { id: 'hotjar', category: 'analytics', name: 'Hotjar', provider: 'Hotjar Ltd.' },
  ],
  purposes: [
    {
      title: { en: 'Visitor statistics' },
      legalBasis: 'consent',
      data: 'Pages seen, device type',
      retention: '14 months',
      recipients: 'Google',
    },
    { title: 'Customer service', legalBasis: 'contract', data: 'Name, email', retention: '3 years' },
  ],
  rights: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw', 'complaint'],
  authority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no' },
  cookie: { name: 'samtykke', domain: '', path: '/', sameSite: 'Lax', expiresAfterDays: 180 },
  gpc: 'honor',
  googleConsentMode: false,
  autoBlock: false,
  reloadOnWithdraw: true,
  theme: 'auto',
};

type Call = [string, unknown?];

/** A WidgetHost that records calls and decides like the core would, without cookies. */
function fakeHost(config: Config = baseConfig, start: Consent | null = null, gpc = false) {
  const calls: Call[] = [];
  const subs = new Set<() => void>();
  let consent = start;
  const ids = () => [...Object.keys(config.categories), ...config.services.map((s) => s.id)];
  const decide = (method: Consent['method'], choices: Record<string, boolean>) => {
    const categories: Record<string, boolean> = {};
    const services: Record<string, boolean> = {};
    for (const id of Object.keys(config.categories)) categories[id] = id === 'necessary' || !!choices[id];
    for (const s of config.services) services[s.id] = s.category === 'necessary' || !!choices[s.id];
    consent = {
      id: '6f1c2b9e-0d4a-4c43-9a57-2d1b6a3e8f10',
      timestamp: '2026-11-22T10:00:00.000Z',
      revision: config.revision,
      method,
      categories,
      services,
    };
    subs.forEach((f) => f());
    return Promise.resolve(consent);
  };
  const history: Receipt[] = [];
  const host: WidgetHost = {
    config,
    get consent() {
      return consent;
    },
    gpcHonoured: gpc,
    services: () => config.services,
    acceptAll() {
      calls.push(['acceptAll']);
      return decide('accept-all', Object.fromEntries(ids().map((i) => [i, true])));
    },
    rejectAll() {
      calls.push(['rejectAll']);
      return decide('reject-all', {});
    },
    save(choices) {
      calls.push(['save', choices]);
      return decide('custom', choices);
    },
    history: async () => history,
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
  return { host, calls, subs, history };
}

async function mount(host: WidgetHost): Promise<SamtykkeWidget> {
  const el = await fixture<SamtykkeWidget>(html`<samtykke-widget .host=${host}></samtykke-widget>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SamtykkeWidget, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: SamtykkeWidget, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
const buttons = (root: ParentNode) => [...root.querySelectorAll<HTMLButtonElement>('button')];
const byText = (root: ParentNode, name: string) => {
  const b = buttons(root).find((x) => x.textContent!.trim() === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
};
const active = (el: SamtykkeWidget) => el.shadowRoot!.activeElement;
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function openDialog(el: SamtykkeWidget, via?: HTMLElement) {
  (via ?? byText($(el, '.banner')!, 'Choose')).click();
  await el.updateComplete;
  await frame();
  const d = $<HTMLDialogElement>(el, 'dialog')!;
  expect(d.open, 'dialog open').to.equal(true);
  return d;
}

// --- colour contrast (WCAG relative luminance) -------------------------------------------
const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
const lum = (c: string) => {
  const [r, g, b] = rgb(c).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

before(async () => {
  // The banner slides in; measure it at rest.
  await emulateMedia({ reducedMotion: 'reduce' });
});
afterEach(async () => {
  fixtureCleanup();
  document.documentElement.lang = '';
  await emulateMedia({ colorScheme: 'light' });
  await setViewport({ width: 800, height: 600 });
});

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
        expect(lum(bg) < 0.2, 'dark background in dark').to.equal(scheme === 'dark');
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
    expect(lum(getComputedStyle($(el, '.banner')!).backgroundColor)).to.be.below(0.2);
    fixtureCleanup();
    await emulateMedia({ colorScheme: 'dark' });
    const el2 = await mount(fakeHost({ ...baseConfig, theme: 'light' }).host);
    expect(lum(getComputedStyle($(el2, '.banner')!).backgroundColor)).to.be.above(0.8);
  });

  it('shows the controller, a generated summary and the link to the full notice', async () => {
    const el = await mount(fakeHost().host);
    const banner = $(el, '.banner')!;
    expect(banner.getAttribute('aria-label')).to.be.ok;
    expect(banner.querySelector('h2')!.textContent).to.equal('Testfirma AS');
    expect(banner.textContent).to.contain('Analytics and Marketing');
    expect(banner.querySelector('a')!.getAttribute('href')).to.equal('https://testfirma.no/personvern');
    const root = $(el, '.t')!;
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
      const reopen = $(el, '[part=reopen]')!;
      expect(reopen).to.exist;
      expect(active(el) === reopen, 'focus').to.equal(true);
      expect($(el, '[role=status]')!.textContent).to.equal('Your choices are saved');
      fixtureCleanup();
    }
  });
});

describe('second layer', () => {
  it('opens as a modal dialog with every switch off before a choice but necessary (locked)', async () => {
    const el = await mount(fakeHost().host);
    const d = await openDialog(el);
    expect(d.matches(':modal')).to.equal(true);
    expect(d.contains(active(el))).to.equal(true);
    const sw = $$<HTMLInputElement>(el, 'input[role=switch]');
    expect(sw.length).to.equal(3 + 4);
    for (const s of sw) {
      expect(s.type).to.equal('checkbox');
      const name = s.closest('label')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(name, 'labelled').to.not.equal('');
      if (s.disabled) expect(s.checked, `${name} locked on`).to.equal(true);
      else expect(s.checked, `${name} off`).to.equal(false);
    }
    const necessary = sw.find((s) => s.closest('label')!.textContent!.includes('Necessary'))!;
    expect(necessary.disabled).to.equal(true);
    expect(necessary.closest('label')!.textContent).to.contain('Always on');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has readable text and visible switches, ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await mount(fakeHost().host);
      const d = await openDialog(el);
      const bg = getComputedStyle(d).backgroundColor;
      expect(contrast(getComputedStyle(d).color, bg), 'text').to.be.at.least(4.5);
      for (const b of d.querySelectorAll<HTMLElement>('.ft button')) {
        const s = getComputedStyle(b);
        expect(contrast(s.color, s.backgroundColor), 'button text').to.be.at.least(4.5);
      }
      const sw = $$<HTMLInputElement>(el, 'input[role=switch]:not(:disabled)')[0];
      expect(contrast(getComputedStyle(sw).borderTopColor, bg), 'switch off').to.be.at.least(3);
      sw.click();
      await el.updateComplete;
      expect(contrast(getComputedStyle(sw).backgroundColor, bg), 'switch on').to.be.at.least(3);
      sw.focus();
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Tab' });
      const ring = getComputedStyle(active(el)!);
      expect(ring.outlineStyle).to.equal('solid');
      expect(contrast(ring.outlineColor, bg), 'focus ring').to.be.at.least(3);
      const r = sw.getBoundingClientRect();
      expect(Math.min(r.width, r.height), 'target size').to.be.at.least(24);
    });
  }

  it('shows the services, the notice summary and the controller', async () => {
    const el = await mount(fakeHost().host);
    const d = await openDialog(el);
    const t = d.textContent!.replace(/\s+/g, ' ');
    for (const s of [
      'Google Analytics 4',
      'Google Ireland Ltd.',
      'Visitor statistics',
      '_ga',
      '2 years',
      'USA (EU–US Data Privacy Framework)',
      'Your consent',
      'Needed to fulfil a contract with you',
      '14 months',
      'You can ask us to delete your data.',
      'You can complain to the data protection authority.',
      'Datatilsynet',
      '974451204',
      'Storgata 1, 0155 Oslo',
      '+47 22 00 00 00',
    ])
      expect(t).to.contain(s);
    const hrefs = [...d.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members([
      'https://policies.google.com/privacy',
      'https://www.datatilsynet.no',
      'mailto:personvern@testfirma.no',
      'mailto:dpo@testfirma.no',
      'tel:+4722000000',
      'https://testfirma.no/personvern',
    ]);
    for (const a of d.querySelectorAll('a[target=_blank]')) expect(a.getAttribute('rel')).to.contain('noopener');
  });

  it('a category switch moves its services; a service switched on turns its category on', async () => {
    const el = await mount(fakeHost().host);
    await openDialog(el);
    const sw = (name: string) =>
      $$<HTMLInputElement>(el, 'input[role=switch]').find((s) => s.closest('label')!.textContent!.trim() === name)!;
    sw('Analytics').click();
    await el.updateComplete;
    expect(sw('Google Analytics 4').checked).to.equal(true);
    expect(sw('Hotjar').checked).to.equal(true);
    expect(sw('Meta Pixel').checked).to.equal(false);
    sw('Meta Pixel').click();
    await el.updateComplete;
    expect(sw('Marketing').checked).to.equal(true);
    sw('Analytics').click();
    await el.updateComplete;
    expect(sw('Google Analytics 4').checked).to.equal(false);
  });

  it('Save choices sends every category and service id, closes and announces', async () => {
    const { host, calls } = fakeHost();
    const el = await mount(host);
    const d = await openDialog(el);
    const sw = $$<HTMLInputElement>(el, 'input[role=switch]').find((s) =>
      s.closest('label')!.textContent!.includes('Google Analytics 4'),
    )!;
    sw.click();
    await el.updateComplete;
    byText(d, 'Save choices').click();
    await aTimeout(0);
    await el.updateComplete;
    expect(calls).to.deep.equal([
      [
        'save',
        {
          necessary: true,
          analytics: true,
          marketing: false,
          session: true,
          'google-analytics': true,
          'meta-pixel': false,
          hotjar: false,
        },
      ],
    ]);
    await aTimeout(50);
    await el.updateComplete;
    expect(d.open).to.equal(false);
    expect($(el, '[role=status]')!.textContent).to.equal('Your choices are saved');
    expect($(el, '[role=status]')!.closest('dialog')).to.equal(null);
    // The banner that opened it is gone: focus lands on the re-open button.
    expect(active(el) === $(el, '[part=reopen]'), 'focus').to.equal(true);
  });

  it('Accept all and Reject all in the dialog call the host', async () => {
    for (const [name, call] of [
      ['Accept all', 'acceptAll'],
      ['Reject all', 'rejectAll'],
    ]) {
      const { host, calls } = fakeHost();
      const el = await mount(host);
      const d = await openDialog(el);
      byText(d, name).click();
      await aTimeout(50);
      expect(calls).to.deep.equal([[call]]);
      expect(d.open).to.equal(false);
      fixtureCleanup();
    }
  });

  it('keeps focus inside for 30 Tabs, closes on Escape without deciding, and returns focus', async () => {
    const { host, calls } = fakeHost();
    const el = await mount(host);
    const choose = byText($(el, '.banner')!, 'Choose');
    choose.focus();
    const d = await openDialog(el, choose);
    const seen = new Set<Element>();
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      const a = active(el);
      expect(document.activeElement === el, `Tab ${i + 1}`).to.equal(true);
      expect(a && d.contains(a), `Tab ${i + 1} inside`).to.equal(true);
      seen.add(a!);
    }
    expect(seen.size).to.be.greaterThan(8);
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Shift+Tab' });
      expect(d.contains(active(el))).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await aTimeout(50);
    expect(d.open).to.equal(false);
    expect(calls).to.deep.equal([]);
    expect($(el, '.banner')).to.exist;
    expect(active(el) === choose, 'focus').to.equal(true);
  });

  it('Space toggles a switch', async () => {
    const el = await mount(fakeHost().host);
    await openDialog(el);
    const sw = $$<HTMLInputElement>(el, 'input[role=switch]:not(:disabled)')[0];
    sw.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(sw.checked).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(sw.checked).to.equal(false);
  });

  it('shows the consent id, date, history and the GPC line', async () => {
    const start: Consent = {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      timestamp: '2026-11-20T08:30:00.000Z',
      revision: baseConfig.revision,
      method: 'gpc',
      categories: { necessary: true, analytics: false, marketing: false },
      services: {},
    };
    const f = fakeHost(baseConfig, start, true);
    f.history.push({
      v: 1,
      receiptId: 'r1',
      consentId: start.id,
      timestamp: start.timestamp,
      method: 'gpc',
      revision: baseConfig.revision,
      noticeHash: 'sha256:x',
      language: 'en',
      controller: { name: 'Testfirma AS' },
      categories: { necessary: true, analytics: false },
      services: {},
      gpc: true,
      url: 'https://testfirma.no/',
      userAgent: 'x',
      widget: 'samtykke@1.0.0',
      previousReceiptId: null,
      expiresAt: '2027-05-19T08:30:00.000Z',
    });
    const el = await mount(f.host);
    expect($(el, '.banner')).to.equal(null);
    const d = await openDialog(el, $(el, '[part=reopen]')!);
    await aTimeout(0);
    await el.updateComplete;
    const t = d.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain(start.id);
    expect(t).to.contain('2026');
    expect(t).to.contain("Your browser's Global Privacy Control signal was honoured.");
    expect([...d.querySelectorAll('summary')].map((x) => x.textContent)).to.include('Earlier decisions (1)');
    expect(t).to.contain('Global Privacy Control. Necessary');
  });

  it('the re-open button is keyboard reachable, big enough, and opens the choices', async () => {
    const start: Consent = {
      id: 'x',
      timestamp: new Date().toISOString(),
      revision: baseConfig.revision,
      method: 'reject-all',
      categories: { necessary: true, analytics: false, marketing: false },
      services: {},
    };
    const start2 = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await mount(fakeHost(baseConfig, start).host);
    const reopen = $(el, '[part=reopen]')!;
    expect(reopen.getAttribute('aria-label')).to.equal('Privacy choices');
    const r = reopen.getBoundingClientRect();
    expect(r.width).to.be.at.least(24);
    expect(r.height).to.be.at.least(24);
    start2.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el) === reopen, 'focus').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await frame();
    const d = $<HTMLDialogElement>(el, 'dialog')!;
    expect(d.open).to.equal(true);
    // The visitor's current choices are shown: all off.
    for (const s of $$<HTMLInputElement>(el, 'input[role=switch]:not(:disabled)')) expect(s.checked).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await aTimeout(50);
    expect(active(el) === reopen, 'focus').to.equal(true);
  });

  it('the re-open button moves off a focused page element it would cover', async () => {
    const start: Consent = {
      id: 'x',
      timestamp: new Date().toISOString(),
      revision: baseConfig.revision,
      method: 'reject-all',
      categories: { necessary: true },
      services: {},
    };
    const el = await mount(fakeHost(baseConfig, start).host);
    const b = await fixture<HTMLButtonElement>(html`<button>corner</button>`);
    Object.assign(b.style, { position: 'fixed', left: '8px', bottom: '8px' });
    b.focus();
    await el.updateComplete;
    const r = $(el, '[part=reopen]')!.getBoundingClientRect();
    const q = b.getBoundingClientRect();
    const overlaps = r.left < q.right && r.right > q.left && r.top < q.bottom && r.bottom > q.top;
    expect(overlaps).to.equal(false);
  });

  it('shows what is granted now when re-opened after accepting', async () => {
    const start: Consent = {
      id: 'x',
      timestamp: new Date().toISOString(),
      revision: baseConfig.revision,
      method: 'custom',
      categories: { necessary: true, analytics: true, marketing: false },
      services: { 'google-analytics': true, hotjar: false },
    };
    const el = await mount(fakeHost(baseConfig, start).host);
    await openDialog(el, $(el, '[part=reopen]')!);
    const on = $$<HTMLInputElement>(el, 'input[role=switch]:not(:disabled)')
      .filter((s) => s.checked)
      .map((s) => s.closest('label')!.textContent!.trim());
    expect(on).to.deep.equal(['Analytics', 'Google Analytics 4']);
  });

  it('data-samtykke-open on a page element opens it, and focus returns there', async () => {
    const el = await mount(fakeHost().host);
    const link = await fixture<HTMLAnchorElement>(html`<a href="#settings" data-samtykke-open>Cookie settings</a>`);
    link.focus();
    link.click();
    await el.updateComplete;
    await frame();
    const d = $<HTMLDialogElement>(el, 'dialog')!;
    expect(d.open).to.equal(true);
    expect(location.hash).to.not.equal('#settings');
    el.hide();
    await aTimeout(50);
    expect(document.activeElement === link, 'focus').to.equal(true);
  });

  it('show() opens and hide() closes it', async () => {
    const el = await mount(fakeHost().host);
    el.show();
    await el.updateComplete;
    await frame();
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    el.hide();
    await aTimeout(50);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });
});

describe('host wiring', () => {
  it('renders nothing without a host, and re-renders when the host reports a change', async () => {
    const el = await fixture<SamtykkeWidget>(html`<samtykke-widget></samtykke-widget>`);
    expect(el.shadowRoot!.querySelector('.banner, .reopen, dialog')).to.equal(null);
    const f = fakeHost();
    el.host = f.host;
    await el.updateComplete;
    expect(f.subs.size).to.equal(1);
    expect($(el, '.banner')).to.exist;
    await f.host.acceptAll(); // as if from another tab or the API
    await el.updateComplete;
    expect($(el, '.banner')).to.equal(null);
    el.remove();
    expect(f.subs.size).to.equal(0);
  });
});

describe('config text is text', () => {
  it('renders markup from the config as text, never as elements', async () => {
    const evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    const cfg: Config = {
      ...baseConfig,
      controller: { ...baseConfig.controller, name: evil },
      summary: evil,
      categories: {
        necessary: { title: evil, description: evil },
        analytics: { title: { en: evil }, description: evil },
      },
      services: [
        {
          id: 'x',
          category: 'analytics',
          name: evil,
          provider: evil,
          purpose: evil,
          cookies: [{ name: evil, duration: evil }],
          transfer: evil,
          policyUrl: 'javascript:window.__xss=1',
        },
      ],
      purposes: [{ title: evil, legalBasis: 'consent', data: evil, retention: evil, recipients: evil }],
      authority: { name: evil, url: 'javascript:window.__xss=1' },
    };
    const el = await mount(fakeHost(cfg).host);
    expect($(el, '.banner h2')!.textContent).to.equal(evil);
    await openDialog(el);
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    await aTimeout(50);
    expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect($(el, 'dialog')!.textContent).to.contain(evil);
    for (const a of el.shadowRoot!.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').to.not.match(/^javascript:/i);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });
});

describe('strict Content-Security-Policy', () => {
  it('renders both layers with no policy violation', async () => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";
    const src = (m: string) => new URL(m, import.meta.url).href;
    const frameEl = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="csp"
        width="800"
        height="600"
        srcdoc=${`<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
          <script type="module" src="${src('../../src/widget/ui/widget.ts')}"></script>
          <body></body>`}
      ></iframe>`,
    );
    const win = frameEl.contentWindow as Window & typeof globalThis;
    const end = Date.now() + 5000;
    while (!win.customElements?.get('samtykke-widget') && Date.now() < end) await aTimeout(20);
    expect(!!win.customElements.get('samtykke-widget'), 'loaded under the policy').to.equal(true);
    const doc = win.document;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const el = doc.createElement('samtykke-widget') as SamtykkeWidget;
    el.host = fakeHost().host;
    doc.body.append(el);
    await el.updateComplete;
    el.show();
    await el.updateComplete;
    await aTimeout(50);
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    // The sheet applied: the banner is fixed, the switches are drawn by the widget's CSS.
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('.banner')!).position).to.equal('fixed');
    await aTimeout(50);
    expect(violations).to.deep.equal([]);
  });
});

describe('languages', () => {
  it('a nb config shows Godta alle / Avvis alle / Tilpass and nb notice texts', async () => {
    const el = await mount(fakeHost({ ...baseConfig, language: 'nb' }).host);
    const names = buttons($(el, '.banner')!).map((b) => b.textContent!.trim());
    expect(names).to.deep.equal(['Godta alle', 'Avvis alle', 'Tilpass']);
    expect($(el, '.t')!.getAttribute('lang')).to.equal('nb');
    expect($(el, '.banner')!.textContent).to.contain('Statistikk og Markedsføring');
    const d = await openDialog(el, byText($(el, '.banner')!, 'Tilpass'));
    expect(byText(d, 'Lagre valg')).to.exist;
    expect(d.textContent).to.contain('Besøksstatistikk');
  });

  it('nn says Lagre val; auto follows <html lang>', async () => {
    document.documentElement.lang = 'nn-NO';
    const el = await mount(fakeHost({ ...baseConfig, language: 'auto' }).host);
    expect($(el, '.t')!.getAttribute('lang')).to.equal('nn');
    const d = await openDialog(el, byText($(el, '.banner')!, 'Tilpass'));
    expect(byText(d, 'Lagre val')).to.exist;
  });

  // sv, da and de are not in the bundle: they are fetched from samtykke.<lang>.json beside the
  // script (host.assetBase). fixtures/i18n/samtykke.sv.json is what scripts/languages.mjs writes
  // from src/i18n/sv.ts; its da file lacks a string on purpose; it has no de file.
  const assetBase = new URL('./fixtures/i18n/samtykke.js', import.meta.url).href;
  const withBase = (language: string, base?: string) =>
    Object.assign(fakeHost({ ...baseConfig, language }).host, { assetBase: base });
  /** Every text the widget's shadow root has shown, from before its first render to now. */
  function watch(el: SamtykkeWidget) {
    const seen: string[] = [];
    new MutationObserver(() => seen.push(el.shadowRoot!.textContent!)).observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    return seen;
  }

  it('a Swedish visitor of a page that does not say where the script lives gets English at once', async () => {
    const el = await mount(withBase('sv'));
    expect(buttons($(el, '.banner')!).map((b) => b.textContent!.trim())).to.deep.equal([
      'Accept all',
      'Reject all',
      'Choose',
    ]);
    expect($(el, '.t')!.getAttribute('lang')).to.equal('en');
  });

  it('the sv strings file is the sv table', async () => {
    expect(await (await fetch(new URL('samtykke.sv.json', assetBase))).json()).to.deep.equal(sv);
  });

  it('a Swedish visitor sees the banner in Swedish, and never in English first', async () => {
    const el = document.createElement('samtykke-widget');
    const seen = watch(el);
    el.host = withBase('sv', assetBase);
    document.body.append(el);
    try {
      await el.updateComplete;
      const names = buttons($(el, '.banner')!).map((b) => b.textContent!.trim());
      expect(names).to.deep.equal(['Godkänn alla', 'Neka alla', 'Anpassa']);
      expect($(el, '.t')!.getAttribute('lang')).to.equal('sv');
      expect(seen.length, 'rendered').to.be.greaterThan(0);
      for (const t of seen) expect(t).to.not.contain('Accept all');
      expect(seen.find((t) => t.trim())).to.contain('Godkänn alla');
      // The second layer and an iframe placeholder speak Swedish too.
      const d = await openDialog(el, byText($(el, '.banner')!, 'Anpassa'));
      expect(byText(d, 'Spara val')).to.exist;
      const box = await fixture<HTMLDivElement>(html`<div><iframe title="Video"></iframe></div>`);
      const info = { serviceId: 'y', serviceName: 'YouTube', category: 'marketing', categoryTitle: 'Marknadsföring' };
      mountPlaceholder(box.querySelector('iframe')!, { ...info, allow() {} }, 'sv');
      expect(box.querySelector('samtykke-placeholder')!.shadowRoot!.querySelector('button')!.textContent).to.equal(
        'Tillåt och visa',
      );
    } finally {
      el.remove();
    }
  });

  it('a strings file that is incomplete or missing gives English and one warning naming the problem', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      for (const [language, problem] of [
        ['da', 'no string "rejectAll"'],
        ['de', 'HTTP 404'],
      ]) {
        warnings.length = 0;
        const el = await mount(withBase(language, assetBase));
        expect(buttons($(el, '.banner')!).map((b) => b.textContent!.trim())).to.deep.equal([
          'Accept all',
          'Reject all',
          'Choose',
        ]);
        expect($(el, '.t')!.getAttribute('lang')).to.equal('en');
        expect(warnings.length, language).to.equal(1);
        expect(warnings[0]).to.contain(`the ${language} strings`).and.contain(problem);
        fixtureCleanup();
      }
    } finally {
      console.warn = warn;
    }
  });

  it('resolves the language: config, then <html lang>, then the browser, then English', () => {
    const doc = (lang: string) => ({ documentElement: { lang } }) as Document;
    expect(resolveLanguage('nb', doc('de'), ['sv'])).to.equal('nb');
    expect(resolveLanguage('auto', doc('nn-NO'), ['sv'])).to.equal('nn');
    expect(resolveLanguage('auto', doc('no'), [])).to.equal('nb');
    expect(resolveLanguage('auto', doc('nb-NO'), [])).to.equal('nb');
    expect(resolveLanguage('fr', doc(''), ['fr-FR', 'da-DK'])).to.equal('da');
    expect(resolveLanguage('auto', doc(''), ['de-AT'])).to.equal('de');
    expect(resolveLanguage('auto', doc('fi'), ['ja'])).to.equal('en');
    expect(resolveLanguage('auto', doc('__proto__'), [])).to.equal('en');
  });
});
