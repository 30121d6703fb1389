// The notice rule that refuses "using the site is consent" in any text a visitor reads, in each
// language the widget speaks (SPEC §3): every row of consent-by-use-table.ts in every field.
import { describe, expect, it } from 'vitest';
import { consentByUse } from '../../src/widget/notice/wording.js';
import { ASSUMPTIONS, CLAIMS, KEY_STEMS } from '../../src/widget/notice/wording-parts.js';
import { LAWFUL, UNLAWFUL } from './consent-by-use-table.js';
import type { Raw } from './notice-fixtures.js';
import { byUse, run } from './notice-rules-fixtures.js';

/** Every visitor-facing text field of the complete notice: [path, how to write `text` there]. */
const FIELDS: [string, (c: Raw, text: Record<string, string>) => void][] = [
  ['summary', (c, t) => (c.summary = t)],
  ['categories.necessary.title', (c, t) => (c.categories.necessary = { title: t })],
  ['categories.analytics.description', (c, t) => (c.categories.analytics.description = t)],
  ['categories.marketing.title', (c, t) => (c.categories.marketing.title = t)],
  ['services[0].name', (c, t) => (c.services[0].name = t)],
  ['services[1].purpose', (c, t) => (c.services[1].purpose = t)],
  ['services[1].transfer', (c, t) => (c.services[1].transfer = t)],
  ['services[1].retention', (c, t) => (c.services[1].retention = t)],
  ['services[1].arrangement', (c, t) => (c.services[1].arrangement = t)],
  ['services[1].cookies[0].duration', (c, t) => (c.services[1].cookies[0].duration = t)],
  ['services[2].purpose', (c, t) => (c.services[2].purpose = t)],
  ['purposes[0].title', (c, t) => (c.purposes[0].title = t)],
  ['purposes[0].data', (c, t) => (c.purposes[0].data = t)],
  ['purposes[1].retention', (c, t) => (c.purposes[1].retention = t)],
  ['purposes[1].recipients', (c, t) => (c.purposes[1].recipients = t)],
];

/** The sentence as the message quotes it: without its full stop. */
const quoted = (sentence: string) => sentence.replace(/[.!?]$/, '');

describe('the table', () => {
  it('holds at least 40 unlawful and 20 lawful sentences, in all six languages', () => {
    expect(UNLAWFUL.length).toBeGreaterThanOrEqual(40);
    expect(LAWFUL.length).toBeGreaterThanOrEqual(20);
    for (const lang of ['nb', 'nn', 'en', 'sv', 'da', 'de']) {
      expect(
        UNLAWFUL.some((row) => row[0] === lang),
        lang,
      ).toBe(true);
      expect(
        LAWFUL.some((row) => row[0] === lang),
        lang,
      ).toBe(true);
    }
  });
});

describe('consent by use: refused in every field, whatever its language key', () => {
  it.each(UNLAWFUL)('%s: %s', (lang, sentence, use, claim) => {
    for (const [path, write] of FIELDS) {
      // After a lawful sentence, under its own language and under another one.
      for (const key of [lang, lang === 'en' ? 'nb' : 'en']) {
        const r = run((c) => write(c, { [key]: `Vi bruker informasjonskapsler. ${sentence}` }));
        expect(r.config, `${path}.${key}`).toBeNull();
        expect(r.errors, `${path}.${key}`).toEqual([{ path: `${path}.${key}`, message: byUse(quoted(sentence), use, claim) }]);
      }
    }
  });

  it('in a plain-string text too', () => {
    const [, sentence, use, claim] = UNLAWFUL[0];
    const r = run((c) => (c.services[1].purpose = sentence));
    expect(r.errors).toEqual([{ path: 'services[1].purpose', message: byUse(quoted(sentence), use, claim) }]);
  });
});

describe('lawful sentences about consent pass in every field', () => {
  it.each(LAWFUL)('%s: %s', (lang, sentence) => {
    for (const [path, write] of FIELDS) {
      const r = run((c) => write(c, { [lang]: sentence }));
      expect(r.errors, path).toEqual([]);
      expect(r.warnings, path).toEqual([]);
    }
  });

  it.each([
    'Vi bruker statistikk bare hvis du sier ja, og du kan endre valget når som helst.',
    'Wir verwenden Statistik nur, wenn Sie zustimmen.',
    'Ved å klikke «Godta alle» samtykker du til statistikk og markedsføring.',
    'You can withdraw your consent at any time by using the link in the footer.',
    'Vi bruker informasjonskapsler. Du godtar dem bare hvis du velger det. Ved å bruke knappen nederst kan du endre valget.',
    'By clicking Accept all you consent to statistics.',
    'If you continue without choosing, you accept nothing.',
    'We use cookies only if you agree.',
    'Vi bruker informasjonskapsler bare hvis du samtykker.',
  ])('and so does: %s', (sentence) => {
    expect(consentByUse(sentence)).toBeNull();
  });
});

describe('how a claim is found', () => {
  it('finds it written in capitals, and quotes it as written', () => {
    expect(consentByUse('VED Å BRUKE NETTSIDEN SAMTYKKER DU.')).toEqual({
      sentence: 'VED Å BRUKE NETTSIDEN SAMTYKKER DU',
      use: 'VED Å BRUKE',
      claim: 'SAMTYKKER DU',
    });
    expect(consentByUse('Genom att ANVÄNDA webbplatsen GODKÄNNER DU cookies.')).toMatchObject({
      use: 'Genom att ANVÄNDA',
      claim: 'GODKÄNNER DU',
    });
  });

  it('finds a trigger and a claim at most 200 characters apart, within one sentence', () => {
    const gap = (length: number) => `By using this site, ${'x'.repeat(length)} you agree to cookies.`;
    expect(consentByUse(gap(170))).not.toBeNull();
    expect(consentByUse(gap(230))).toBeNull();
    expect(consentByUse('By using this site. You agree to cookies.')).toBeNull();
    expect(consentByUse('By using example.no you agree to cookies.')).toMatchObject({ use: 'By using', claim: 'you agree' });
  });

  it('reads each line of a text as a sentence of its own', () => {
    expect(consentByUse('By using this site\nyou agree to cookies')).toBeNull();
  });
});

describe('the key stems that let a text pass unread', () => {
  it('every claim and assumption holds one (a mandatory word whose every form contains a stem, or the stem across words)', () => {
    const unkeyed = [...CLAIMS, ...ASSUMPTIONS].filter((phrase) => {
      const mandatory = phrase.split(' ').filter((w) => !w.startsWith('?'));
      const keyed = (word: string) => word.split('|').every((form) => KEY_STEMS.some((stem) => form.includes(stem)));
      return !mandatory.some(keyed) && !KEY_STEMS.some((stem) => stem.includes(' ') && phrase.includes(stem));
    });
    expect(unkeyed).toEqual([]);
  });
});
