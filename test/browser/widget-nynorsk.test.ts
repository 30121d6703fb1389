// The widget's words in Nynorsk (SPEC §8), in real Chromium, which has no Nynorsk locale data of its own.
import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { intlLocale } from '../../src/widget/i18n/index.js';
import { mountPlaceholder } from '../../src/widget/fast/controls-placeholder.js';
import { text } from '../../src/widget/notice/text.js';
import type { Consent, Receipt } from '../../src/widget/types.js';
import { $, byText, fakeHost, mount, nnConfig, openDialog, textOf } from './widget-fixtures.js';

/** Words and date parts that must never reach a Nynorsk visitor from the widget's own strings. */
const ENGLISH =
  /\b(and|the|your|you|Accept|Reject|Choose|Save|Close|Necessary|Statistics|Marketing|Cookies|Always|Provider|Purpose|Privacy choices|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|AM|PM)\b/;

before(async () => {
  await emulateMedia({ reducedMotion: 'reduce' });
});
afterEach(() => fixtureCleanup());

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
      'Resultat24 AS ønskjer å bruke informasjonskapslar og liknande teknologi til statistikk og marknadsføring.',
    );
    expect(text).to.contain(
      'Om du seier ja, får desse verksemdene opplysningar om deg: Google Ireland Ltd. og Meta Platforms Ireland Ltd. Du kan',
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
    const d = await openDialog(el, $<HTMLElement>(el, '.reopen')!);
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
      const d = await openDialog(el, $<HTMLElement>(el, '.reopen')!);
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
    expect(textOf(root)).to.contain('Innhald frå YouTube-videoar blir ikkje vist før du godtek det');
    expect(byText(root, 'Godta og vis')).to.exist;
  });
});
