import type { VerifyResult } from './chain.js';
import type { Removal } from './tombstone.js';
export interface CommandOptions {
    /** Give up waiting for the database after this long. Default 60 s. */
    waitMs?: number;
    /** Hears about each failed attempt to reach the database. */
    onRetry?: (error: string, waitMs: number) => void;
}
/**
 * Walks the chain of the table: every row's prev_hash is the hash before it, every record its
 * hash, every tombstone named by a removal record after it (removal.ts).
 */
export declare function verifyPg(url: string, options?: CommandOptions): Promise<VerifyResult>;
/**
 * Replaces the records `removal` selects with tombstones and appends the removal records naming
 * them, a chunk per transaction, each holding the tail lock (so appends wait, and the removal
 * record goes at the very end); answers how many. Needs the admin role: the appending role has
 * no UPDATE. Safe while receivers run.
 */
export declare function removePg(url: string, removal: Removal, options?: CommandOptions): Promise<number>;
/** `samtykke-receiver migrate`: creates or upgrades the table and the append function. */
export declare function migratePg(url: string, options?: CommandOptions): Promise<void>;
