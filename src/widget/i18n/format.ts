/**
 * Lists, dates and titles in the visitor's language, for the views.
 *
 * The browser's `Intl` does not know every language the widget speaks: Chromium ships no locale
 * data for Nynorsk, and `new Intl.ListFormat('nn')` quietly answers in English ("a, b, and c",
 * "Dec 1, 2026, 10:11 PM"). So the locale handed to `Intl` is chosen here: the visitor's
 * language if the browser has its data, else the nearest language that it has (Bokmål for
 * Nynorsk), else English. It never lets `Intl` pick a default of its own.
 */

/** Languages whose lists and dates read right in another language, nearest first. */
const NEAREST: Record<string, string[]> = {
  nn: ['nb', 'no'],
  nb: ['no', 'nn'],
  no: ['nb', 'nn'],
};

/** Whether this browser formats both lists and dates in `locale` itself (not by falling back). */
export const hasLocaleData = (locale: string): boolean =>
  Intl.ListFormat.supportedLocalesOf(locale).length > 0 && Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;

/**
 * The locale to format lists and dates with for a visitor who reads `lang`: `lang` itself, or
 * the nearest language the browser has data for (`nearest`, then English).
 */
export function intlLocale(lang: string, supported: (locale: string) => boolean = hasLocaleData): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  for (const candidate of [lang, ...(NEAREST[primary] ?? [])]) if (supported(candidate)) return candidate;
  return 'en';
}

/**
 * The word that ends a list ("a, b og c"), for the languages the widget ships, and whether a
 * comma comes before it once the list has three items (English's serial comma). These are the
 * words `Intl.ListFormat` uses, written here because its first use on a page loads the
 * browser's locale data: 40–80 ms of main thread on a desktop, several times that on a phone,
 * in the middle of painting the banner.
 */
const CONJUNCTIONS: Record<string, { and: string; serialComma: boolean }> = {
  en: { and: 'and', serialComma: true },
  nb: { and: 'og', serialComma: false },
  nn: { and: 'og', serialComma: false },
  no: { and: 'og', serialComma: false },
  da: { and: 'og', serialComma: false },
  sv: { and: 'och', serialComma: false },
  de: { and: 'und', serialComma: false },
};

/** "a, b and c" in the visitor's language ("a, b og c" for nb and nn); `Intl` for any other. */
export function formatList(items: string[], lang: string): string {
  const conjunction = CONJUNCTIONS[lang.toLowerCase().split(/[-_]/)[0]];
  if (!conjunction) return new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format(items);
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1];
  const comma = conjunction.serialComma && items.length > 2 ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} ${conjunction.and} ${last}`;
}

/** A decision's date and time in the visitor's language; the raw string if it is no date. */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  return isNaN(+date) ? iso : date.toLocaleString(intlLocale(lang), { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * A category title as it reads inside a sentence: "Statistikk" → "statistikk" ("…til:
 * statistikk, markedsføring og profilering"). Titles are common nouns written as headings; the
 * first letter is lowered only when that is all that makes it a heading. Kept as written: German
 * (its nouns are capitalised), and a first word with another capital or a digit in it
 * ("YouTube-videoer", "SEO", "A/B-testing"), which is a name or an abbreviation.
 */
export function inSentence(title: string, lang: string): string {
  if (lang.toLowerCase().startsWith('de')) return title;
  const firstWord = title.split(/[\s-]/)[0];
  if (/[\p{Lu}\d]/u.test(firstWord.slice(1))) return title;
  return title.charAt(0).toLocaleLowerCase(lang) + title.slice(1);
}
