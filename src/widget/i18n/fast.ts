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

export const FAST_WORDS: Record<Language, FastWords> = {
  nb: {
    reopen: 'Personvernvalg',
    blocked: '{service} vises ikke før du godtar {category}.',
    allowAndShow: 'Godta og vis',
  },
  nn: {
    reopen: 'Personvernval',
    blocked: '{service} blir ikkje vist før du godtek {category}.',
    allowAndShow: 'Godta og vis',
  },
  en: {
    reopen: 'Privacy choices',
    blocked: '{service} is not shown until you accept {category}.',
    allowAndShow: 'Allow and show',
  },
  sv: {
    reopen: 'Integritetsval',
    blocked: '{service} visas inte förrän du godkänner {category}.',
    allowAndShow: 'Godkänn och visa',
  },
  da: {
    reopen: 'Privatlivsvalg',
    blocked: '{service} vises ikke, før du accepterer {category}.',
    allowAndShow: 'Accepter og vis',
  },
  de: {
    reopen: 'Datenschutzauswahl',
    blocked: '{service} wird erst angezeigt, wenn Sie {category} akzeptieren.',
    allowAndShow: 'Akzeptieren und anzeigen',
  },
};
