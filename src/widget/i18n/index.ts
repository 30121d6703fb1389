/**
 * Which language the widget speaks, and its words in that language. nb, nn and en are in the
 * bundle; sv, da and de are JSON files next to it (`samtykke.<lang>.json`, written by
 * scripts/languages.mjs from the typed tables), fetched only for a visitor who needs them.
 * Any other wish, a file that cannot be fetched, or one that lacks a string, falls back to
 * English: never to a key, a blank, or a half-translated widget.
 * (The notice's texts are resolved separately, per text, by `text()` in config.ts.)
 */
import type { Strings } from './strings.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { en } from './en.js';

export type { Strings };
export { en };

/** Every language with strings: the first three built in, the rest loaded. */
const LANGS = ['nb', 'nn', 'en', 'sv', 'da', 'de'];

/** Tables ready to use: built in, or loaded (or, after a failed load, English in its place). */
const TABLES: Record<string, Strings> = { nb, nn, en };
const loading: Record<string, Promise<Strings>> = {};

/** 'nb-NO' → 'nb', 'no' → 'nb', 'nn-NO' → 'nn'; '' when the language has no strings here. */
function supported(tag: string | null | undefined): string {
  const l = (tag || '').toLowerCase().split(/[-_]/)[0];
  const p = l === 'no' ? 'nb' : l;
  return LANGS.includes(p) ? p : '';
}

/**
 * The UI language: the config's `language` unless "auto" (or one we have no strings for), then
 * `<html lang>`, then the browser's preferred languages, then English.
 */
export function resolveLanguage(
  configLanguage: string,
  doc: Document = document,
  preferred: readonly string[] = navigator.languages || [],
): string {
  for (const c of [configLanguage === 'auto' ? '' : configLanguage, doc.documentElement.lang, ...preferred]) {
    const l = supported(c);
    if (l) return l;
  }
  return 'en';
}

/** The strings of a language if they are here now (built in, or loaded), else undefined. */
export const ready = (lang: string): Strings | undefined => TABLES[supported(lang)];

/** The widget's strings for a language tag, now: English for one that is not (yet) loaded. */
export const strings = (lang: string): Strings => ready(lang) || en;

/** `template` with each `{name}` replaced by `values[name]` (values are not scanned again). */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** The first key path where `t` lacks a string that `ref` has, or '' when none is missing. */
function missing(t: unknown, ref: object, path = ''): string {
  for (const [k, v] of Object.entries(ref)) {
    const x = (t as Record<string, unknown> | null)?.[k];
    const m = typeof v == 'string' ? (typeof x == 'string' ? '' : path + k) : missing(x, v, `${path}${k}.`);
    if (m) return m;
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
  const l = supported(lang) || 'en';
  const t = TABLES[l];
  if (t) return Promise.resolve(t);
  if (!base) return loading[l] || Promise.resolve(en);
  const file = `samtykke.${l}.json`;
  return (loading[l] ||= Promise.resolve()
    .then(() => fetch(new URL(file, base), { credentials: 'same-origin' })) // a bad base throws here
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json();
    })
    .then((json) => {
      const m = missing(json, en);
      if (m) throw new Error(`no string "${m}"`);
      return json as Strings;
    })
    .catch((e: Error) => {
      console.warn(`samtykke: the ${l} strings could not be used (${file} beside ${base}: ${e.message}); showing English`);
      return en;
    })
    .then((s) => (TABLES[l] = s)));
}
