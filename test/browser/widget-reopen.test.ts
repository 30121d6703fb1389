// <samtykke-widget> re-opened in real Chromium (SPEC §4, §5): the re-open button, show() and
// hide(), data-samtykke-open, the host wiring, and notice text that stays text.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SamtykkeWidget } from '../../src/widget/ui/widget.js';
import type { Config, Consent } from '../../src/widget/types.js';
import { $, $$, active, baseConfig, fakeHost, frame, mount, openDialog, widgetPageHooks } from './widget-fixtures.js';

widgetPageHooks();

describe('second layer, re-opened', () => {
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
    const reopen = $(el, '.reopen')!;
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
    const r = $(el, '.reopen')!.getBoundingClientRect();
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
    await openDialog(el, $<HTMLElement>(el, '.reopen')!);
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
          legalBasis: 'consent',
          cookies: [{ name: evil, duration: evil }],
          transfer: evil,
          policyUrl: 'javascript:window.__xss=1',
        },
      ],
      purposes: [{ title: evil, legalBasis: 'consent', data: evil, retention: evil, recipients: evil }],
      authority: { name: evil, url: 'javascript:window.__xss=1' },
    };
    const el = await mount(fakeHost(cfg).host);
    expect($(el, '.banner h2')!.textContent).to.equal(`${evil}: cookies`);
    await openDialog(el);
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    await aTimeout(50);
    expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect($(el, 'dialog')!.textContent).to.contain(evil);
    for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').to.not.match(/^javascript:/i);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });
});
