/**
 * What samtykke itself keeps in the visitor's browser, declared under necessary without the
 * owner writing it (SPEC §4; ekomloven § 3-15 and GDPR art. 13 ask that the visitor be told of
 * every cookie and storage, the strictly necessary ones too). The names here are the ones the
 * code uses: keep them in step with fast/cookie.ts (the decision cookie), fast/notice.ts
 * (`samtykke:validated`), fast/queue.ts (`samtykke:queued`), fast/frames.ts (`samtykke:frames`)
 * and proof/proof.ts (the IndexedDB database `samtykke`).
 */
import { fill } from '../i18n/index.js';
import type { NoticeWords, StorageKind } from '../i18n/notice-words.js';
import type { Config, Service } from '../types.js';

/** One thing samtykke stores: where, under what name, why and for how long. */
export interface StoredItem {
  kind: StorageKind;
  name: string;
  purpose: string;
  lifetime: string;
}

/** samtykke's own storage, and the notice's service that declares its cookie, if any. */
export interface OwnStorage {
  /**
   * The service that already declares the decision cookie (the owner wrote it): the storage is
   * shown with it, and the cookie is not shown twice. Undefined: samtykke gets its own entry.
   */
  declaredBy: Service | undefined;
  items: StoredItem[];
}

/** The notice's service that declares `config.cookie.name`, if any. */
const declaring = (config: Config): Service | undefined =>
  config.services.find((service) => service.cookies?.some((cookie) => cookie.name === config.cookie.name));

/** Everything samtykke stores in this browser under this notice, in the visitor's words. */
export function ownStorage(config: Config, words: NoticeWords): OwnStorage {
  const days = String(config.cookie.expiresAfterDays);
  const declaredBy = declaring(config);
  const items: StoredItem[] = [];
  if (!declaredBy)
    items.push({ kind: 'cookie', name: config.cookie.name, purpose: words.cookiePurpose, lifetime: fill(words.days, { days }) });
  items.push(
    { kind: 'indexedDB', name: 'samtykke', purpose: words.receiptsPurpose, lifetime: fill(words.receiptsLifetime, { days }) },
    { kind: 'localStorage', name: 'samtykke:validated', purpose: words.validatedPurpose, lifetime: words.untilCleared },
    { kind: 'localStorage', name: 'samtykke:queued', purpose: words.queuedPurpose, lifetime: words.untilCleared },
  );
  // Written only where the frame policy may reload the page for an embed (fast/frames.ts).
  if (config.autoBlock && config.autoBlock.frames)
    items.push({ kind: 'sessionStorage', name: 'samtykke:frames', purpose: words.framesPurpose, lifetime: words.untilTabCloses });
  return { declaredBy, items };
}
