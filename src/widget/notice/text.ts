/**
 * Reading a notice TEXT (SPEC §3: a plain string, or a map of language → string) in the
 * visitor's language. Plain logic, no DOM: used by the fast path, the interface and the receipts.
 */
import type { Text } from '../types.js';

const NORSK = ['nb', 'nn', 'no'];

/**
 * A text in a language: for a map, the first of `lang`, its primary subtag, its Norwegian
 * siblings (nb ↔ nn, no), then the same for each `fallback` language, then "en", then the
 * first value. Keys match case-insensitively. '' for undefined.
 */
export function text(t: Text | undefined, lang: string, fallback: string[] = []): string {
  if (typeof t != 'object') return t ?? '';
  const keys = Object.keys(t);
  for (const l of [lang, ...fallback, 'en']) {
    const primary = l.split('-')[0];
    for (const c of [l, primary, ...(NORSK.includes(primary.toLowerCase()) ? NORSK : [])])
      for (const k of keys) if (k.toLowerCase() == c.toLowerCase()) return t[k];
  }
  return t[keys[0]] ?? '';
}
