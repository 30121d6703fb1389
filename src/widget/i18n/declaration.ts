/**
 * The words of `<samtykke-declaration>`, the cookie declaration for a site's privacy page, in
 * every built-in language. They live in the declaration's own part (fetched only by a page that
 * has the element), not in the interface's `Strings`, so a first visit does not download them;
 * the words the two share (provider, purpose, consent id, …) come from `Strings`. Typed: a
 * language or a string missing here fails the typecheck.
 */
import type { Language } from './language.js';
import type { DeclarationStrings } from './strings.js';

export const DECLARATION_WORDS: Record<Language, DeclarationStrings> = {
  /** Norsk bokmål */
  nb: {
    title: 'Informasjonskapsler på dette nettstedet',
    service: 'Tjeneste',
    cookie: 'Informasjonskapsler og lagringstid',
    firstParty: 'førstepart',
    cookieless: 'Lagrer ingenting i nettleseren',
    allowed: 'Tillatt',
    refused: 'Ikke tillatt',
    noDecision: 'Du har ikke gjort noe valg ennå.',
    change: 'Endre valg',
    withdraw: 'Trekk tilbake samtykket',
    scrollTable: 'Tabell: {category}',
  },
  /** Norsk nynorsk */
  nn: {
    title: 'Informasjonskapslar på denne nettstaden',
    service: 'Teneste',
    cookie: 'Informasjonskapslar og lagringstid',
    firstParty: 'førstepart',
    cookieless: 'Lagrar ingenting i nettlesaren',
    allowed: 'Tillate',
    refused: 'Ikkje tillate',
    noDecision: 'Du har ikkje gjort noko val enno.',
    change: 'Endre val',
    withdraw: 'Trekk tilbake samtykket',
    scrollTable: 'Tabell: {category}',
  },
  /** English */
  en: {
    title: 'Cookies on this site',
    service: 'Service',
    cookie: 'Cookies and how long they are kept',
    firstParty: 'first party',
    cookieless: 'Stores nothing in the browser',
    allowed: 'Allowed',
    refused: 'Not allowed',
    noDecision: 'You have not made a choice yet.',
    change: 'Change your choices',
    withdraw: 'Withdraw consent',
    scrollTable: 'Table: {category}',
  },
  /** Svenska */
  sv: {
    title: 'Kakor på den här webbplatsen',
    service: 'Tjänst',
    cookie: 'Kakor och lagringstid',
    firstParty: 'förstapart',
    cookieless: 'Lagrar ingenting i webbläsaren',
    allowed: 'Tillåtet',
    refused: 'Inte tillåtet',
    noDecision: 'Du har inte gjort något val ännu.',
    change: 'Ändra dina val',
    withdraw: 'Återkalla samtycke',
    scrollTable: 'Tabell: {category}',
  },
  /** Dansk */
  da: {
    title: 'Cookies på dette websted',
    service: 'Tjeneste',
    cookie: 'Cookies og opbevaringstid',
    firstParty: 'førstepart',
    cookieless: 'Gemmer intet i browseren',
    allowed: 'Tilladt',
    refused: 'Ikke tilladt',
    noDecision: 'Du har ikke truffet et valg endnu.',
    change: 'Ændr dine valg',
    withdraw: 'Tilbagekald samtykke',
    scrollTable: 'Tabel: {category}',
  },
  /** Deutsch */
  de: {
    title: 'Cookies auf dieser Website',
    service: 'Dienst',
    cookie: 'Cookies und Speicherdauer',
    firstParty: 'Erstanbieter',
    cookieless: 'Speichert nichts im Browser',
    allowed: 'Erlaubt',
    refused: 'Nicht erlaubt',
    noDecision: 'Sie haben noch keine Auswahl getroffen.',
    change: 'Auswahl ändern',
    withdraw: 'Einwilligung widerrufen',
    scrollTable: 'Tabelle: {category}',
  },
};
