/**
 * The proof store in PostgreSQL (`--postgres URL`, SPEC §9): for more than one receiver
 * machine behind a load balancer, with the same HTTP API as the embedded log.
 *
 * One table, `samtykke_proofs`, created if missing. Each row keeps the record exactly as the
 * embedded log would (its JSON text), and the rows form one hash chain like the log's lines:
 * `hash = sha256(prev_hash || line)`, the first row's `prev_hash` being "". The chain is built
 * inside each INSERT (one statement reads the last hash and appends), and `prev_hash` is UNIQUE,
 * so two receivers that race for the same tail cannot fork it: the loser's INSERT fails and is
 * retried on the new tail. `receipt_id` is UNIQUE too: a receipt is stored once however many
 * receivers it reaches. No explicit transactions: every write is one atomic statement, and a
 * 201 is sent only after PostgreSQL has committed it.
 *
 * `samtykke-receiver verify --postgres URL` walks the chain and names the first row that does
 * not fit (an edit, a deletion or an insertion by hand).
 */
import type { AppendResult, LogStats } from './log.js';
import type { ProofStore } from './store.js';
import type { VerifyResult } from './chain.js';
/** A PostgreSQL connection URL: postgres://… or postgresql://… */
export declare const isPostgresUrl: (url: unknown) => url is string;
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
