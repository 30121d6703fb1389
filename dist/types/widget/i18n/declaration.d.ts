/**
 * The words of `<samtykke-declaration>`, the cookie declaration for a site's privacy page, in
 * every built-in language. They live in the declaration's own part (fetched only by a page that
 * has the element), not in the interface's `Strings`, so a first visit does not download them;
 * the words the two share (provider, purpose, consent id, …) come from `Strings`. Typed: a
 * language or a string missing here fails the typecheck.
 */
import type { Language } from './language.js';
import type { DeclarationStrings } from './strings.js';
export declare const DECLARATION_WORDS: Record<Language, DeclarationStrings>;
