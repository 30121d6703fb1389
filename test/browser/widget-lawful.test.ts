// What the first layer must say and how its answers must look, whatever the page and the notice
// do (SPEC §4), and the widget's words in Nynorsk and the other languages (SPEC §8), in real
// Chromium, which has no Nynorsk locale data of its own.
import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { intlLocale } from '../../src/widget/i18n/index.js';
import { nb } from '../../src/widget/i18n/nb.js';
import { nn } from '../../src/widget/i18n/nn.js';
import { en } from '../../src/widget/i18n/en.js';
import { sv } from '../../src/widget/i18n/sv.js';
import { da } from '../../src/widget/i18n/da.js';
import { de } from '../../src/widget/i18n/de.js';
import { mountPlaceholder } from '../../src/widget/fast/controls.js';
import { text } from '../../src/widget/notice/text.js';
import type { Config, Consent, Receipt } from '../../src/widget/types.js';
import { $, $$, baseConfig, buttons, byText, fakeHost, frame, mount, openDialog } from './widget-fixtures.js';

/** The baseConfig in Nynorsk (and Bokmål), as a Nynorsk notice would write it. */
const nnConfig: Config = {
  ...baseConfig,
  language: 'nn',
  controller: { ...baseConfig.controller, name: 'Resultat24 AS' },
  categories: {
    necessary: { title: { nb: 'Nødvendige', nn: 'Nødvendige' } },
    analytics: { title: { nb: 'Statistikk', nn: 'Statistikk' } },
    marketing: { title: { nb: 'Markedsføring', nn: 'Marknadsføring' } },
  },
  services: [
    {
      id: 'login',
      category: 'necessary',
      name: { nb: 'Innlogging (bokmål)', nn: 'Innlogging (nynorsk)' },
      provider: 'Resultat24 AS',
      purpose: { nb: 'Holder deg innlogget', nn: 'Held deg innlogga' },
      legalBasis: 'contract',
      cookies: [{ name: 'sid', duration: { nb: 'økten', nn: 'økta' } }],
    },
    {
      id: 'google-analytics',
      category: 'analytics',
      name: 'Google Analytics 4',
      provider: 'Google Ireland Ltd.',
      purpose: { nn: 'Besøksstatistikk' },
      legalBasis: 'consent',
      cookies: [{ name: '_ga', duration: { nn: '2 år' } }],
    },
    { id: 'meta-pixel', category: 'marketing', name: 'Meta Pixel', provider: 'Meta Platforms Ireland Ltd.' },
    {
      id: 'youtube',
      category: 'marketing',
      name: { nb: 'YouTube-videoer (bokmål)', nn: 'YouTube-videoar' },
      provider: 'Google Ireland Ltd.',
    },
  ],
  purposes: [{ title: { nn: 'Løn' }, legalBasis: 'legal-obligation' }],
};

const textOf = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Words and date parts that must never reach a Nynorsk visitor from the widget's own strings. */
const ENGLISH =
  /\b(and|the|your|you|Accept|Reject|Choose|Save|Close|Necessary|Statistics|Marketing|Cookies|Always|Provider|Purpose|Privacy choices|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|AM|PM)\b/;

before(async () => {
  await emulateMedia({ reducedMotion: 'reduce' });
});
afterEach(() => {
  fixtureCleanup();
  document.querySelector('#page-style')?.remove();
});

describe('equal prominence that page CSS cannot undo', () => {
  it('every answer button has the one part "button", in both layers', async () => {
    const el = await mount(fakeHost().host);
    for (const b of buttons($(el, '.banner')!)) expect(b.getAttribute('part'), b.textContent!).to.equal('button');
    const d = await openDialog(el);
    for (const b of d.querySelectorAll('.dialog-footer button'))
      expect(b.getAttribute('part'), b.textContent!).to.equal('button');
  });

  it('a page rule for ::part(button-reject) or ::part(button-accept) changes nothing; ::part(button) styles all three alike', async () => {
    const style = document.createElement('style');
    style.id = 'page-style';
    style.textContent = `
      samtykke-widget::part(button-reject) { display: none; }
      samtykke-widget::part(button-accept) { font-size: 40px; }
      samtykke-widget::part(button-choose) { opacity: 0.2; }`;
    document.head.append(style);
    const el = await mount(fakeHost().host);
    await frame();
    const answers = buttons($(el, '.banner')!);
    expect(answers.map((b) => b.textContent!.trim())).to.deep.equal(['Accept all', 'Reject all', 'Choose']);
    const look = (b: HTMLElement) => {
      const s = getComputedStyle(b);
      const r = b.getBoundingClientRect();
      return [s.display, s.fontSize, s.opacity, s.backgroundColor, Math.round(r.width), Math.round(r.height)].join(' ');
    };
    for (const b of answers) {
      expect(getComputedStyle(b).display, b.textContent!).to.not.equal('none');
      expect(look(b), b.textContent!).to.equal(look(answers[0]));
    }

    style.textContent = 'samtykke-widget::part(button) { background: rgb(0, 80, 40); font-size: 20px; }';
    await frame();
    for (const b of answers) {
      expect(getComputedStyle(b).backgroundColor, b.textContent!).to.equal('rgb(0, 80, 40)');
      expect(getComputedStyle(b).fontSize, b.textContent!).to.equal('20px');
      expect(look(b), b.textContent!).to.equal(look(answers[0]));
    }
  });
});

describe('the first layer always says who receives data and that the choice can be changed', () => {
  const providers = 'Google Ireland Ltd., Meta Platforms Ireland Ltd., and Hotjar Ltd.';
  const change = 'You can change your choice at any time under “Privacy choices”.';

  it('with the built-in summary', async () => {
    const el = await mount(fakeHost().host);
    const text = textOf($(el, '.banner')!);
    expect(text).to.contain('Testfirma AS would like to use cookies and similar technologies for: analytics and marketing.');
    // "Hotjar Ltd." ends the sentence with its own full stop: no second one.
    expect(text).to.contain(`If you accept, these third parties may receive data about you: ${providers} You can`);
    expect(text).to.contain(change);
  });

  it('with a custom summary, which replaces only the summary sentence', async () => {
    const el = await mount(fakeHost({ ...baseConfig, summary: 'We count visits.' }).host);
    const text = textOf($(el, '.banner')!);
    expect(text).to.contain('We count visits.');
    expect(text).to.not.contain('would like to use cookies');
    expect(text).to.contain(`these third parties may receive data about you: ${providers} You can`);
    expect(text).to.contain(change);
  });

  it('names each provider once, and neither the controller nor a necessary service’s provider', async () => {
    const config: Config = {
      ...baseConfig,
      services: [
        ...baseConfig.services,
        { id: 'google-ads', category: 'marketing', name: 'Google Ads', provider: 'Google Ireland Ltd.' },
        { id: 'own-stats', category: 'analytics', name: 'Own statistics', provider: 'Testfirma AS' },
        { id: 'stripe', category: 'necessary', name: 'Stripe', provider: 'Stripe Payments Europe, Ltd.' },
      ],
    };
    const el = await mount(fakeHost(config).host);
    const text = textOf($(el, '.banner')!);
    expect(text).to.contain(`about you: ${providers} You can`);
    expect(text.split('Google Ireland Ltd.').length).to.equal(2);
    expect(text).to.not.contain('Stripe');
  });

  it('says no recipient sentence when no third party is declared, but still the right to change', async () => {
    const config: Config = { ...baseConfig, services: [baseConfig.services[0]] };
    const text = textOf($(await mount(fakeHost(config).host), '.banner')!);
    expect(text).to.not.contain('third parties');
    expect(text).to.contain(change);
  });

  it('the heading names the controller and the subject, in every language', async () => {
    const headings: Record<string, string> = {
      nb: 'Resultat24 AS: informasjonskapsler',
      nn: 'Resultat24 AS: informasjonskapslar',
      en: 'Resultat24 AS: cookies',
    };
    for (const [language, heading] of Object.entries(headings)) {
      const el = await mount(fakeHost({ ...nnConfig, language }).host);
      expect($(el, '.banner h2')!.textContent, language).to.equal(heading);
      fixtureCleanup();
    }
    expect(sv.heading).to.equal('{controller}: kakor');
    expect(da.heading).to.equal('{controller}: cookies');
    expect(de.heading).to.equal('{controller}: Cookies');
  });

  it('in every language, the change sentence names the re-open control by its label', () => {
    for (const strings of [nb, nn, en, sv, da, de]) expect(strings.changeAnyTime).to.contain(strings.reopen);
  });
});

describe('Nynorsk, in a browser without Nynorsk locale data', () => {
  it('Chromium has no nn data; lists and dates fall back to Bokmål, never to English', () => {
    expect(Intl.ListFormat.supportedLocalesOf('nn')).to.deep.equal([]);
    expect(intlLocale('nn')).to.equal('nb');
    expect(intlLocale('nb')).to.equal('nb');
    expect(intlLocale('sv')).to.equal('sv');
  });

  it('the first layer lists the purposes in Nynorsk, lower-cased inside the sentence', async () => {
    const el = await mount(fakeHost(nnConfig).host);
    const text = textOf($(el, '.banner')!);
    expect(text).to.contain(
      'Resultat24 AS ønskjer å bruke informasjonskapslar og liknande teknologi til: statistikk og marknadsføring.',
    );
    expect(text).to.contain(
      'Om du godtek, kan desse tredjepartane få opplysningar om deg: Google Ireland Ltd. og Meta Platforms Ireland Ltd. Du kan',
    );
    expect(text).to.contain('Du kan når som helst endre valet ditt under «Personvernval».');
    expect(text).to.not.match(ENGLISH);
  });

  it('the second layer: title, service names, legal bases, the decision date and history in Nynorsk', async () => {
    const start: Consent = {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      timestamp: '2026-12-01T12:00:00.000Z',
      revision: nnConfig.revision,
      method: 'api',
      categories: { necessary: true, analytics: true, marketing: false },
      services: {},
    };
    const fake = fakeHost(nnConfig, start);
    fake.history.push({
      receiptId: 'r1',
      consentId: start.id,
      timestamp: start.timestamp,
      method: 'api',
      categories: start.categories,
      services: {},
    } as unknown as Receipt);
    const el = await mount(fake.host);
    const d = await openDialog(el, $(el, '.reopen')!);
    for (const details of d.querySelectorAll('details')) details.open = true;
    await aTimeout(0);
    await el.updateComplete;
    const text = textOf(d);
    expect(d.querySelector('#dialog-title')!.textContent).to.equal('Personvernval');
    expect(d.getAttribute('aria-labelledby')).to.equal('dialog-title');
    for (const wanted of [
      'Innlogging (nynorsk)',
      'YouTube-videoar',
      'Lovpålagt (rettsleg plikt)',
      '1. des. 2026',
      'Valt i skjemaet til nettstaden',
      'Tidlegare val (1)',
      'Nødvendige og statistikk',
    ])
      expect(text).to.contain(wanted);
    expect(text).to.not.contain('(bokmål)');
    expect(text).to.not.match(ENGLISH);
  });

  it('the GPC sentence says what happened, in the visitor’s words', async () => {
    const start: Consent = {
      id: 'x',
      timestamp: '2026-12-01T12:00:00.000Z',
      revision: nnConfig.revision,
      method: 'gpc',
      categories: { necessary: true, analytics: false, marketing: false },
      services: {},
    };
    for (const [language, sentence] of [
      [
        'nb',
        'Nettleseren din ber om ikke å bli sporet (Global Privacy Control). Derfor bruker vi bare nødvendige informasjonskapsler.',
      ],
      [
        'nn',
        'Nettlesaren din ber om å ikkje bli spora (Global Privacy Control). Difor bruker vi berre nødvendige informasjonskapslar.',
      ],
    ]) {
      const el = await mount(fakeHost({ ...nnConfig, language }, start, true).host);
      const d = await openDialog(el, $(el, '.reopen')!);
      expect(textOf(d)).to.contain(sentence);
      fixtureCleanup();
    }
  });

  it('an iframe placeholder names the service in Nynorsk and asks to "Godta og vis"', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div><iframe title="Video" data-consent="marketing" data-service="youtube"></iframe></div>`,
    );
    // What the fast path passes for a blocked YouTube frame on a Nynorsk page.
    const youtube = nnConfig.services.find((s) => s.id === 'youtube')!;
    mountPlaceholder(
      box.querySelector('iframe')!,
      { serviceName: text(youtube.name, 'nn'), categoryTitle: text(nnConfig.categories.marketing.title, 'nn'), allow() {} },
      'nn',
    );
    const root = box.querySelector('samtykke-placeholder')!.shadowRoot!;
    expect(textOf(root)).to.contain('YouTube-videoar blir ikkje vist før du godtek marknadsføring.');
    expect(byText(root, 'Godta og vis')).to.exist;
  });
});

describe('readable shadow DOM', () => {
  it('real class names and ids, no one-letter ones', async () => {
    const el = await mount(fakeHost().host);
    await openDialog(el);
    for (const selector of [
      '.widget',
      '.banner',
      '.answers',
      '.dialog-header',
      '.dialog-body',
      '.dialog-footer',
      '#dialog-title',
      '.switch',
    ])
      expect($(el, selector), selector).to.exist;
    for (const node of $$(el, '[class], [id]')) {
      for (const name of [...node.classList, node.id].filter(Boolean))
        expect(name.length, `${node.localName}: "${name}"`).to.be.greaterThan(2);
    }
  });
});
