/**
 * Which language the widget speaks. Small and table-free, so the fast path can pick the
 * language of the re-open control and the iframe placeholder without loading any strings.
 */

/** Every language the widget has strings for. */
export const LANGUAGES = ['nb', 'nn', 'en', 'sv', 'da', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** 'nb-NO' → 'nb', 'no' → 'nb', 'nn-NO' → 'nn'; '' when the language has no strings here. */
export function supportedLanguage(tag: string | null | undefined): Language | '' {
  const primary = (tag || '').toLowerCase().split(/[-_]/)[0];
  const language = primary === 'no' ? 'nb' : primary;
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : '';
}

/**
 * The interface language: the notice's `language` unless "auto" (or one without strings), then
 * `<html lang>`, then the browser's preferred languages, then English. The browser's list is read
 * only when the first two do not settle it (reading `navigator.languages` the first time costs
 * the browser a round of work).
 */
export function resolveLanguage(configLanguage: string, doc: Document = document, preferred?: readonly string[]): Language {
  const language =
    supportedLanguage(configLanguage === 'auto' ? '' : configLanguage) || supportedLanguage(doc.documentElement.lang);
  if (language) return language;
  for (const candidate of preferred ?? navigator.languages ?? []) {
    const found = supportedLanguage(candidate);
    if (found) return found;
  }
  return 'en';
}
