/**
 * What the HTTP layer needs of a proof store: the embedded hash-chained log (log.ts, the
 * default) and PostgreSQL (pg.ts) both provide it.
 *
 * `append` resolves only once the record is durable (on disk, or committed), and says whether
 * the receipt was already stored. It rejects with `Unavailable` when the store cannot take the
 * record now (queue full, storage unreachable): the caller answers 503 with Retry-After and the
 * widget keeps the receipt queued. `select` yields stored records oldest first.
 */
export type AppendResult = 'stored' | 'duplicate';
export interface StoreStats {
    /** Records in the store (for PostgreSQL: at start-up plus this process's own). */
    records: number;
    /** Durable writes done (write+fdatasync, or COMMIT): with group commit, far fewer than records. */
    fsyncs: number;
    /** Bytes cut off at start-up: an unfinished write left by a crash (file log only). */
    recoveredTornBytes: number;
    /** Receipts waiting for the next durable write. */
    queued: number;
}
/** An export query: a consent id (an access request) and/or a receivedAt range [from, to). */
export interface SelectQuery {
    consentId?: string;
    /** The site's own reference set with identify() (SPEC §7), exactly. */
    subject?: string;
    /** Milliseconds since 1970, inclusive. */
    from?: number;
    /** Milliseconds since 1970, exclusive. */
    to?: number;
}
/** What a store tells the receiver's metrics and log. */
export interface StoreEvents {
    /** A durable write of `records` receipts took `seconds`. */
    committed(seconds: number, records: number): void;
    /** Something failed and will be retried, or made the store unavailable. */
    trouble(event: string, detail: Record<string, unknown>): void;
}
export declare const QUIET_EVENTS: StoreEvents;
/** How `ProofLog.open` (log.ts) runs the file backend. */
export interface LogOptions {
    /** Receipts waiting for the next write at most; beyond it appends are refused (503). Default 20000. */
    maxQueue?: number;
    /** Seal a segment and start the next past this many bytes. Default 16 MiB. */
    segmentBytes?: number;
    /** Where durable writes and failures are reported (the receiver's metrics and log). Default: nowhere. */
    events?: StoreEvents;
}
export interface ProofStore {
    append(key: string, record: object): Promise<AppendResult>;
    select(query: SelectQuery): AsyncGenerator<Record<string, unknown>>;
    stats(): StoreStats;
    /** True while a POST would be tried (not closed, storage reachable, not stopped, queue not full). */
    accepting(): boolean;
    /** Accepting, and the last write did not fail: what /healthz reports. */
    healthy(): boolean;
    close(): Promise<void>;
}
/** The store cannot take a record now; try again after `retryAfter` seconds. */
export declare class Unavailable extends Error {
    readonly retryAfter: number;
    constructor(message: string, retryAfter?: number);
}
/** Whether a stored record matches an export query (for stores that filter in this process). */
export declare function matches(record: Record<string, unknown>, query: SelectQuery): boolean;
