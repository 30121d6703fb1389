/**
 * Reading the notice's texts: a text is a string, or a map of language → string (SPEC §3).
 * `text()` picks the visitor's language with sensible fallbacks. Imports nothing at run time, so
 * the fast path can use it without the schema. Node-safe: no DOM, no globals.
 */
import type { Text } from './spec.js';
/**
 * A text in a language: for a map, the first of `lang`, its primary subtag, its Norwegian
 * siblings (nb ↔ nn, no), then the same for each `fallback` language, then "en", then the
 * first value. Keys match case-insensitively. '' for undefined.
 */
export declare function text(t: Text | undefined, lang: string, fallback?: string[]): string;
