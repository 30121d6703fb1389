import type { NoticeWords } from './types.js';

/** Norsk bokmål: the words of the second layer and the declaration beyond `Strings` (see ../notice-words.ts). */
export const words: NoticeWords = {
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
};
