/**
 * Which language the widget speaks, and its words in that language. The widget's own strings
 * exist for nb, nn, en, sv, da and de; any other wish falls back to English, never to a key or
 * a blank. (The notice's texts are resolved separately, per text, by `text()` in config.ts.)
 */
import type { Strings } from './strings.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { en } from './en.js';
import { sv } from './sv.js';
import { da } from './da.js';
import { de } from './de.js';

export type { Strings };

const TABLES: Record<string, Strings> = { nb, nn, en, sv, da, de };

/** 'nb-NO' → 'nb', 'no' → 'nb', 'nn-NO' → 'nn'; '' when the language has no strings here. */
function supported(tag: string | null | undefined): string {
  const l = (tag || '').toLowerCase().split(/[-_]/)[0];
  const p = l === 'no' ? 'nb' : l;
  return Object.prototype.hasOwnProperty.call(TABLES, p) ? p : '';
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

/** The widget's strings for a language tag (falls back to English). */
export const strings = (lang: string): Strings => TABLES[supported(lang) || 'en'];
