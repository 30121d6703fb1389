/**
 * Words the second layer and `<samtykke-declaration>` both say, and the first layer never does:
 * each provider's role (GDPR art. 13(1)(e), 4(10)), the joint controllers' arrangement (art.
 * 26(2)), and samtykke's own storage in the visitor's browser (SPEC §4), in every built-in
 * language. They live here, imported only by those two lazily fetched parts, so a first visit
 * does not download them. Typed: a language or a string missing here fails the typecheck.
 */
import type { Role } from '../types.js';
import type { Language } from './language.js';

/** A string with `{k}` somewhere in it, for `fill()` to replace. */
type Has<K extends string> = `${string}{${K}}${string}`;

/** Where samtykke keeps something in the browser (the names a browser's developer tools use). */
export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

export interface NoticeWords {
  /** The label of a service's role. */
  role: string;
  /** The provider's role as the notice states it. */
  roles: Record<Role, string>;
  /** The label of a joint controller's `arrangement` (the essence of it, art. 26(2)). */
  arrangement: string;
  /** The second layer's heading and the declaration's row of samtykke's own storage. */
  ownName: string;
  /** What samtykke's own storage is for, as a whole. */
  ownPurpose: string;
  /** The label of what is kept in the browser (cookies and other storage). */
  storage: string;
  /** Each kind of browser storage, as a visitor may know it. */
  kinds: Record<StorageKind, string>;
  /** The decision cookie: what it is for. */
  cookiePurpose: string;
  /** The mark that this notice text passed the validator in this browser. */
  validatedPurpose: string;
  /** The mark that a receipt is waiting to be sent. */
  queuedPurpose: string;
  /** The receipts database (history and delivery queue). */
  receiptsPurpose: string;
  /** The mark that keeps an embedded frame's reload from repeating. */
  framesPurpose: string;
  /** A lifetime in days. */
  days: Has<'days'>;
  /** A receipt's lifetime: as long as its decision, and until delivered. */
  receiptsLifetime: Has<'days'>;
  /** Kept until the visitor clears the site's data (localStorage has no expiry). */
  untilCleared: string;
  /** sessionStorage: gone when the tab closes. */
  untilTabCloses: string;
  /** The second layer of a notice with nothing but necessary: why there is nothing to choose. */
  nothingToChoose: string;
}

export const NOTICE_WORDS: Record<Language, NoticeWords> = {
  nb: {
    role: 'Rolle',
    roles: {
      processor: 'databehandler for oss',
      'joint-controller': 'felles behandlingsansvarlig med oss',
      controller: 'selvstendig behandlingsansvarlig',
    },
    arrangement: 'Hovedinnholdet i avtalen om felles behandlingsansvar',
    ownName: 'Personvernvalgene dine (samtykke)',
    ownPurpose: 'Husker og dokumenterer valget ditt om informasjonskapsler. Lagres bare i nettleseren din og hos oss.',
    storage: 'Lagret i nettleseren',
    kinds: { cookie: 'informasjonskapsel', localStorage: 'lokal lagring', sessionStorage: 'øktlagring', indexedDB: 'IndexedDB' },
    cookiePurpose: 'Husker valget ditt, slik at du ikke blir spurt på hver side.',
    validatedPurpose: 'Husker at denne versjonen av personvernerklæringen er kontrollert. Inneholder ingen opplysninger om deg.',
    queuedPurpose: 'Merker at en kvittering for valget ditt venter på å bli sendt til oss.',
    receiptsPurpose:
      'Kvitteringer for valgene dine (samtykke-ID, tidspunkt og hva du valgte), slik at du kan se dem her, og de som venter på å bli sendt til oss.',
    framesPurpose: 'Hindrer at siden lastes inn på nytt om og om igjen når du tillater en innebygd tjeneste.',
    days: '{days} dager',
    receiptsLifetime: 'Så lenge valget den gjelder, varer ({days} dager), og til den er sendt',
    untilCleared: 'Til du sletter nettstedsdata i nettleseren',
    untilTabCloses: 'Til du lukker fanen',
    nothingToChoose: 'Dette nettstedet bruker bare nødvendige informasjonskapsler, så du har ingenting å velge.',
  },
  nn: {
    role: 'Rolle',
    roles: {
      processor: 'databehandlar for oss',
      'joint-controller': 'felles behandlingsansvarleg med oss',
      controller: 'sjølvstendig behandlingsansvarleg',
    },
    arrangement: 'Hovudinnhaldet i avtalen om felles behandlingsansvar',
    ownName: 'Personvernvala dine (samtykke)',
    ownPurpose: 'Hugsar og dokumenterer valet ditt om informasjonskapslar. Blir lagra berre i nettlesaren din og hos oss.',
    storage: 'Lagra i nettlesaren',
    kinds: { cookie: 'informasjonskapsel', localStorage: 'lokal lagring', sessionStorage: 'øktlagring', indexedDB: 'IndexedDB' },
    cookiePurpose: 'Hugsar valet ditt, slik at du ikkje blir spurt på kvar side.',
    validatedPurpose: 'Hugsar at denne versjonen av personvernerklæringa er kontrollert. Inneheld ingen opplysningar om deg.',
    queuedPurpose: 'Merkjer at ei kvittering for valet ditt ventar på å bli send til oss.',
    receiptsPurpose:
      'Kvitteringar for vala dine (samtykke-ID, tidspunkt og kva du valde), slik at du kan sjå dei her, og dei som ventar på å bli sende til oss.',
    framesPurpose: 'Hindrar at sida blir lasta inn på nytt om og om att når du tillèt ei innebygd teneste.',
    days: '{days} dagar',
    receiptsLifetime: 'Så lenge valet ho gjeld, varer ({days} dagar), og til ho er send',
    untilCleared: 'Til du slettar nettstaddata i nettlesaren',
    untilTabCloses: 'Til du lukkar fana',
    nothingToChoose: 'Denne nettstaden bruker berre nødvendige informasjonskapslar, så du har ingenting å velje.',
  },
  en: {
    role: 'Role',
    roles: {
      processor: 'our processor',
      'joint-controller': 'joint controller with us',
      controller: 'independent controller',
    },
    arrangement: 'The essence of the joint-controller arrangement',
    ownName: 'Your privacy choices (samtykke)',
    ownPurpose: 'Remembers and documents your choice about cookies. Kept only in your browser and by us.',
    storage: 'Kept in your browser',
    kinds: { cookie: 'cookie', localStorage: 'local storage', sessionStorage: 'session storage', indexedDB: 'IndexedDB' },
    cookiePurpose: 'Remembers your choice, so that you are not asked on every page.',
    validatedPurpose: 'Remembers that this version of the privacy notice has been checked. Holds nothing about you.',
    queuedPurpose: 'Marks that a receipt of your choice is waiting to be sent to us.',
    receiptsPurpose:
      'Receipts of your choices (consent ID, time and what you chose), so that you can see them here, and those waiting to be sent to us.',
    framesPurpose: 'Keeps the page from reloading over and over when you allow an embedded service.',
    days: '{days} days',
    receiptsLifetime: 'As long as the choice it records lasts ({days} days), and until it has been sent',
    untilCleared: "Until you clear the site's data in your browser",
    untilTabCloses: 'Until you close the tab',
    nothingToChoose: 'This site uses only necessary cookies, so there is nothing for you to choose.',
  },
  sv: {
    role: 'Roll',
    roles: {
      processor: 'vårt personuppgiftsbiträde',
      'joint-controller': 'gemensamt personuppgiftsansvarig med oss',
      controller: 'självständigt personuppgiftsansvarig',
    },
    arrangement: 'Det väsentliga innehållet i arrangemanget om gemensamt ansvar',
    ownName: 'Dina integritetsval (samtykke)',
    ownPurpose: 'Kommer ihåg och dokumenterar ditt val om kakor. Sparas bara i din webbläsare och hos oss.',
    storage: 'Sparas i webbläsaren',
    kinds: { cookie: 'kaka', localStorage: 'lokal lagring', sessionStorage: 'sessionslagring', indexedDB: 'IndexedDB' },
    cookiePurpose: 'Kommer ihåg ditt val, så att du inte tillfrågas på varje sida.',
    validatedPurpose: 'Kommer ihåg att den här versionen av integritetspolicyn har kontrollerats. Innehåller inget om dig.',
    queuedPurpose: 'Markerar att ett kvitto på ditt val väntar på att skickas till oss.',
    receiptsPurpose:
      'Kvitton på dina val (samtyckes-ID, tidpunkt och vad du valde), så att du kan se dem här, och de som väntar på att skickas till oss.',
    framesPurpose: 'Hindrar att sidan laddas om gång på gång när du tillåter en inbäddad tjänst.',
    days: '{days} dagar',
    receiptsLifetime: 'Så länge valet det gäller varar ({days} dagar), och tills det har skickats',
    untilCleared: 'Tills du rensar webbplatsdata i webbläsaren',
    untilTabCloses: 'Tills du stänger fliken',
    nothingToChoose: 'Den här webbplatsen använder bara nödvändiga kakor, så du har inget att välja.',
  },
  da: {
    role: 'Rolle',
    roles: {
      processor: 'vores databehandler',
      'joint-controller': 'fælles dataansvarlig med os',
      controller: 'selvstændig dataansvarlig',
    },
    arrangement: 'Det væsentligste indhold af ordningen om fælles dataansvar',
    ownName: 'Dine privatlivsvalg (samtykke)',
    ownPurpose: 'Husker og dokumenterer dit valg om cookies. Gemmes kun i din browser og hos os.',
    storage: 'Gemt i browseren',
    kinds: { cookie: 'cookie', localStorage: 'lokal lagring', sessionStorage: 'sessionslagring', indexedDB: 'IndexedDB' },
    cookiePurpose: 'Husker dit valg, så du ikke bliver spurgt på hver side.',
    validatedPurpose: 'Husker, at denne version af privatlivspolitikken er kontrolleret. Indeholder intet om dig.',
    queuedPurpose: 'Markerer, at en kvittering for dit valg venter på at blive sendt til os.',
    receiptsPurpose:
      'Kvitteringer for dine valg (samtykke-ID, tidspunkt og hvad du valgte), så du kan se dem her, og dem, der venter på at blive sendt til os.',
    framesPurpose: 'Forhindrer, at siden genindlæses igen og igen, når du tillader en indlejret tjeneste.',
    days: '{days} dage',
    receiptsLifetime: 'Så længe det valg, den gælder, varer ({days} dage), og indtil den er sendt',
    untilCleared: 'Indtil du sletter webstedsdata i browseren',
    untilTabCloses: 'Indtil du lukker fanen',
    nothingToChoose: 'Dette websted bruger kun nødvendige cookies, så du har intet at vælge.',
  },
  de: {
    role: 'Rolle',
    roles: {
      processor: 'unser Auftragsverarbeiter',
      'joint-controller': 'gemeinsam mit uns Verantwortlicher',
      controller: 'eigenständig Verantwortlicher',
    },
    arrangement: 'Das Wesentliche der Vereinbarung über die gemeinsame Verantwortung',
    ownName: 'Ihre Datenschutzauswahl (samtykke)',
    ownPurpose: 'Speichert und dokumentiert Ihre Auswahl zu Cookies. Nur in Ihrem Browser und bei uns gespeichert.',
    storage: 'Im Browser gespeichert',
    kinds: { cookie: 'Cookie', localStorage: 'lokaler Speicher', sessionStorage: 'Sitzungsspeicher', indexedDB: 'IndexedDB' },
    cookiePurpose: 'Speichert Ihre Auswahl, damit Sie nicht auf jeder Seite gefragt werden.',
    validatedPurpose: 'Speichert, dass diese Fassung der Datenschutzerklärung geprüft wurde. Enthält nichts über Sie.',
    queuedPurpose: 'Vermerkt, dass ein Nachweis Ihrer Auswahl darauf wartet, an uns gesendet zu werden.',
    receiptsPurpose:
      'Nachweise Ihrer Auswahl (Einwilligungs-ID, Zeitpunkt und Ihre Auswahl), damit Sie sie hier sehen, und die, die noch an uns zu senden sind.',
    framesPurpose: 'Verhindert, dass die Seite immer wieder neu lädt, wenn Sie einen eingebetteten Dienst erlauben.',
    days: '{days} Tage',
    receiptsLifetime: 'Solange die Auswahl gilt, die er belegt ({days} Tage), und bis er gesendet ist',
    untilCleared: 'Bis Sie die Website-Daten im Browser löschen',
    untilTabCloses: 'Bis Sie den Tab schließen',
    nothingToChoose: 'Diese Website verwendet nur notwendige Cookies, daher gibt es für Sie nichts auszuwählen.',
  },
};

/** The words in `lang`, English for a language without its own (the widget's fallback). */
export const noticeWords = (lang: string): NoticeWords => NOTICE_WORDS[lang as Language] ?? NOTICE_WORDS.en;
