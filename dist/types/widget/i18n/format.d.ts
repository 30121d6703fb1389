/**
 * Lists, dates and titles in the visitor's language, for the views.
 *
 * The browser's `Intl` does not know every language the widget speaks: Chromium ships no locale
 * data for Nynorsk, and `new Intl.ListFormat('nn')` quietly answers in English ("a, b, and c",
 * "Dec 1, 2026, 10:11 PM"). So the locale handed to `Intl` is chosen here: the visitor's
 * language if the browser has its data, else the nearest language that it has (Bokmål for
 * Nynorsk), else English. It never lets `Intl` pick a default of its own.
 */
/** Whether this browser formats both lists and dates in `locale` itself (not by falling back). */
export declare const hasLocaleData: (locale: string) => boolean;
/**
 * The locale to format lists and dates with for a visitor who reads `lang`: `lang` itself, or
 * the nearest language the browser has data for (`nearest`, then English).
 */
export declare function intlLocale(lang: string, supported?: (locale: string) => boolean): string;
/** "a, b and c" in the visitor's language ("a, b og c" for nb and nn). */
export declare const formatList: (items: string[], lang: string) => string;
/** A decision's date and time in the visitor's language; the raw string if it is no date. */
export declare function formatDate(iso: string, lang: string): string;
/**
 * A category title as it reads inside a sentence: "Statistikk" → "statistikk" ("…til:
 * statistikk, markedsføring og profilering"). Titles are common nouns written as headings; the
 * first letter is lowered only when that is all that makes it a heading. Kept as written: German
 * (its nouns are capitalised), and a first word with another capital or a digit in it
 * ("YouTube-videoer", "SEO", "A/B-testing"), which is a name or an abbreviation.
 */
export declare function inSentence(title: string, lang: string): string;
