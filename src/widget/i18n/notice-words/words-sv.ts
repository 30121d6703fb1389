import type { NoticeWords } from './types.js';

/** Svenska: the words of the second layer and the declaration beyond `Strings` (see ../notice-words.ts). */
export const words: NoticeWords = {
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
};
