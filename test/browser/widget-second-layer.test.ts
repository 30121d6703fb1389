// <samtykke-widget>'s second layer in real Chromium (SPEC §4, §8): the choices, the notice
// summary, keyboard and focus. The consent core is replaced by a fake WidgetHost.
import { aTimeout, expect, fixtureCleanup } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Consent } from '../../src/widget/types.js';
import { $, $$, active, baseConfig, byText, fakeHost, mount, openDialog, widgetPageHooks, contrast } from './widget-fixtures.js';

widgetPageHooks();

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
      for (const b of d.querySelectorAll<HTMLElement>('.dialog-footer button')) {
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
    expect(active(el) === $(el, '.reopen'), 'focus').to.equal(true);
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
    const d = await openDialog(el, $<HTMLElement>(el, '.reopen')!);
    await aTimeout(0);
    await el.updateComplete;
    const t = d.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain(start.id);
    expect(t).to.contain('2026');
    expect(t).to.contain('Your browser asks not to be tracked (Global Privacy Control), so we use only necessary cookies.');
    expect([...d.querySelectorAll('summary')].map((x) => x.textContent)).to.include('Earlier decisions (1)');
    expect(t).to.contain('Global Privacy Control. Necessary');
  });
});
