/**
 * The words of a blocked iframe's placeholder (SPEC §2), in every built-in language: they come
 * with the placeholder's own part (samtykke-placeholder.mjs), fetched only for a page with a
 * blocked iframe. The button that opens the second layer says what the re-open control says
 * (fast.ts), repeated here so the part needs nothing else.
 */
import type { Language } from './language.js';

export interface PlaceholderWords {
  /** A blocked iframe of one service: `{service}` and `{category}` (the category's title) are filled in. */
  blocked: string;
  /** A blocked iframe that names no service: only the second layer can allow its category. */
  blockedCategory: string;
  /** A blocked iframe the notice does not declare: nothing can allow it. `{service}`. */
  unavailable: string;
  /** Who provides the service: `{provider}`. */
  provider: string;
  /** The placeholder's button: grants just that service. */
  allowAndShow: string;
  /** The link to the controller's full privacy notice. */
  notice: string;
  /** Opens the second layer: the re-open control's label. */
  reopen: string;
}

// The category's title is quoted, not bent into the sentence: "Funksjonelle" or "Marketing"
// reads as a name whatever its grammar. The service is "content from …", so a plural name
// ("YouTube-videoar") still agrees with the sentence.
export const PLACEHOLDER_WORDS: Record<Language, PlaceholderWords> = {
  nb: {
    blocked:
      'Innhold fra {service} vises ikke før du godtar det: visningen deler opplysninger om deg med leverandøren (kategorien «{category}»).',
    blockedCategory: 'Dette innholdet er blokkert til du godtar «{category}» i personvernvalgene dine.',
    unavailable: 'Innhold fra {service} kan ikke vises, fordi personvernerklæringen til nettstedet ikke beskriver det.',
    provider: 'Levert av {provider}',
    allowAndShow: 'Godta og vis',
    notice: 'Personvernerklæring',
    reopen: 'Personvernvalg',
  },
  nn: {
    blocked:
      'Innhald frå {service} blir ikkje vist før du godtek det: visinga deler opplysningar om deg med leverandøren (kategorien «{category}»).',
    blockedCategory: 'Dette innhaldet er blokkert til du godtek «{category}» i personvernvala dine.',
    unavailable: 'Innhald frå {service} kan ikkje visast, fordi personvernerklæringa til nettstaden ikkje skildrar det.',
    provider: 'Levert av {provider}',
    allowAndShow: 'Godta og vis',
    notice: 'Personvernerklæring',
    reopen: 'Personvernval',
  },
  en: {
    blocked:
      'Content from {service} is not shown until you allow it: showing it shares data about you with the provider (category “{category}”).',
    blockedCategory: 'This content is blocked until you allow “{category}” in your privacy choices.',
    unavailable: 'Content from {service} cannot be shown, because the privacy notice of this site does not describe it.',
    provider: 'Provided by {provider}',
    allowAndShow: 'Allow and show',
    notice: 'Privacy notice',
    reopen: 'Privacy choices',
  },
  sv: {
    blocked:
      'Innehåll från {service} visas inte förrän du godkänner det: visningen delar uppgifter om dig med leverantören (kategorin ”{category}”).',
    blockedCategory: 'Det här innehållet är blockerat tills du godkänner ”{category}” i dina integritetsval.',
    unavailable: 'Innehåll från {service} kan inte visas, eftersom webbplatsens integritetspolicy inte beskriver det.',
    provider: 'Tillhandahålls av {provider}',
    allowAndShow: 'Godkänn och visa',
    notice: 'Integritetspolicy',
    reopen: 'Integritetsval',
  },
  da: {
    blocked:
      'Indhold fra {service} vises ikke, før du accepterer det: visningen deler oplysninger om dig med udbyderen (kategorien »{category}«).',
    blockedCategory: 'Dette indhold er blokeret, indtil du accepterer »{category}« i dine privatlivsvalg.',
    unavailable: 'Indhold fra {service} kan ikke vises, fordi webstedets privatlivspolitik ikke beskriver det.',
    provider: 'Leveret af {provider}',
    allowAndShow: 'Accepter og vis',
    notice: 'Privatlivspolitik',
    reopen: 'Privatlivsvalg',
  },
  de: {
    blocked:
      'Inhalte von {service} werden erst angezeigt, wenn Sie sie erlauben: Beim Anzeigen gehen Daten über Sie an den Anbieter (Kategorie „{category}“).',
    blockedCategory: 'Dieser Inhalt ist blockiert, bis Sie „{category}“ in Ihrer Datenschutzauswahl erlauben.',
    unavailable:
      'Inhalte von {service} können nicht angezeigt werden, weil die Datenschutzerklärung dieser Website sie nicht beschreibt.',
    provider: 'Bereitgestellt von {provider}',
    allowAndShow: 'Akzeptieren und anzeigen',
    notice: 'Datenschutzerklärung',
    reopen: 'Datenschutzauswahl',
  },
};
