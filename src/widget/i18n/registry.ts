/**
 * The interface strings a bundle brought along with `import 'samtykke/i18n/<lang>'`. A bundle
 * has no files beside it to fetch sv, da or de from, so a site imports the languages it wants
 * and the bundler ships only those. Shared by the language entries and the interface; holds no
 * strings of its own and touches no DOM.
 */
import type { Language } from './language.js';
import type { Strings } from './strings.js';

/** Tables registered by the language entries, by language. */
export const registered: Partial<Record<Language, Strings>> = {};

/** Makes a language's strings available to the interface (what each `samtykke/i18n/<lang>` does). */
export function registerStrings(language: Language, strings: Strings): void {
  registered[language] = strings;
}
