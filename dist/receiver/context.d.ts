/**
 * The state one receiver's requests share (created by `createReceiver` in handler.ts and handled
 * in requests.ts): a leaf module of types, so several receivers in one process never share state
 * and nothing imports requests.ts for its types alone.
 */
import type { Origins } from './cors.js';
import type { TokenBuckets } from './limits.js';
import type { Logger, Metrics } from './metrics.js';
import type { ReceiverOptions } from './options.js';
import type { ProofStore } from './store.js';
import type { VerifyResult } from './chain.js';
import type { AuditLog } from './console/audit.js';
import type { Sessions } from './console/session.js';
/** What changes while a receiver runs: the store once open, shutting down, requests in flight. */
export interface ReceiverState {
    store: ProofStore | null;
    closing: boolean;
    /** Requests being handled right now: close() waits for them. */
    active: number;
    /** Set by close() while it waits: called when the last request in flight is done. */
    idle: (() => void) | null;
}
/** The counts `receiver.stats()` reports besides the store's own. */
export interface RequestCounts {
    stored: number;
    duplicates: number;
    rejected: number;
    unavailable: number;
}
/** Everything one receiver's requests share: its settings, counters, metrics and state. */
export interface ReceiverContext {
    readonly options: ReceiverOptions;
    readonly origins: Origins;
    readonly maxBody: number;
    /** The path receipts are posted to and exported from. */
    readonly path: string;
    readonly logger: Logger;
    readonly counts: RequestCounts;
    readonly metrics: Metrics;
    readonly state: ReceiverState;
    /** Settles when the store is open (rejects if it cannot be opened). */
    readonly opening: Promise<void>;
    /** Per-client limits: on receipts (null: off), and on failed export sign-ins. */
    readonly limits: {
        readonly receipts: TokenBuckets | null;
        readonly auth: TokenBuckets;
    };
    /** Opens the store again after the console closed it for an erasure (console/erase.ts). */
    readonly reopen: () => Promise<void>;
    /** The controller's console: sessions, audit log, last chain check (console/routes.ts). */
    console: ConsoleState;
}
/** The outcome of the last chain check run from the console (or found in the audit log). */
export interface ChainCheck {
    at: string;
    result: VerifyResult;
    /** When the newest purge and erasure removal records were written, if any. */
    lastPurge: string | null;
    lastErase: string | null;
}
/**
 * The controller's console (console/routes.ts): declared here beside the context it points
 * back to, since each holds the other; the console's pages import it from console/types.ts.
 */
export interface ConsoleState {
    readonly receiver: ReceiverContext;
    readonly sessions: Sessions;
    readonly audit: AuditLog;
    lastCheck: ChainCheck | null;
    /** An erasure or check in progress: they run one at a time. */
    busy: Promise<unknown>;
}
