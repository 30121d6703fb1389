// <samtykke-widget> under a strict Content-Security-Policy and in every language (SPEC §8),
// in real Chromium. The consent core is replaced by a fake WidgetHost.
import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { resolveLanguage } from '../../src/widget/i18n/index.js';
import { sv } from '../../src/widget/i18n/sv.js';
import { mountPlaceholder } from '../../src/widget/fast/controls-placeholder.js';
import type { SamtykkeWidget } from '../../src/widget/ui/widget.js';
import { $, baseConfig, buttons, byText, fakeHost, mount, openDialog, widgetPageHooks } from './widget-fixtures.js';

widgetPageHooks();

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
    expect($(el, '.widget')!.getAttribute('lang')).to.equal('nb');
    expect($(el, '.banner')!.textContent).to.contain('til statistikk og markedsføring.');
    const d = await openDialog(el, byText($(el, '.banner')!, 'Tilpass'));
    expect(byText(d, 'Lagre valg')).to.exist;
    expect(d.textContent).to.contain('Besøksstatistikk');
  });

  it('nn says Lagre val; auto follows <html lang>', async () => {
    document.documentElement.lang = 'nn-NO';
    const el = await mount(fakeHost({ ...baseConfig, language: 'auto' }).host);
    expect($(el, '.widget')!.getAttribute('lang')).to.equal('nn');
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
    expect(buttons($(el, '.banner')!).map((b) => b.textContent!.trim())).to.deep.equal(['Accept all', 'Reject all', 'Choose']);
    expect($(el, '.widget')!.getAttribute('lang')).to.equal('en');
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
      expect($(el, '.widget')!.getAttribute('lang')).to.equal('sv');
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
        'Godkänn och visa',
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
        expect($(el, '.widget')!.getAttribute('lang')).to.equal('en');
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
