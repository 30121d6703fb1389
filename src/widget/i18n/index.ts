/**
 * Which language the widget speaks, and its words in that language. nb, nn and en are in the
 * bundle; sv, da and de are JSON files next to it (`samtykke.<lang>.json`, written by
 * scripts/languages.mjs from the typed tables), fetched only for a visitor who needs them.
 * Any other wish, a file that cannot be fetched, or one that lacks a string, falls back to
 * English: never to a key, a blank, or a half-translated widget.
 * (The notice's texts are resolved separately, per text, by `text()` in config.ts; lists, dates
 * and titles inside sentences are formatted by format.ts.)
 */
import type { Strings } from './strings.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { en } from './en.js';
import { resolveLanguage, supportedLanguage } from './language.js';
import { registered } from './registry.js';
import { fetchTable } from './fetch-table.js';

export type { Strings };
export { en };
export { formatDate, formatList, inSentence, intlLocale } from './format.js';

/** Tables ready to use: built in, or loaded (or, after a failed load, English in its place). */
const TABLES: Record<string, Strings> = { nb, nn, en };
/** Loads under way or done, by language: none yet for a language that was never asked for. */
const loading: Partial<Record<string, Promise<Strings>>> = {};

const supported = supportedLanguage;
export { resolveLanguage };

/** The strings of a language if they are here now (built in, or loaded), else undefined. */
export const ready = (lang: string): Strings | undefined => {
  const language = supported(lang);
  return TABLES[language] || (language ? registered[language] : undefined);
};

/** The widget's strings for a language tag, now: English for one that is not (yet) loaded. */
export const strings = (lang: string): Strings => ready(lang) || en;

const unbundledWarned = new Set<string>();
/**
 * English in place of a language a bundled app did not import (`samtykke/i18n/<lang>`), said
 * once in the console so the developer learns which import is missing.
 */
export function unbundled(lang: string): Strings {
  if (!unbundledWarned.has(lang)) {
    unbundledWarned.add(lang);
    console.warn(
      `samtykke: this bundle has no "${lang}" interface strings; showing English. Add import 'samtykke/i18n/${lang}' to the app to ship them.`,
    );
  }
  return en;
}

/** `template` with each `{name}` replaced by `values[name]` (values are not scanned again). */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);

/** The first key path where `table` lacks a string that `reference` has, or '' when none is missing. */
function missing(table: unknown, reference: object, path = ''): string {
  for (const [key, wanted] of Object.entries(reference)) {
    const found = (table as Record<string, unknown> | null)?.[key];
    const gap =
      typeof wanted == 'string' ? (typeof found == 'string' ? '' : path + key) : missing(found, wanted, `${path}${key}.`);
    if (gap) return gap;
  }
  return '';
}

/**
 * The strings of a language, loading `samtykke.<lang>.json` from `base` (the URL the widget's
 * own script came from) the first time one of sv, da, de is asked for. Resolves to English,
 * with one console warning, when the file is unreachable or incomplete; never rejects. Without
 * a `base`, it only joins a load already started (the iframe placeholders do that).
 */
export function loadStrings(lang: string, base?: string): Promise<Strings> {
  const language = supported(lang) || 'en';
  const table = ready(language);
  if (table) return Promise.resolve(table);
  if (!base) return loading[language] || Promise.resolve(en);
  const file = `samtykke.${language}.json`;
  return (loading[language] ||= fetchTable(language, base)
    .then((json) => {
      const gap = missing(json, en);
      if (gap) throw new Error(`no string "${gap}"`);
      return json as Strings;
    })
    .catch((error: Error) => {
      console.warn(
        `samtykke: the ${language} strings could not be used (${file} beside ${base}: ${error.message}); showing English`,
      );
      return en;
    })
    .then((strings) => (TABLES[language] = strings)));
}
