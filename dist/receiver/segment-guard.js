import { sha256Hex } from './chain.js';
export class SegmentGuard {
    start;
    end;
    hash;
    constructor(
    /** Offset of the last line in the segment; equal to `end` when the segment is empty. */
    start, 
    /** Bytes of the segment acknowledged (the last line's newline included). */
    end, 
    /** SHA-256 of the last line's bytes (no newline); '' for an empty segment. */
    hash) {
        this.start = start;
        this.end = end;
        this.hash = hash;
    }
    /** The guard of a segment whose last line is at [start, end) in `file`, read from disk now. */
    static async read(file, start, end) {
        return new SegmentGuard(start, end, await lineHash(file, start, end));
    }
    /** After a write: the last line written is now at [start, end) with this hash. */
    moved(start, end, hash) {
        this.start = start;
        this.end = end;
        this.hash = hash;
    }
    /** A new, empty segment. */
    reset() {
        this.moved(0, 0, '');
    }
    /** Null when the file is as it was left; else what changed, in words for the operator. */
    async check(file) {
        const { size } = await file.stat();
        if (size !== this.end)
            return `its size is ${size} bytes, the receiver wrote ${this.end}`;
        const now = await lineHash(file, this.start, this.end);
        if (now !== this.hash)
            return `its last line (at byte ${this.start}) is not the one the receiver wrote`;
        return null;
    }
}
async function lineHash(file, start, end) {
    // The last line without its newline, as the chain hashes it.
    const length = Math.max(0, end - start - 1);
    if (length === 0)
        return '';
    const bytes = Buffer.alloc(length);
    const { bytesRead } = await file.read(bytes, 0, length, start);
    return sha256Hex(bytes.subarray(0, bytesRead));
}
