// Equal prominence of the answers that page CSS cannot undo, what the first layer must say (SPEC §4), and readable shadow DOM.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { nb } from '../../src/widget/i18n/nb.js';
import { nn } from '../../src/widget/i18n/nn.js';
import { en } from '../../src/widget/i18n/en.js';
import { sv } from '../../src/widget/i18n/sv.js';
import { da } from '../../src/widget/i18n/da.js';
import { de } from '../../src/widget/i18n/de.js';
import type { Config } from '../../src/widget/types.js';
import { $, $$, baseConfig, buttons, fakeHost, frame, mount, nnConfig, openDialog, textOf } from './widget-fixtures.js';

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
    expect(text).to.contain('Testfirma AS would like to use cookies and similar technologies for analytics and marketing.');
    // "Hotjar Ltd." ends the sentence with its own full stop: no second one.
    expect(text).to.contain(`If you say yes, these third parties receive data about you: ${providers} You can`);
    expect(text).to.contain(change);
  });

  it('with a custom summary, which replaces only the summary sentence', async () => {
    const el = await mount(fakeHost({ ...baseConfig, summary: 'We count visits.' }).host);
    const text = textOf($(el, '.banner')!);
    expect(text).to.contain('We count visits.');
    expect(text).to.not.contain('would like to use cookies');
    expect(text).to.contain(`these third parties receive data about you: ${providers} You can`);
    expect(text).to.contain(change);
  });

  it('names each provider once, and neither the controller nor a necessary service’s provider', async () => {
    const config: Config = {
      ...baseConfig,
      services: [
        ...baseConfig.services,
        {
          id: 'google-ads',
          category: 'marketing',
          name: 'Google Ads',
          provider: 'Google Ireland Ltd.',
          legalBasis: 'consent',
          cookies: [],
        },
        {
          id: 'own-stats',
          category: 'analytics',
          name: 'Own statistics',
          provider: 'Testfirma AS',
          legalBasis: 'consent',
          cookies: [],
        },
        {
          id: 'stripe',
          category: 'necessary',
          name: 'Stripe',
          provider: 'Stripe Payments Europe, Ltd.',
          legalBasis: 'consent',
          cookies: [],
        },
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
