/**
 * Erasing one person's receipts from the console, with the same code as `samtykke-receiver
 * erase` (file-admin.ts, pg-admin.ts): tombstones in place, a removal record at the end.
 *
 * PostgreSQL erases while receivers run. The file log has one writer, which holds its lock: the
 * receiver closes its log (receipts in flight reach the disk first), erases, and opens it again.
 * Meanwhile POSTs get 503 with Retry-After and the widget keeps each receipt queued and sends
 * it again (SPEC §7): a visitor's decision is delayed by a moment, never lost.
 */
import { removeFromLog } from '../file-admin.js';
import { removePg } from '../pg-admin.js';
/** Erases the receipts of one person; answers how many. */
export async function erase(receiver, who) {
    const removal = { kind: 'erasure', ...who, now: new Date() };
    const { options, state } = receiver;
    if (options.postgres !== undefined)
        return removePg(options.postgres, removal, { waitMs: 5000 });
    const store = state.store;
    if (store === null)
        throw new Error('the proof log is not open');
    state.store = null;
    try {
        await store.close();
        return await removeFromLog(options.dataDir, removal);
    }
    finally {
        // Whatever happened, the receiver goes back to taking receipts (or stays 503 if it cannot).
        await receiver.reopen();
    }
}
