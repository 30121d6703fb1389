/**
 * Removal records: the trace a purge or an erasure leaves at the end of the chain, in both
 * backends. A tombstone (tombstone.ts) keeps the removed line's hash so the chain still links;
 * on its own it would let anyone who can write the store replace a record by a hand-made
 * tombstone unseen, the head hash unchanged. So every removal also appends a removal record,
 * chained and hashed like a receipt, naming each line it removed by sequence number and hash:
 *
 *   {"removal":{"command":"erase","rule":"consentId","removedAt":"…","removed":[{"seq":12,"hash":"…"}]}}
 *
 * The head changes with every removal (an outside copy of the head hash shows it), and `verify`
 * accepts a tombstone only when a removal record after it names it with the same hash.
 *
 * The removal is written before the records are replaced: a removal interrupted in between
 * leaves a removal record naming a line that is still a record, which `verify` reports, and
 * running the same purge or erase again completes it (a line may be named twice then).
 */
import type { Removal } from './tombstone.js';
/** One removed line: its place in the chain and the hash it had. */
export interface RemovedLine {
    seq: number;
    hash: string;
}
export interface RemovalRecord {
    command: 'purge' | 'erase';
    rule: string;
    removedAt: string;
    removed: RemovedLine[];
}
/** Lines named per removal record at most: keeps each one a modest line (about 90 KB). */
export declare const REMOVALS_PER_RECORD = 1000;
/** The removal records for `removed` lines, in chain order, at most REMOVALS_PER_RECORD each. */
export declare function makeRemovals(removal: Removal, removed: RemovedLine[]): RemovalRecord[];
/** Whether `value` is a removal record's body; answers why not, or null. */
export declare function removalProblem(value: unknown): string | null;
/**
 * Matches tombstones with the removal records that name them, as `verify` walks the chain.
 * Holds the seq and hash of each tombstone seen (a purge of a million records: about 100 MB).
 */
export declare class RemovalLedger {
    private readonly allowPending;
    private readonly tombstones;
    /** Tombstones seen. */
    tombstoneCount: number;
    /** Removal records seen. */
    removalCount: number;
    /**
     * Lines a removal record names that were still records, when the ledger was made to allow
     * it (a purge or erase completing an interrupted one); else each is an error.
     */
    readonly pending: Set<number>;
    constructor(allowPending?: boolean);
    /** A tombstone at `seq` keeping `hash`. */
    tombstone(seq: number, hash: string): void;
    /** A removal record; answers why it does not fit the lines before it, or null. */
    removal(record: RemovalRecord): string | null;
    /** At the end of the chain: the first tombstone no removal record names, or null. */
    unnamed(): number | null;
}
/** The error for a tombstone no removal record names. */
export declare function unnamedTombstone(seq: number): string;
