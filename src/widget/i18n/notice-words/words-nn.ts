import type { NoticeWords } from './types.js';

/** Norsk nynorsk: the words of the second layer and the declaration beyond `Strings` (see ../notice-words.ts). */
export const words: NoticeWords = {
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
};
