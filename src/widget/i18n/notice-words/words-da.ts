import type { NoticeWords } from './types.js';

/** Dansk: the words of the second layer and the declaration beyond `Strings` (see ../notice-words.ts). */
export const words: NoticeWords = {
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
};
