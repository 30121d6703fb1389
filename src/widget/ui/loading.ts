/**
 * What the element (widget.ts) fetches later: the second layer's file and its words in the
 * visitor's language, once, when the page is idle after the first layer shows, or when the dialog
 * opens.
 */
import { loadNoticeWords } from '../i18n/notice-words.js';

/** The second layer's module, fetched once (a separate file: a returning visitor rarely needs it). */
let preferencesModule: Promise<typeof import('./preferences.js')> | undefined;
export const loadPreferences = () =>
  (preferencesModule ??= import('./preferences.js').catch((e: Error) => {
    preferencesModule = undefined; // a later attempt may succeed
    console.error(`samtykke: could not load the second layer (${e.message})`);
    throw e;
  }));

/**
 * The second layer's view, with its words in `lang` (roles, samtykke's own storage) fetched
 * beside it: both are needed before it can render.
 */
export const loadSecondLayer = (lang: string) =>
  Promise.all([loadPreferences(), loadNoticeWords(lang)]).then(([part]) => part.preferences);

export { whenIdle } from './idle.js';
