import type { NoticeWords } from './types.js';

/** English: the words of the second layer and the declaration beyond `Strings` (see ../notice-words.ts). */
export const words: NoticeWords = {
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
};
