import type { NoticeWords } from './types.js';

/** Deutsch: the words of the second layer and the declaration beyond `Strings` (see ../notice-words.ts). */
export const words: NoticeWords = {
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
};
