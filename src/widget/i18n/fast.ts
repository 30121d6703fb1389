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
    blocked: '{service} er blokkert fordi du ikke har samtykket til «{category}».',
    allowAndShow: 'Godta og vis',
  },
  nn: {
    reopen: 'Personvernval',
    blocked: '{service} er blokkert fordi du ikkje har samtykt til «{category}».',
    allowAndShow: 'Godta og vis',
  },
  en: {
    reopen: 'Privacy choices',
    blocked: '{service} is blocked because you have not consented to “{category}”.',
    allowAndShow: 'Allow and show',
  },
  sv: {
    reopen: 'Integritetsval',
    blocked: '{service} är blockerad eftersom du inte har samtyckt till ”{category}”.',
    allowAndShow: 'Tillåt och visa',
  },
  da: {
    reopen: 'Privatlivsvalg',
    blocked: '{service} er blokeret, fordi du ikke har givet samtykke til »{category}«.',
    allowAndShow: 'Tillad og vis',
  },
  de: {
    reopen: 'Datenschutzauswahl',
    blocked: '{service} ist blockiert, weil Sie „{category}“ nicht zugestimmt haben.',
    allowAndShow: 'Erlauben und anzeigen',
  },
};
