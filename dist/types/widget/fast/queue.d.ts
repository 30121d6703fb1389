/**
 * "yes", "no", or "unknown": no mark yet (a browser that decided before the mark existed, or
 * one whose storage is blocked).
 */
export declare function queuedReceipts(): 'yes' | 'no' | 'unknown';
export declare function markQueued(queued: boolean): void;
