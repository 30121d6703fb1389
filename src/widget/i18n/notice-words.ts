/**
 * Words the second layer and `<samtykke-declaration>` both say, and the first layer never does:
 * each provider's role (GDPR art. 13(1)(e), 4(10)), the joint controllers' arrangement (art.
 * 26(2)), and samtykke's own storage in the visitor's browser (SPEC §4), in every built-in
 * language. Each language is a file of its own (notice-words/words-<lang>.ts), fetched when the second
 * layer opens or a declaration renders, for the visitor's language only: neither a first visit
 * nor any part downloads the other five. Typed: a language or a string missing fails the typecheck.
 */
import { supportedLanguage, type Language } from './language.js';
import type { NoticeWords } from './notice-words/types.js';

export type { NoticeWords, StorageKind } from './notice-words/types.js';

/** Each language's words, fetched on demand (a file of its own in the build). */
const LOADERS: Record<Language, () => Promise<{ words: NoticeWords }>> = {
  nb: () => import('./notice-words/words-nb.js'),
  nn: () => import('./notice-words/words-nn.js'),
  en: () => import('./notice-words/words-en.js'),
  sv: () => import('./notice-words/words-sv.js'),
  da: () => import('./notice-words/words-da.js'),
  de: () => import('./notice-words/words-de.js'),
};

const loaded: Partial<Record<Language, NoticeWords>> = {};
const loading: Partial<Record<Language, Promise<NoticeWords>>> = {};

/**
 * The words of `lang` (English for a language without its own), fetched once. A file that cannot
 * be fetched falls back to English, with one console warning; rejects only when English cannot
 * be fetched either (the caller then shows nothing, as when its own part fails).
 */
export function loadNoticeWords(lang: string): Promise<NoticeWords> {
  const language = supportedLanguage(lang) || 'en';
  return (loading[language] ??= LOADERS[language]()
    .then(({ words }) => (loaded[language] = words))
    .catch((error: Error) => {
      delete loading[language]; // a later attempt may succeed
      if (language === 'en') throw error;
      console.warn(
        `samtykke: the ${language} words of the second layer could not be fetched (${error.message}); showing English`,
      );
      return loadNoticeWords('en').then((words) => (loaded[language] = words));
    }));
}

/** The words of `lang` if fetched already (see `loadNoticeWords`), else undefined. */
export const noticeWords = (lang: string): NoticeWords | undefined => loaded[supportedLanguage(lang) || 'en'];
