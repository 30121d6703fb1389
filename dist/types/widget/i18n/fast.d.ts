/**
 * The few words the fast path shows itself, in every built-in language: the re-open control's
 * label and the iframe placeholder. Everything else the visitor reads comes with the interface.
 */
import type { Language } from './language.js';
export interface FastWords {
    /** The re-open control (and the second layer's title): "Personvernvalg". */
    reopen: string;
    /** A blocked iframe: `{service}` and `{category}` are filled in. */
    blocked: string;
    /** The placeholder's button: grants just that service. */
    allowAndShow: string;
}
export declare const FAST_WORDS: Record<Language, FastWords>;
