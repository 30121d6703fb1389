import { describe, expect, it } from 'vitest';
import { formatList, inSentence, intlLocale } from '../../src/widget/i18n/format.js';
import { fill } from '../../src/widget/i18n/index.js';
import { thirdParties } from '../../src/widget/ui/banner.js';
import type { Config } from '../../src/widget/types.js';

describe('the locale lists and dates are formatted in', () => {
  // A browser like Chromium: locale data for nb and en, none for nn.
  const chromium = (locale: string) => ['nb', 'no', 'en', 'sv', 'da', 'de'].includes(locale);

  it('is the visitor’s language when the browser has its data', () => {
    expect(intlLocale('nb', chromium)).toBe('nb');
    expect(intlLocale('sv', chromium)).toBe('sv');
  });

  it('is Bokmål for Nynorsk when the browser has no Nynorsk data', () => {
    expect(intlLocale('nn', chromium)).toBe('nb');
    expect(intlLocale('nn-NO', chromium)).toBe('nb');
    expect(intlLocale('nn', (locale) => locale === 'no')).toBe('no');
  });

  it('is Nynorsk where the browser has it', () => {
    expect(intlLocale('nn', () => true)).toBe('nn');
  });

  it('is English, never the browser’s own default, when nothing near is there', () => {
    expect(intlLocale('nn', () => false)).toBe('en');
    expect(intlLocale('se', chromium)).toBe('en');
  });
});

describe('a list in a sentence', () => {
  // The shipped languages are joined without Intl (its first use loads locale data in the middle
  // of painting the banner); Node's full ICU is the reference for the words and commas.
  const lists = [['a'], ['a', 'b'], ['a', 'b', 'c'], ['statistikk', 'markedsføring', 'profilering', 'd']];

  it('reads as Intl.ListFormat writes it, in every language the widget ships', () => {
    for (const lang of ['en', 'nb', 'nn', 'da', 'sv', 'de', 'nb-NO', 'en-GB'])
      for (const items of lists)
        expect(formatList(items, lang), `${lang}: ${items.join('|')}`).toBe(
          new Intl.ListFormat(lang.startsWith('en-') ? 'en' : lang, { type: 'conjunction' }).format(items),
        );
  });

  it('is "a, b og c" in Bokmål and "a, b, and c" in English', () => {
    expect(formatList(['a', 'b', 'c'], 'nb')).toBe('a, b og c');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(formatList(['a', 'b'], 'en')).toBe('a and b');
  });

  it('is left to Intl for any other language', () => {
    expect(formatList(['a', 'b', 'c'], 'fr')).toBe(new Intl.ListFormat('fr', { type: 'conjunction' }).format(['a', 'b', 'c']));
  });
});

describe('a category title inside a sentence', () => {
  it('starts in lower case where the language writes common nouns so', () => {
    expect(inSentence('Statistikk', 'nb')).toBe('statistikk');
    expect(inSentence('Marknadsføring', 'nn')).toBe('marknadsføring');
    expect(inSentence('Analytics', 'en')).toBe('analytics');
    expect(inSentence('Ændringer', 'da')).toBe('ændringer');
  });

  it('keeps German nouns, names and abbreviations as written', () => {
    expect(inSentence('Statistik', 'de')).toBe('Statistik');
    expect(inSentence('YouTube-videoer', 'nb')).toBe('YouTube-videoer');
    expect(inSentence('SEO', 'en')).toBe('SEO');
    expect(inSentence('A/B-testing', 'nb')).toBe('A/B-testing');
    expect(inSentence('', 'nb')).toBe('');
  });
});

describe('the third parties the first layer names', () => {
  // Only what thirdParties() reads: the rest of each service does not matter here.
  const config = (services: Partial<Config['services'][number]>[]) =>
    ({
      controller: { name: 'Vekstly AS' },
      categories: { necessary: {}, analytics: {}, marketing: {} },
      services,
    }) as unknown as Config;

  it('are the providers of non-necessary services, each once, in the notice’s order', () => {
    expect(
      thirdParties(
        config([
          { id: 'a', category: 'analytics', provider: 'Google Ireland Ltd.' },
          { id: 'b', category: 'marketing', provider: 'Meta Platforms Ireland Ltd.' },
          { id: 'c', category: 'marketing', provider: ' google ireland ltd. ' },
          { id: 'd', category: 'necessary', provider: 'Stripe Payments Europe, Ltd.' },
          { id: 'e', category: 'analytics', provider: 'vekstly as' },
          { id: 'f', category: 'analytics' },
          { id: 'g', category: 'no-such-category', provider: 'Nobody Ltd.' },
        ]),
      ),
    ).toEqual(['Google Ireland Ltd.', 'Meta Platforms Ireland Ltd.']);
  });

  it('leave processors out: a processor is no third party (GDPR art. 4(10))', () => {
    expect(
      thirdParties(
        config([
          { id: 'a', category: 'analytics', provider: 'Google Ireland Ltd.', role: 'processor' },
          { id: 'b', category: 'marketing', provider: 'Meta Platforms Ireland Ltd.', role: 'joint-controller' },
          { id: 'c', category: 'marketing', provider: 'Boligbyggelagenes Partner AS', role: 'controller' },
          { id: 'd', category: 'analytics', provider: 'Hotjar Ltd.' },
        ]),
      ),
    ).toEqual(['Meta Platforms Ireland Ltd.', 'Boligbyggelagenes Partner AS', 'Hotjar Ltd.']);
  });

  it('fill() puts them in the sentence as text', () => {
    expect(fill('{providers}.', { providers: '{controller}' })).toBe('{controller}.');
  });
});
