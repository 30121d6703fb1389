/**
 * Reading a notice TEXT (SPEC §3: a plain string, or a map of language → string) in the
 * visitor's language. Plain logic, no DOM: used by the fast path, the interface and the receipts.
 */
import type { Text } from '../types.js';
/**
 * A text in a language: for a map, the first of `lang`, its primary subtag, its Norwegian
 * siblings (nb ↔ nn, no), then the same for each `fallback` language, then "en", then the
 * first value. Keys match case-insensitively. '' for undefined.
 */
export declare function text(t: Text | undefined, lang: string, fallback?: string[]): string;
