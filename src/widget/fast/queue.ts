/**
 * A synchronous mark, in localStorage, that a receipt is waiting to be delivered: the fast path
 * reads it to decide whether to fetch the receipts part at all. The receipts part sets it when it
 * queues a receipt and clears it when nothing is left. Where storage is blocked, the mark cannot
 * be read and the fast path fetches the receipts part on every page view (nothing is lost).
 */
const QUEUED_KEY = 'samtykke:queued';

/**
 * "yes", "no", or "unknown": no mark yet (a browser that decided before the mark existed, or
 * one whose storage is blocked).
 */
export function queuedReceipts(): 'yes' | 'no' | 'unknown' {
  try {
    const mark = localStorage.getItem(QUEUED_KEY);
    return mark === '1' ? 'yes' : mark === '0' ? 'no' : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function markQueued(queued: boolean): void {
  try {
    localStorage.setItem(QUEUED_KEY, queued ? '1' : '0');
  } catch {
    // Storage blocked: hasQueuedReceipts() answers true, so nothing is missed.
  }
}
