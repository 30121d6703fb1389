import type { Timeouts } from './pg-sql.js';
import type { AppendResult, ProofStore, SelectQuery, StoreEvents, StoreStats } from './store.js';
export { isPostgresUrl } from './pg-url.js';
export interface PgOptions {
    /** Connections at most (one writes; the others serve exports). Default 10. */
    poolSize?: number;
    /** Receipts waiting for a transaction at most; beyond it POSTs get 503. Default 20000. */
    maxQueue?: number;
    /** Receipts per transaction at most. Default 1000. */
    maxBatch?: number;
    /** How long a receipt may wait to be committed before its POST gets 503. Default 4000 ms. */
    waitMs?: number;
    timeouts?: Timeouts;
    events?: StoreEvents;
    /**
     * Create or upgrade the table at start (default true: needs the admin role). false: the
     * schema is `samtykke-receiver migrate`'s job, and this receiver may run as the role that
     * can only append (pg-schema.ts).
     */
    migrate?: boolean;
}
export declare class PgStore implements ProofStore {
    private readonly pool;
    private readonly existing;
    private readonly queue;
    private readonly inFlight;
    private writing;
    private closed;
    private down;
    private stored;
    private commits;
    private readonly sweeper;
    private readonly maxQueue;
    private readonly maxBatch;
    private readonly waitMs;
    private readonly events;
    private constructor();
    /**
     * Connects, creates or upgrades the table. While the database is down it waits and retries
     * with back-off (until `stopped()`); a permanent error (bad password, no database) rejects.
     */
    static open(url: string, options?: PgOptions, stopped?: () => boolean): Promise<PgStore>;
    append(key: string, record: object): Promise<AppendResult>;
    /** Stored records (not tombstones), oldest first, a page at a time, filtered by PostgreSQL. */
    select(query: SelectQuery): AsyncGenerator<Record<string, unknown>>;
    stats(): StoreStats;
    accepting(): boolean;
    healthy(): boolean;
    /** Refuses new appends, lets the transaction in progress finish, answers the rest 503. */
    close(): Promise<void>;
    /** Answers 503 for receipts that waited longer than `waitMs`; those not yet taken are dropped. */
    private expire;
    private fail;
    private drain;
    /** Refuses appends until a probe reaches the database again. */
    private goDown;
    private commitWithRetry;
    /**
     * One statement, so one transaction and one round trip: the append function (pg-sql.ts)
     * takes the tail lock, skips what is stored, chains and inserts the rest. Answers the ids stored.
     */
    private commit;
}
