/**
 * The shape of each language's notice words (notice-words.ts says what they are for): a leaf
 * of types, so every words-<lang>.ts is checked against it without importing the loader that
 * fetches it.
 */
import type { Role } from '../../types.js';

/** A string with `{k}` somewhere in it, for `fill()` to replace. */
type Has<K extends string> = `${string}{${K}}${string}`;

/** Where samtykke keeps something in the browser (the names a browser's developer tools use). */
export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

/** What one language says about roles, the arrangement and samtykke's own storage. */
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
