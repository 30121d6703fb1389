/**
 * Opening a segmented file log: the checkpoint, the indexes, and the walk that rebuilds them.
 *
 * `checkpoint.json` records a point up to which the chain was verified: a segment, an offset
 * in it, and the seq and hash of the last line before it. It is written when a segment is
 * sealed, after start-up and at a clean close. Start-up loads the sealed segments' indexes and
 * verifies only the lines after the checkpoint, so it takes the same time for a log of ten
 * records or ten million; `samtykke-receiver verify` still walks the whole chain.
 *
 * Without a usable checkpoint (an older log, or one that does not fit the files) the whole
 * chain is verified once and the indexes and checkpoint are written anew.
 */
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ChainWalker, LOG_FILE, listSegments, parseLine, readLines } from './chain.js';
import { SegmentGuard } from './segment-guard.js';
import { ActiveIndex, SealedIndex, leadingIds } from './segment-index.js';
export const CHECKPOINT = 'checkpoint.json';
export const indexName = (segment) => segment.replace(/\.jsonl$/, '.idx');
/** Writes a small file so that a crash leaves either the old or the new one, never half. */
export async function writeDurably(path, bytes) {
    const temporary = `${path}.tmp`;
    // 0600: the proof log and what is derived from it are personal data, for the receiver only.
    const file = await open(temporary, 'w', 0o600);
    try {
        await file.writeFile(bytes);
        await file.sync();
    }
    finally {
        await file.close();
    }
    await rename(temporary, path);
}
export async function readCheckpoint(dir) {
    try {
        const value = JSON.parse(await readFile(join(dir, CHECKPOINT), 'utf8'));
        if (typeof value.segment !== 'string' || !Number.isSafeInteger(value.offset) || !Number.isSafeInteger(value.seq))
            return null;
        if (typeof value.head !== 'string')
            return null;
        return value;
    }
    catch {
        return null;
    }
}
export async function removeDerived(dir, segments) {
    await unlink(join(dir, CHECKPOINT)).catch(() => undefined);
    for (const segment of segments)
        await unlink(join(dir, indexName(segment))).catch(() => undefined);
}
export class BrokenLog extends Error {
}
/**
 * Walks one segment: feeds lines at or after `verifyFrom` to the walker (which checks them),
 * indexes every record line. Stops at a torn tail when `last`, else a broken line throws.
 */
async function walkSegment(path, walker, verifyFrom, last) {
    const { size: fileSize } = await stat(path);
    const active = new ActiveIndex();
    let size = 0;
    let lastLineStart = 0;
    for await (const raw of readLines(path)) {
        if (!raw.complete && last)
            break;
        const ref = { offset: raw.start, length: raw.bytes.length };
        if (raw.start < verifyFrom) {
            const text = Buffer.from(raw.bytes).toString('utf8');
            const ids = leadingIds(text);
            if (ids)
                active.add(ids.receiptId.toLowerCase(), ids.consentId, ref);
            else
                indexParsed(active, parseLine(raw.bytes), ref);
        }
        else {
            const result = walker.accept(raw.bytes);
            if ('error' in result) {
                // Garbage as the very last line is what a power cut mid-write can leave behind.
                if (last && raw.end === fileSize && result.error.endsWith('not valid JSON'))
                    break;
                throw new BrokenLog(`the proof log ${path} does not verify (${result.error}); refusing to append to it. ` +
                    'Run `samtykke-receiver verify` on it, keep it as evidence, and start on a new directory.');
            }
            indexParsed(active, result.line, ref);
        }
        lastLineStart = raw.start;
        size = raw.end;
    }
    return { active, size, torn: fileSize - size, lastLineStart };
}
function indexParsed(active, line, ref) {
    if (typeof line === 'string' || !line.record)
        return;
    active.add(String(line.record.receiptId).toLowerCase(), String(line.record.consentId), ref);
}
async function loadIndex(dir, segment) {
    try {
        const [bytes, { size }] = await Promise.all([readFile(join(dir, indexName(segment))), stat(join(dir, segment))]);
        return SealedIndex.parse(bytes, size);
    }
    catch {
        return null;
    }
}
/** Opens the chain of `segments` (at least one) in `dir`: from the checkpoint when it fits. */
export async function openSegments(dir, segments) {
    const last = segments[segments.length - 1];
    const checkpoint = await readCheckpoint(dir);
    if (checkpoint && checkpoint.segment === last) {
        const sealed = [];
        for (const segment of segments.slice(0, -1)) {
            const index = (await loadIndex(dir, segment)) ?? (await rebuildIndex(dir, segment));
            sealed.push(index);
        }
        const walker = new ChainWalker();
        walker.count = checkpoint.seq;
        walker.head = checkpoint.head;
        const { size: fileSize } = await stat(join(dir, last));
        if (checkpoint.offset <= fileSize) {
            try {
                const { active, size, torn, lastLineStart } = await walkSegment(join(dir, last), walker, checkpoint.offset, true);
                return { sealed, active, walker, size, torn, lastLineStart };
            }
            catch (err) {
                // The lines after the checkpoint do not continue from it: check everything, from the start.
                if (!(err instanceof BrokenLog))
                    throw err;
            }
        }
    }
    return openFromScratch(dir, segments);
}
async function openFromScratch(dir, segments) {
    const walker = new ChainWalker();
    const sealed = [];
    for (const [i, segment] of segments.entries()) {
        const isLast = i === segments.length - 1;
        const { active, size, torn, lastLineStart } = await walkSegment(join(dir, segment), walker, 0, isLast);
        if (isLast)
            return { sealed, active, walker, size, torn, lastLineStart };
        if (torn > 0)
            throw new BrokenLog(`the proof log segment ${segment} ends in an unfinished line but is not the last one`);
        const index = active.seal();
        await writeDurably(join(dir, indexName(segment)), index.serialize(size));
        sealed.push(index);
    }
    throw new Error('openSegments needs at least one segment');
}
/** Indexes a sealed segment from its lines (its chain is checked by the full walk elsewhere). */
async function rebuildIndex(dir, segment) {
    const { active, size } = await walkSegment(join(dir, segment), new ChainWalker(), Infinity, false);
    const index = active.seal();
    await writeDurably(join(dir, indexName(segment)), index.serialize(size));
    return index;
}
/** Opens the log in `dir` (created if empty) for appending; the caller holds its lock. */
export async function openForAppend(dir) {
    let segments = await listSegments(dir);
    if (segments.length === 0) {
        await (await open(join(dir, LOG_FILE), 'a', 0o600)).close();
        await syncDirectory(dir);
        segments = [LOG_FILE];
    }
    const last = segments[segments.length - 1];
    const opened = await openSegments(dir, segments);
    if (opened.torn > 0)
        await cutTornTail(join(dir, last), opened.size, opened.torn);
    // a+: appended to, and read back by the guard.
    const file = await open(join(dir, last), 'a+', 0o600);
    try {
        const guard = await SegmentGuard.read(file, opened.lastLineStart, opened.size);
        return { ...opened, number: Number(/\d{6}/.exec(last)[0]), file, guard };
    }
    catch (err) {
        await file.close();
        throw err;
    }
}
/** Reads the lines at `refs` of one segment file. */
export async function readRefs(file, refs) {
    const out = [];
    for (const ref of refs) {
        const bytes = Buffer.alloc(ref.length);
        await file.read(bytes, 0, ref.length, ref.offset);
        out.push(bytes);
    }
    return out;
}
/**
 * Removes an unfinished tail, keeping a copy of its bytes beside the log first: the cut is
 * meant for crash debris, and if it ever was something else, the evidence is not destroyed.
 */
export async function cutTornTail(path, size, length) {
    const repair = await open(path, 'r+');
    try {
        const tail = Buffer.alloc(length);
        await repair.read(tail, 0, length, size);
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        await writeDurably(`${path}.torn-${stamp}`, tail);
        await repair.truncate(size);
        await repair.sync();
    }
    finally {
        await repair.close();
    }
}
export async function writeAll(file, bytes) {
    let offset = 0;
    while (offset < bytes.length) {
        const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
    }
}
/** Makes a new file's directory entry durable too; not possible (nor needed) on every OS. */
export async function syncDirectory(dir) {
    try {
        const handle = await open(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // Windows cannot open a directory for syncing; NTFS journals the entry itself.
    }
}
