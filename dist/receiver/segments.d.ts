import type { FileHandle } from 'node:fs/promises';
import { ChainWalker } from './chain.js';
import { SegmentGuard } from './segment-guard.js';
import { ActiveIndex, SealedIndex } from './segment-index.js';
export declare const CHECKPOINT = "checkpoint.json";
export interface Checkpoint {
    segment: string;
    offset: number;
    seq: number;
    head: string;
}
export declare const indexName: (segment: string) => string;
/** Writes a small file so that a crash leaves either the old or the new one, never half. */
export declare function writeDurably(path: string, bytes: Uint8Array | string): Promise<void>;
export declare function readCheckpoint(dir: string): Promise<Checkpoint | null>;
export declare function removeDerived(dir: string, segments: string[]): Promise<void>;
/** The state the log continues from. */
export interface Opened {
    sealed: SealedIndex[];
    active: ActiveIndex;
    walker: ChainWalker;
    /** Bytes of the last segment that hold whole, verified lines. */
    size: number;
    /** Bytes after `size`: an unfinished write to cut off. */
    torn: number;
    /** Offset of the last whole line of the last segment (0 when it has none). */
    lastLineStart: number;
}
export declare class BrokenLog extends Error {
}
/** Opens the chain of `segments` (at least one) in `dir`: from the checkpoint when it fits. */
export declare function openSegments(dir: string, segments: string[]): Promise<Opened>;
/** The log opened for appending: its state, its last segment open, and that segment's guard. */
export interface Appendable extends Opened {
    /** The last segment's number. */
    number: number;
    /** The last segment, open to append to (and read back by the guard). */
    file: FileHandle;
    guard: SegmentGuard;
}
/** Opens the log in `dir` (created if empty) for appending; the caller holds its lock. */
export declare function openForAppend(dir: string): Promise<Appendable>;
/** Reads the lines at `refs` of one segment file. */
export declare function readRefs(file: FileHandle, refs: Array<{
    offset: number;
    length: number;
}>): Promise<Buffer[]>;
/**
 * Removes an unfinished tail, keeping a copy of its bytes beside the log first: the cut is
 * meant for crash debris, and if it ever was something else, the evidence is not destroyed.
 */
export declare function cutTornTail(path: string, size: number, length: number): Promise<void>;
export declare function writeAll(file: FileHandle, bytes: Uint8Array): Promise<void>;
/** Makes a new file's directory entry durable too; not possible (nor needed) on every OS. */
export declare function syncDirectory(dir: string): Promise<void>;
