/**
 * The writer's check that the segment it appends to is still as it left it. The lock (lock.ts)
 * keeps other receivers out; this catches everything else that could write the file meanwhile
 * (a second writer the lock did not see, on a network filesystem without locks; a hand edit; a
 * restore over a running receiver). Before each batch the receiver compares the file's size
 * with the bytes it acknowledged, and the SHA-256 of its last line as it is on disk now with the
 * hash of the line it wrote (or found at start-up). A mismatch stops all writing: appending to a
 * file someone else changed would chain onto bytes the receiver never checked.
 *
 * Two small reads per batch, both from the page cache: negligible beside the fdatasync.
 */
import type { FileHandle } from 'node:fs/promises';
export declare class SegmentGuard {
    /** Offset of the last line in the segment; equal to `end` when the segment is empty. */
    private start;
    /** Bytes of the segment acknowledged (the last line's newline included). */
    private end;
    /** SHA-256 of the last line's bytes (no newline); '' for an empty segment. */
    private hash;
    constructor(
    /** Offset of the last line in the segment; equal to `end` when the segment is empty. */
    start: number, 
    /** Bytes of the segment acknowledged (the last line's newline included). */
    end: number, 
    /** SHA-256 of the last line's bytes (no newline); '' for an empty segment. */
    hash: string);
    /** The guard of a segment whose last line is at [start, end) in `file`, read from disk now. */
    static read(file: FileHandle, start: number, end: number): Promise<SegmentGuard>;
    /** After a write: the last line written is now at [start, end) with this hash. */
    moved(start: number, end: number, hash: string): void;
    /** A new, empty segment. */
    reset(): void;
    /** Null when the file is as it was left; else what changed, in words for the operator. */
    check(file: FileHandle): Promise<string | null>;
}
