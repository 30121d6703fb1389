/**
 * The hash chain of the proof log: how one line is written, how lines are read back from a
 * file, and how a whole log is checked (`samtykke-receiver verify DIR`).
 *
 * A line is `{"seq":N,"prev":"<hex>","record":{...}}`: `seq` counts from 1 and `prev` is the
 * SHA-256 of the previous line's exact bytes (without its newline), 64 zeros for the first.
 * An edited line breaks the next line's `prev`; a deleted, inserted or swapped line breaks
 * `seq`. What the chain cannot show alone is a change to the very last line or a cut at the
 * end: for that, keep the head hash that `verify` prints somewhere the log's writer cannot
 * reach (a ticket, an e-mail, another machine).
 *
 * A record removed by `purge` or `erase` leaves a tombstone line in its place:
 * `{"seq":N,"prev":"<hex>","hash":"<hex>","tombstone":{...}}`, where `hash` is the hash the
 * removed line had. The next line still links to it, so the chain verifies; what was removed,
 * when and why is in the tombstone (tombstone.ts). Every removal also appends a removal record,
 * `{"seq":N,"prev":"<hex>","removal":{...}}`, naming the lines it removed by seq and hash
 * (removal.ts): `verify` accepts a tombstone only when one names it.
 *
 * The log grows in segments (proofs-000001.jsonl, proofs-000002.jsonl, …): one chain running
 * through the files in name order.
 *
 * This module only reads files. It must never write to a log: repairing one is the receiver's
 * start-up job (log.ts), and only for a torn tail that was never acknowledged.
 */
import { createHash } from 'node:crypto';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { RemovalLedger, removalProblem, unnamedTombstone } from './removal.js';
export const ZERO_HASH = '0'.repeat(64);
/** The first segment of a log. */
export const LOG_FILE = 'proofs-000001.jsonl';
export const SEGMENT_PATTERN = /^proofs-(\d{6})\.jsonl$/;
/** The segment file name of number `n` (1-based). */
export function segmentName(n) {
    return `proofs-${String(n).padStart(6, '0')}.jsonl`;
}
/** The segment files in `dir`, in chain order. */
export async function listSegments(dir) {
    const names = await readdir(dir).catch(() => []);
    return names.filter((n) => SEGMENT_PATTERN.test(n)).sort();
}
const NEWLINE = 0x0a;
const CHUNK = 1 << 20;
const HEX64 = /^[0-9a-f]{64}$/;
/** The text of a tombstone line standing where a line with hash `hash` was. */
export function formatTombstone(seq, prev, hash, tombstone) {
    return `{"seq":${seq},"prev":"${prev}","hash":"${hash}","tombstone":${JSON.stringify(tombstone)}}`;
}
export function sha256Hex(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
}
/** The text of a removal record line (removal.ts). */
export function formatRemoval(seq, prev, removal) {
    return `{"seq":${seq},"prev":"${prev}","removal":${JSON.stringify(removal)}}`;
}
/** The exact text of one line (no newline). Field order is fixed: it is what gets hashed. */
export function formatLine(seq, prev, record) {
    return `{"seq":${seq},"prev":"${prev}","record":${JSON.stringify(record)}}`;
}
/**
 * Reads the lines of the first `limit` bytes of a file, a chunk at a time, so a log of any
 * size is read in bounded memory.
 */
export async function* readLines(path, limit = Infinity) {
    const file = await open(path, 'r');
    try {
        let carry = Buffer.alloc(0);
        let carryStart = 0;
        let position = 0;
        for (;;) {
            const want = Math.min(CHUNK, limit - position);
            if (want <= 0)
                break;
            const chunk = Buffer.alloc(want);
            const { bytesRead } = await file.read(chunk, 0, want, position);
            if (bytesRead === 0)
                break;
            position += bytesRead;
            const data = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
            let from = 0;
            for (let nl = data.indexOf(NEWLINE, from); nl !== -1; nl = data.indexOf(NEWLINE, from)) {
                yield { bytes: data.subarray(from, nl), start: carryStart + from, end: carryStart + nl + 1, complete: true };
                from = nl + 1;
            }
            carry = data.subarray(from);
            carryStart += from;
        }
        if (carry.length > 0)
            yield { bytes: carry, start: carryStart, end: carryStart + carry.length, complete: false };
    }
    finally {
        await file.close();
    }
}
/** Parses one line's bytes, or answers why it is not a chain line. */
export function parseLine(bytes) {
    let value;
    try {
        value = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        return 'not valid JSON';
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return 'not a log entry';
    const line = value;
    if (!Number.isSafeInteger(line.seq))
        return 'seq missing';
    if (typeof line.prev !== 'string')
        return 'prev missing';
    const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
    if (line.tombstone !== undefined) {
        if (!isObject(line.tombstone) ||
            typeof line.hash !== 'string' ||
            !HEX64.test(line.hash) ||
            line.record !== undefined ||
            line.removal !== undefined) {
            return 'tombstone malformed';
        }
        return line;
    }
    if (line.removal !== undefined) {
        if (line.record !== undefined)
            return 'removal record malformed';
        return removalProblem(line.removal) ?? line;
    }
    if (!isObject(line.record))
        return 'record missing';
    return line;
}
/**
 * Walks a chain line by line. Used by `verify` and by the receiver's start-up, which must
 * never append to a log whose chain does not hold.
 */
export class ChainWalker {
    /** Lines accepted so far (= the last accepted seq). */
    count = 0;
    /** Hash of the last accepted line: the next line's `prev`. */
    head = ZERO_HASH;
    /** Accepts the next line, or answers why it breaks the chain (the line number included). */
    accept(bytes) {
        const number = this.count + 1;
        const parsed = parseLine(bytes);
        if (typeof parsed === 'string')
            return { error: `line ${number}: ${parsed}` };
        if (parsed.seq !== number)
            return { error: `line ${number}: seq ${parsed.seq} expected ${number}` };
        if (parsed.prev !== this.head) {
            const what = number === 1 ? 'the start of the log (64 zeros)' : `line ${number - 1}`;
            return { error: `line ${number}: prev hash does not match ${what}` };
        }
        this.count = number;
        // A tombstone carries the hash of the line it replaced: the chain goes on from that.
        this.head = parsed.tombstone !== undefined ? parsed.hash : sha256Hex(bytes);
        return { line: parsed };
    }
}
/**
 * Checks every line of the log in `dir`: the chain, and that every tombstone is named by a
 * removal record after it. An empty or missing log verifies with 0 records.
 */
export async function verifyLog(dir) {
    const walker = new ChainWalker();
    const ledger = new RemovalLedger();
    const fail = (line, error) => ({ ok: false, records: walker.count, line, error });
    // Files continue one chain in name order: a rotation does not restart it.
    for (const name of await listSegments(dir)) {
        for await (const raw of readLines(join(dir, name))) {
            const number = walker.count + 1;
            const torn = raw.complete ? '' : ' (an unfinished last line: a crash mid-write; starting the receiver removes it)';
            const result = walker.accept(raw.bytes);
            if ('error' in result)
                return fail(number, result.error + torn);
            if (!raw.complete) {
                return { ok: false, records: number - 1, line: number, error: `line ${number}: no newline at the end${torn}` };
            }
            const { line } = result;
            if (line.tombstone !== undefined)
                ledger.tombstone(number, line.hash);
            if (line.removal !== undefined) {
                const problem = ledger.removal(line.removal);
                if (problem)
                    return fail(number, `line ${number}: the removal record ${problem}`);
            }
        }
    }
    const unnamed = ledger.unnamed();
    if (unnamed !== null)
        return fail(unnamed, unnamedTombstone(unnamed));
    const records = walker.count - ledger.removalCount;
    return { ok: true, records, tombstones: ledger.tombstoneCount, removals: ledger.removalCount, head: walker.head };
}
