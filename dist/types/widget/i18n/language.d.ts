/**
 * Which language the widget speaks. Small and table-free, so the fast path can pick the
 * language of the re-open control and the iframe placeholder without loading any strings.
 */
/** Every language the widget has strings for. */
export declare const LANGUAGES: readonly ["nb", "nn", "en", "sv", "da", "de"];
export type Language = (typeof LANGUAGES)[number];
/** 'nb-NO' → 'nb', 'no' → 'nb', 'nn-NO' → 'nn'; '' when the language has no strings here. */
export declare function supportedLanguage(tag: string | null | undefined): Language | '';
/**
 * The interface language: the notice's `language` unless "auto" (or one without strings), then
 * `<html lang>`, then the browser's preferred languages, then English.
 */
export declare function resolveLanguage(configLanguage: string, doc?: Document, preferred?: readonly string[]): Language;
