import type { VerifyResult } from './chain.js';
import type { Removal } from './tombstone.js';
export interface CommandOptions {
    /** Give up waiting for the database after this long. Default 60 s. */
    waitMs?: number;
    /** Hears about each failed attempt to reach the database. */
    onRetry?: (error: string, waitMs: number) => void;
}
/** Walks the chain of the table: every row's prev_hash is the hash before it, every record its hash. */
export declare function verifyPg(url: string, options?: CommandOptions): Promise<VerifyResult>;
/**
 * Replaces the records `removal` selects with tombstones; answers how many. Safe while
 * receivers run: it touches no hash, and appends only ever add rows.
 */
export declare function removePg(url: string, removal: Removal, options?: CommandOptions): Promise<number>;
