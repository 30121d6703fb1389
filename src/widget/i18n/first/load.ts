/**
 * The first layer's words in the page's language, and nothing else: nb, nn and en are each a
 * small module of their own (first-<lang>.ts, fetched with the first layer's part: the fast path
 * asks for the page's one with a modulepreload link); sv, da and de are their JSON files beside
 * the script (fetched once, shared with the interface), or a bundle's registered table.
 *
 * Where a language cannot be had, English, without a word here: the interface part, fetched
 * when the page is idle, says once in the console what was missing (index.ts `loadStrings`).
 */
import type { Language } from '../language.js';
import { registered } from '../registry.js';
import { fetchTable } from '../fetch-table.js';
import { FIRST_KEYS, type FirstStrings } from '../strings.js';

const BUILT_IN: Partial<Record<Language, () => Promise<FirstStrings>>> = {
  nb: () => import('./first-nb.js').then((module) => module.firstNb),
  nn: () => import('./first-nn.js').then((module) => module.firstNn),
  en: () => import('./first-en.js').then((module) => module.firstEn),
};

/** Whether `table` has every string the first layer says. */
const complete = (table: unknown): table is FirstStrings =>
  FIRST_KEYS.every((key) => typeof (table as Record<string, unknown> | null)?.[key] == 'string');

/**
 * The first layer's strings for `language` and the language they are in (English where the
 * wanted one could not be had). `assetBase`: where samtykke.js came from; none for bundles.
 */
export async function loadFirstStrings(
  language: Language,
  assetBase?: string,
): Promise<{ strings: FirstStrings; language: Language }> {
  const builtIn = BUILT_IN[language];
  if (builtIn) return { strings: await builtIn(), language };
  const table = registered[language] ?? (assetBase ? await fetchTable(language, assetBase).catch(() => null) : null);
  if (complete(table)) return { strings: table, language };
  return { strings: await BUILT_IN.en!(), language: 'en' };
}
