/**
 * The few words the fast path shows itself, in every built-in language: the re-open control's
 * label. Everything else the visitor reads comes with the interface, or (an iframe's
 * placeholder, placeholder.ts) with its own part.
 */
import type { Language } from './language.js';

export interface FastWords {
  /** The re-open control (and the second layer's title): "Personvernvalg". */
  reopen: string;
}

export const FAST_WORDS: Record<Language, FastWords> = {
  nb: { reopen: 'Personvernvalg' },
  nn: { reopen: 'Personvernval' },
  en: { reopen: 'Privacy choices' },
  sv: { reopen: 'Integritetsval' },
  da: { reopen: 'Privatlivsvalg' },
  de: { reopen: 'Datenschutzauswahl' },
};
