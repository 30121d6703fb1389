/**
 * The proof store: an append-only, hash-chained JSON-lines file (format in chain.ts) with
 * group commit, and the dedupe index of receipt ids.
 *
 * Promise kept to the HTTP layer: `append()` resolves only after the record's bytes are on
 * disk (write + fdatasync), so a 201 is never sent for a receipt a crash could lose. Requests
 * that arrive while one write+sync is running are queued and share the next one, so the disk's
 * sync latency bounds batches per second, not receipts per second.
 *
 * It must never rewrite or delete an acknowledged line. The one repair it makes is at start-up:
 * an unfinished last line (a crash mid-write, so never acknowledged) is cut off, its bytes kept
 * in `proofs-000001.jsonl.torn-<time>`. A log whose chain is broken anywhere else is refused,
 * never appended to.
 */
import { mkdir, open, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ChainWalker, LOG_FILE, formatLine, parseLine, readLines, sha256Hex } from './chain.js';
import { acquireLock } from './lock.js';
/** Bounds one write: big enough for any burst, small enough to keep one batch's latency sane. */
const MAX_BATCH = 2000;
export class ProofLog {
    path;
    file;
    ids;
    seq;
    head;
    size;
    tornBytes;
    unlock;
    pending = [];
    /** Receipt ids waiting in `pending` or in the write in progress: a duplicate waits for them. */
    inFlight = new Map();
    writing = null;
    closed = false;
    /** Set when a failed write could not be rolled back: the file's tail is unknown. */
    broken = null;
    fsyncs = 0;
    constructor(path, file, ids, seq, head, 
    /** Bytes acknowledged: readers never look past it, a failed write is cut back to it. */
    size, tornBytes, unlock) {
        this.path = path;
        this.file = file;
        this.ids = ids;
        this.seq = seq;
        this.head = head;
        this.size = size;
        this.tornBytes = tornBytes;
        this.unlock = unlock;
    }
    /** Opens (creating if needed) the log in `dir`, checks its chain and rebuilds the index. */
    static async open(dir, keyOf) {
        const absolute = resolve(dir);
        await mkdir(absolute, { recursive: true });
        const unlock = await acquireLock(absolute);
        try {
            const path = join(absolute, LOG_FILE);
            const existed = await stat(path).then(() => true, () => false);
            const { walker, ids, size, torn } = existed
                ? await scan(path, keyOf)
                : { walker: new ChainWalker(), ids: new Set(), size: 0, torn: 0 };
            if (torn > 0)
                await cutTornTail(path, size, torn);
            const file = await open(path, 'a');
            if (!existed)
                await syncDirectory(absolute);
            return new ProofLog(path, file, ids, walker.count, walker.head, size, torn, unlock);
        }
        catch (err) {
            await unlock();
            throw err;
        }
    }
    /**
     * Stores `record` under `key` (the receipt id) once. Resolves 'stored' after it is on disk,
     * 'duplicate' if the key was stored before (or is being stored: then after that is on disk).
     */
    append(key, record) {
        if (this.closed)
            return Promise.reject(new Error('the proof log is closed'));
        if (this.broken)
            return Promise.reject(new Error('the proof log is unusable after a failed write'));
        if (this.ids.has(key))
            return Promise.resolve('duplicate');
        const original = this.inFlight.get(key);
        if (original)
            return original.then(() => 'duplicate');
        const promise = new Promise((resolve, reject) => {
            this.pending.push({ key, record, resolve, reject });
        });
        this.inFlight.set(key, promise);
        if (!this.writing)
            this.writing = this.drain();
        return promise;
    }
    /** Acknowledged records, oldest first, for which `keep` is true. Reads in bounded memory. */
    async *select(keep) {
        for await (const raw of readLines(this.path, this.size)) {
            const line = parseLine(raw.bytes);
            if (typeof line !== 'string' && keep(line.record))
                yield line.record;
        }
    }
    stats() {
        return { records: this.seq, fsyncs: this.fsyncs, recoveredTornBytes: this.tornBytes };
    }
    /** Refuses new appends, waits for queued ones to reach the disk, closes the file. */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        while (this.writing)
            await this.writing;
        await this.file.close();
        await this.unlock();
    }
    /** Writes batches until the queue is empty. Only one drain runs at a time. */
    async drain() {
        while (this.pending.length > 0 && !this.broken) {
            await this.writeBatch(this.pending.splice(0, MAX_BATCH));
        }
        for (const item of this.pending.splice(0))
            this.settle(item, this.broken);
        this.writing = null;
    }
    async writeBatch(batch) {
        let seq = this.seq;
        let head = this.head;
        let text = '';
        for (const item of batch) {
            seq += 1;
            const line = formatLine(seq, head, item.record);
            head = sha256Hex(line);
            text += `${line}\n`;
        }
        const bytes = Buffer.from(text, 'utf8');
        try {
            await writeAll(this.file, bytes);
            await this.file.datasync();
            this.fsyncs += 1;
        }
        catch (err) {
            await this.rollBack(err);
            for (const item of batch)
                this.settle(item, err);
            return;
        }
        this.seq = seq;
        this.head = head;
        this.size += bytes.length;
        for (const item of batch) {
            this.ids.add(item.key);
            this.settle(item, null);
        }
    }
    /** Cuts a half-done write back to the acknowledged size, so the chain stays whole. */
    async rollBack(err) {
        try {
            await this.file.truncate(this.size);
            await this.file.datasync();
        }
        catch {
            this.broken = err;
        }
    }
    settle(item, err) {
        this.inFlight.delete(item.key);
        if (err)
            item.reject(err);
        else
            item.resolve('stored');
    }
}
/**
 * Reads an existing log: verifies the chain, collects the ids, and finds a torn tail. Throws if
 * the chain is broken anywhere but in an unfinished last line.
 */
async function scan(path, keyOf) {
    const { size: fileSize } = await stat(path);
    const walker = new ChainWalker();
    const ids = new Set();
    let size = 0;
    for await (const raw of readLines(path)) {
        // A line without its newline never finished, so it was never acknowledged.
        if (!raw.complete)
            break;
        const result = walker.accept(raw.bytes);
        if ('error' in result) {
            // Garbage as the very last line is what a power cut mid-write can leave behind.
            if (raw.end === fileSize && result.error.endsWith('not valid JSON'))
                break;
            throw new Error(`the proof log ${path} does not verify (${result.error}); refusing to append to it. ` +
                'Run `samtykke-receiver verify` on it, keep it as evidence, and start on a new directory.');
        }
        ids.add(keyOf(result.line.record));
        size = raw.end;
    }
    return { walker, ids, size, torn: fileSize - size };
}
/**
 * Removes an unfinished tail, keeping a copy of its bytes beside the log first: the cut is
 * meant for crash debris, and if it ever was something else, the evidence is not destroyed.
 */
async function cutTornTail(path, size, length) {
    const repair = await open(path, 'r+');
    try {
        const tail = Buffer.alloc(length);
        await repair.read(tail, 0, length, size);
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const copy = await open(`${path}.torn-${stamp}`, 'w');
        await copy.writeFile(tail);
        await copy.sync();
        await copy.close();
        await repair.truncate(size);
        await repair.sync();
    }
    finally {
        await repair.close();
    }
}
async function writeAll(file, bytes) {
    let offset = 0;
    while (offset < bytes.length) {
        const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
    }
}
/** Makes a new file's directory entry durable too; not possible (nor needed) on every OS. */
async function syncDirectory(dir) {
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
