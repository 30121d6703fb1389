/**
 * The receiver's request handling (SPEC §9): routing, storing a receipt, the operator endpoints
 * and the refusals, all working on one receiver's shared `ReceiverContext` (created by
 * `createReceiver` in handler.ts), so that several receivers in one process never share state.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProofStore } from './store.js';
import type { Receipt } from '../receipt/schema.js';
import type { TokenBuckets } from './limits.js';
import type { Origins } from './cors.js';
import type { LogEntry, Logger, Metrics } from './metrics.js';
import type { ReceiverOptions, ReceiverStats, StoredRecord } from './options.js';
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
}
/** One structured log line, stamped now. */
export declare function logEntry(level: LogEntry['level'], event: string, detail?: Record<string, unknown>): LogEntry;
/**
 * What is stored of a receipt. One that grants nothing beyond necessary (a refusal, GPC, a
 * withdrawal) proves no consent, so nothing about the person comes with it: no IP prefix, and no
 * user agent, even from an older widget that still sends one (SPEC §7; GDPR art. 5(1)(c)).
 */
export declare function storedRecord(receipt: Receipt, ip: string | null): StoredRecord;
/** The receiver's counts with the store's own (zeros while the store is not open). */
export declare function receiverStats(context: ReceiverContext): ReceiverStats;
/** Answers one request: the operator endpoints, then the receipts path with CORS, by method. */
export declare function route(context: ReceiverContext, req: IncomingMessage, res: ServerResponse): Promise<void>;
