import type { AppendResult, LogStats } from './log.js';
import type { ProofStore } from './store.js';
import type { VerifyResult } from './chain.js';
export declare class PgStore implements ProofStore {
    private readonly pool;
    private readonly existing;
    private stored;
    private closed;
    private constructor();
    static open(url: string, poolSize?: number): Promise<PgStore>;
    append(key: string, record: object): Promise<AppendResult>;
    /** Stored records, oldest first, for which `keep` is true, a page at a time. */
    select(keep: (record: Record<string, unknown>) => boolean): AsyncGenerator<Record<string, unknown>>;
    stats(): LogStats;
    close(): Promise<void>;
}
/** Walks the chain of the table: every row's prev_hash is the hash before it, every hash its own. */
export declare function verifyPg(url: string): Promise<VerifyResult>;
