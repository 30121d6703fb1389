// The notice rule that refuses "using the site is consent" in a summary, in each language the widget speaks.
import { describe, expect, it } from 'vitest';
import { consentByUse } from '../../src/widget/notice/wording.js';
import { run, byUse } from './notice-rules-fixtures.js';

/** Consent by use, in each language the widget speaks: each summary is refused, the claim quoted. */
const CONSENT_BY_USE: [string, string, string][] = [
  ['en', 'By continuing to browse this site, you accept our cookies.', 'By continuing to browse this site, you accept'],
  [
    'en',
    'If you continue to use this site we will assume that you agree.',
    'If you continue to use this site we will assume that you agree',
  ],
  ['en', 'You agree to our use of cookies by using this website.', 'You agree to our use of cookies by using'],
  [
    'nb',
    'Ved å bruke nettsiden vår, stavangersentrum.no, samtykker du i at vi kan sette disse i din nettleser.',
    'Ved å bruke nettsiden vår, stavangersentrum.no, samtykker du',
  ],
  [
    'nb',
    'Hvis du fortsetter å bruke nettstedet, godtar du bruk av informasjonskapsler.',
    'Hvis du fortsetter å bruke nettstedet, godtar du',
  ],
  ['nb', 'Ved videre bruk av nettsiden aksepterer du informasjonskapsler.', 'Ved videre bruk av nettsiden aksepterer du'],
  ['nn', 'Ved å bruke nettstaden samtykkjer du til informasjonskapslar.', 'Ved å bruke nettstaden samtykkjer du'],
  ['nn', 'Om du held fram på nettsida, godtek du bruken av informasjonskapslar.', 'Om du held fram på nettsida, godtek du'],
  ['sv', 'Genom att använda webbplatsen godkänner du att vi använder kakor.', 'Genom att använda webbplatsen godkänner du'],
  ['sv', 'Om du fortsätter att surfa accepterar du cookies.', 'Om du fortsätter att surfa accepterar du'],
  ['da', 'Ved at bruge hjemmesiden accepterer du brugen af cookies.', 'Ved at bruge hjemmesiden accepterer du'],
  ['da', 'Hvis du fortsætter, samtykker du til cookies.', 'Hvis du fortsætter, samtykker du'],
  [
    'de',
    'Durch die weitere Nutzung der Website stimmen Sie der Verwendung von Cookies zu.',
    'Durch die weitere Nutzung der Website stimmen Sie',
  ],
  [
    'de',
    'Wenn Sie die Seite weiter nutzen, erklären Sie sich damit einverstanden.',
    'Wenn Sie die Seite weiter nutzen, erklären Sie sich',
  ],
  ['de', 'Mit der Nutzung dieser Website akzeptieren Sie Cookies.', 'Mit der Nutzung dieser Website akzeptieren Sie'],
];

describe('errors: the notice is refused (fails closed)', () => {
  it.each(CONSENT_BY_USE)('consent by use in %s: %s', (lang, sentence, claim) => {
    const r = run((c) => (c.summary[lang] = `Vi bruker informasjonskapsler. ${sentence}`));
    expect(r.config).toBeNull();
    expect(r.errors).toEqual([{ path: `summary.${lang}`, message: byUse(claim) }]);
  });

  it('finds a claim written in capitals, and quotes it as written', () => {
    expect(consentByUse('VED Å BRUKE NETTSIDEN SAMTYKKER DU.')).toBe('VED Å BRUKE NETTSIDEN SAMTYKKER DU');
    expect(consentByUse('Genom att ANVÄNDA webbplatsen GODKÄNNER DU cookies.')).toBe(
      'Genom att ANVÄNDA webbplatsen GODKÄNNER DU',
    );
  });

  it('finds a trigger and a claim at most 200 characters apart, within one sentence', () => {
    const gap = (length: number) => `By using this site, ${'x'.repeat(length)} you agree to cookies.`;
    expect(consentByUse(gap(170))).not.toBeNull();
    expect(consentByUse(gap(230))).toBeNull();
    expect(consentByUse('By using this site. You agree to cookies.')).toBeNull();
    expect(consentByUse('By using example.no you agree to cookies.')).toBe('By using example.no you agree');
  });

  it.each([
    'Å bruke nettsiden betyr ikke at du har samtykket.',
    'Using the website does not mean that you have consented.',
    'Vi bruker statistikk bare hvis du sier ja, og du kan endre valget når som helst.',
    'Du kan når som helst trekke tilbake samtykket ved å bruke knappen nederst på siden.',
    'Wir verwenden Statistik nur, wenn Sie zustimmen.',
    // Clicking the answer button is consent: only using, browsing or continuing is not.
    'By clicking "Accept all", you consent to statistics and marketing.',
    'Ved å klikke «Godta alle» samtykker du til statistikk og markedsføring.',
    'You can withdraw your consent at any time by using the link in the footer.',
    'Vi bruker informasjonskapsler. Du godtar dem bare hvis du velger det. Ved å bruke knappen nederst kan du endre valget.',
  ])('a summary that asks first is fine: %s', (sentence) => {
    expect(consentByUse(sentence)).toBeNull();
  });
});
