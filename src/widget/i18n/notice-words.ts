/**
 * Words the second layer and `<samtykke-declaration>` both say, and the first layer never does:
 * each provider's role (GDPR art. 13(1)(e), 4(10)), the joint controllers' arrangement (art.
 * 26(2)), and samtykke's own storage in the visitor's browser (SPEC §4), in every built-in
 * language. Each language is a file of its own (notice-words/words-<lang>.ts), fetched when the second
 * layer opens or a declaration renders, for the visitor's language only: neither a first visit
 * nor any part downloads the other five. Typed: a language or a string missing fails the typecheck.
 */
import type { Role } from '../types.js';
import { supportedLanguage, type Language } from './language.js';

/** A string with `{k}` somewhere in it, for `fill()` to replace. */
type Has<K extends string> = `${string}{${K}}${string}`;

/** Where samtykke keeps something in the browser (the names a browser's developer tools use). */
export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

export interface NoticeWords {
  /** The label of a service's role. */
  role: string;
  /** The provider's role as the notice states it. */
  roles: Record<Role, string>;
  /** The label of a joint controller's `arrangement` (the essence of it, art. 26(2)). */
  arrangement: string;
  /** The second layer's heading and the declaration's row of samtykke's own storage. */
  ownName: string;
  /** What samtykke's own storage is for, as a whole. */
  ownPurpose: string;
  /** The label of what is kept in the browser (cookies and other storage). */
  storage: string;
  /** Each kind of browser storage, as a visitor may know it. */
  kinds: Record<StorageKind, string>;
  /** The decision cookie: what it is for. */
  cookiePurpose: string;
  /** The mark that this notice text passed the validator in this browser. */
  validatedPurpose: string;
  /** The mark that a receipt is waiting to be sent. */
  queuedPurpose: string;
  /** The receipts database (history and delivery queue). */
  receiptsPurpose: string;
  /** The mark that keeps an embedded frame's reload from repeating. */
  framesPurpose: string;
  /** A lifetime in days. */
  days: Has<'days'>;
  /** A receipt's lifetime: as long as its decision, and until delivered. */
  receiptsLifetime: Has<'days'>;
  /** Kept until the visitor clears the site's data (localStorage has no expiry). */
  untilCleared: string;
  /** sessionStorage: gone when the tab closes. */
  untilTabCloses: string;
  /** The second layer of a notice with nothing but necessary: why there is nothing to choose. */
  nothingToChoose: string;
}

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
