import type { RemovalRecord } from './removal.js';
export declare const ZERO_HASH: string;
/** The first segment of a log. */
export declare const LOG_FILE = "proofs-000001.jsonl";
export declare const SEGMENT_PATTERN: RegExp;
/** The segment file name of number `n` (1-based). */
export declare function segmentName(n: number): string;
/** The segment files in `dir`, in chain order. */
export declare function listSegments(dir: string): Promise<string[]>;
export interface ChainLine {
    seq: number;
    prev: string;
    /** The stored record; absent on a tombstone. */
    record?: Record<string, unknown>;
    /** On a tombstone: the hash of the line it replaced. */
    hash?: string;
    tombstone?: Record<string, unknown>;
    /** On a removal record: what a purge or erase removed. */
    removal?: RemovalRecord;
}
/** The text of a tombstone line standing where a line with hash `hash` was. */
export declare function formatTombstone(seq: number, prev: string, hash: string, tombstone: object): string;
export declare function sha256Hex(bytes: Uint8Array | string): string;
/** The text of a removal record line (removal.ts). */
export declare function formatRemoval(seq: number, prev: string, removal: RemovalRecord): string;
/** The exact text of one line (no newline). Field order is fixed: it is what gets hashed. */
export declare function formatLine(seq: number, prev: string, record: object): string;
/** One line read back from a file. `end` is the offset just past its newline. */
export interface RawLine {
    bytes: Uint8Array;
    start: number;
    end: number;
    /** False for a last line that has no newline: a write that never finished. */
    complete: boolean;
}
/**
 * Reads the lines of the first `limit` bytes of a file, a chunk at a time, so a log of any
 * size is read in bounded memory.
 */
export declare function readLines(path: string, limit?: number): AsyncGenerator<RawLine>;
/** Parses one line's bytes, or answers why it is not a chain line. */
export declare function parseLine(bytes: Uint8Array): ChainLine | string;
/**
 * Walks a chain line by line. Used by `verify` and by the receiver's start-up, which must
 * never append to a log whose chain does not hold.
 */
export declare class ChainWalker {
    /** Lines accepted so far (= the last accepted seq). */
    count: number;
    /** Hash of the last accepted line: the next line's `prev`. */
    head: string;
    /** Accepts the next line, or answers why it breaks the chain (the line number included). */
    accept(bytes: Uint8Array): {
        line: ChainLine;
    } | {
        error: string;
    };
}
/**
 * What `verifyLog` / `verifyPg` found: `ok: true` with the counts and the last hash (`head`, to
 * write down and compare next time: a log cut short and rebuilt would end elsewhere), or
 * `ok: false` with the first line whose hash chain or content does not hold and why.
 */
export type VerifyResult = {
    ok: true;
    /** Receipt lines: records and the tombstones of removed ones. */
    records: number;
    /** Of those, records removed for storage limitation or erasure (tombstone.ts). */
    tombstones: number;
    /** Removal records (removal.ts). */
    removals: number;
    /** The hash of the last line: the chain's head, hex SHA-256. */
    head: string;
} | {
    ok: false;
    records: number;
    line: number;
    error: string;
};
/**
 * Checks every line of the log in `dir`: the chain, and that every tombstone is named by a
 * removal record after it. An empty or missing log verifies with 0 records.
 */
export declare function verifyLog(dir: string): Promise<VerifyResult>;
