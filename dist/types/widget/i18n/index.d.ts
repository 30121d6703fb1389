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
import { en } from './en.js';
import { resolveLanguage } from './language.js';
export type { Strings };
export { en };
export { formatDate, formatList, inSentence, intlLocale } from './format.js';
export { resolveLanguage };
/** The strings of a language if they are here now (built in, or loaded), else undefined. */
export declare const ready: (lang: string) => Strings | undefined;
/** The widget's strings for a language tag, now: English for one that is not (yet) loaded. */
export declare const strings: (lang: string) => Strings;
/** `template` with each `{name}` replaced by `values[name]` (values are not scanned again). */
export declare const fill: (template: string, values: Record<string, string>) => string;
/**
 * The strings of a language, loading `samtykke.<lang>.json` from `base` (the URL the widget's
 * own script came from) the first time one of sv, da, de is asked for. Resolves to English,
 * with one console warning, when the file is unreachable or incomplete; never rejects. Without
 * a `base`, it only joins a load already started (the iframe placeholders do that).
 */
export declare function loadStrings(lang: string, base?: string): Promise<Strings>;
