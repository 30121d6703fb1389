/**
 * The proof store: an append-only, hash-chained JSON-lines log (format in chain.ts) in segment
 * files, with group commit, a checkpoint and indexes (segments.ts, segment-index.ts).
 *
 * Promise kept to the HTTP layer: `append()` resolves only after the record's bytes are on
 * disk (write + fdatasync), so a 201 is never sent for a receipt a crash could lose. Requests
 * that arrive while one write+sync is running are queued (up to `maxQueue`) and share the next
 * one, so the disk's sync latency bounds batches per second, not receipts per second.
 *
 * Past `segmentBytes` the segment is sealed (its index written beside it) and the chain goes
 * on in the next file. It must never rewrite or delete an acknowledged line; `purge` and
 * `erase` (file-admin.ts) do that, with the receiver stopped. The one repair made here is at
 * start-up: an unfinished last line (a crash mid-write, so never acknowledged) is cut off, its
 * bytes kept beside the segment. A log whose chain is broken anywhere else is refused.
 */
import { mkdir, open, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatLine, segmentName, sha256Hex } from './chain.js';
import { selectRecords } from './log-select.js';
import { acquireLock } from './lock.js';
import { SegmentGuard } from './segment-guard.js';
import { CHECKPOINT, indexName, openForAppend, syncDirectory, writeAll, writeDurably } from './segments.js';
import { ActiveIndex, idBytes } from './segment-index.js';
import { QUIET_EVENTS, Unavailable } from './store.js';
const errorText = (err) => String(err?.message ?? err);
/** Bounds one write: big enough for any burst, small enough to keep one batch's latency sane. */
const MAX_BATCH = 2000;
const DEFAULT_SEGMENT_BYTES = 16 << 20;
/** Offsets in an index are 32-bit. */
const MAX_SEGMENT_BYTES = 2 ** 31;
/**
 * The file backend of the receiver's store (`createReceiver({ dataDir })`): open it with
 * `ProofLog.open(dir)`, which takes the directory's lock (one writer per log) and refuses a
 * broken chain. `append` resolves only once the record is durable; `close` before exit.
 */
export class ProofLog {
    dir;
    lock;
    pending = [];
    /** Receipt ids waiting in `pending` or in the write in progress: a duplicate waits for them. */
    inFlight = new Map();
    writing = null;
    closed = false;
    /** Set when a failed write could not be rolled back: the file's tail is unknown. */
    broken = null;
    /** Set while the last write failed (and was rolled back): /healthz is 503 until one succeeds. */
    lastWriteFailed = false;
    fsyncs = 0;
    maxQueue;
    segmentBytes;
    events;
    segment;
    file;
    sealed;
    active;
    seq;
    head;
    /** Bytes of the current segment acknowledged: readers never look past it, a failed write is cut back to it. */
    size;
    tornBytes;
    /** The check, before each batch, that the segment is as this writer left it. */
    guard;
    constructor(dir, at, lock, options) {
        this.dir = dir;
        this.lock = lock;
        ({ number: this.segment, file: this.file, sealed: this.sealed, active: this.active, guard: this.guard } = at);
        ({ count: this.seq, head: this.head } = at.walker);
        ({ size: this.size, torn: this.tornBytes } = at);
        this.maxQueue = options.maxQueue ?? 20_000;
        this.segmentBytes = Math.min(options.segmentBytes ?? DEFAULT_SEGMENT_BYTES, MAX_SEGMENT_BYTES);
        this.events = options.events ?? QUIET_EVENTS;
    }
    /** The current segment's path. */
    get path() {
        return join(this.dir, segmentName(this.segment));
    }
    /** Opens (creating if needed) the log in `dir`: checks the chain after the checkpoint, loads the indexes. */
    static async open(dir, options = {}) {
        const absolute = resolve(dir);
        // 0700/0600: receipts are personal data; nobody but the receiver's user reads them.
        await mkdir(absolute, { recursive: true, mode: 0o700 });
        let opened = null;
        const lock = await acquireLock(absolute, (why) => opened?.fault(new Error(`lost the lock on the proof log: ${why}`)));
        try {
            const log = new ProofLog(absolute, await openForAppend(absolute), lock, options);
            await log.writeCheckpoint();
            opened = log;
            return log;
        }
        catch (err) {
            await lock.release();
            throw err;
        }
    }
    /**
     * Stores `record` under `key` (the receipt id) once. Resolves 'stored' after it is on disk,
     * 'duplicate' if the key was stored before (or is being stored: then after that is on disk).
     */
    append(key, record) {
        if (this.closed)
            return Promise.reject(new Unavailable('the proof log is closed'));
        if (this.broken)
            return Promise.reject(new Unavailable(`the proof log stopped writing: ${errorText(this.broken)}`, 30));
        if (this.isStored(key))
            return Promise.resolve('duplicate');
        const original = this.inFlight.get(key);
        if (original)
            return original.then(() => 'duplicate');
        if (this.pending.length >= this.maxQueue)
            return Promise.reject(new Unavailable('the receiver is busy', 1));
        const promise = new Promise((resolve, reject) => {
            this.pending.push({ key, record: record, resolve, reject });
        });
        this.inFlight.set(key, promise);
        if (!this.writing)
            this.writing = this.drain();
        return promise;
    }
    isStored(key) {
        if (this.active.has(key))
            return true;
        if (this.sealed.length === 0)
            return false;
        const bytes = idBytes(key);
        return this.sealed.some((index) => index.has(bytes));
    }
    /**
     * Acknowledged records (not tombstones), oldest first. A consent id is looked up in the
     * indexes and only its lines are read; a time range reads the segments in bounded memory.
     */
    select(query) {
        const first = this.segment - this.sealed.length;
        return selectRecords(query, {
            paths: Array.from({ length: this.sealed.length + 1 }, (_, i) => join(this.dir, segmentName(first + i))),
            sealed: this.sealed,
            active: this.active,
            activeSize: this.size,
        });
    }
    /** Records in the log, durable writes so far, bytes cut off at start-up and appends waiting. */
    stats() {
        return { records: this.seq, fsyncs: this.fsyncs, recoveredTornBytes: this.tornBytes, queued: this.pending.length };
    }
    /** Open, not broken, and the queue has room: an append now would be taken (else 503). */
    accepting() {
        return !this.closed && !this.broken && this.pending.length < this.maxQueue;
    }
    /** Accepting, and the last write succeeded: a full disk turns /healthz red until a write works again. */
    healthy() {
        return this.accepting() && !this.lastWriteFailed;
    }
    /** Refuses new appends, waits for queued ones to reach the disk, writes the checkpoint, closes. */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        while (this.writing)
            await this.writing;
        if (!this.broken)
            await this.writeCheckpoint().catch(() => undefined);
        await this.file.close();
        await this.lock.release();
    }
    writeCheckpoint() {
        return this.writeCheckpointAt(segmentName(this.segment), this.size);
    }
    async writeCheckpointAt(segment, offset) {
        const checkpoint = { segment, offset, seq: this.seq, head: this.head };
        await writeDurably(join(this.dir, CHECKPOINT), `${JSON.stringify(checkpoint)}\n`);
    }
    /** Writes batches until the queue is empty. Only one drain runs at a time. */
    async drain() {
        while (this.pending.length > 0 && !this.broken) {
            await this.writeBatch(this.pending.splice(0, MAX_BATCH));
            if (this.size >= this.segmentBytes && !this.broken)
                await this.rotate();
        }
        for (const item of this.pending.splice(0))
            this.settle(item, this.broken);
        this.writing = null;
    }
    /**
     * Seals the current segment (its index beside it) and continues the chain in a new one. A
     * failure (a full disk) changes nothing that counts: the chain goes on in the current segment,
     * and the next batch tries again, so a failed rotation never needs a restart.
     */
    async rotate() {
        const nextPath = join(this.dir, segmentName(this.segment + 1));
        let next = null;
        try {
            const index = this.active.seal();
            await writeDurably(join(this.dir, indexName(segmentName(this.segment))), index.serialize(this.size));
            next = await open(nextPath, 'a+', 0o600);
            await syncDirectory(this.dir);
            await this.writeCheckpointAt(segmentName(this.segment + 1), 0);
            await this.file.close();
            this.file = next;
            this.segment += 1;
            this.sealed.push(index);
            this.active = new ActiveIndex();
            this.size = 0;
            this.guard.reset();
        }
        catch (err) {
            this.events.trouble('log-rotate-failed', { error: errorText(err), segment: this.path });
            if (next) {
                // The new file must not stay: a restart would take an empty file for the chain's end.
                await next.close().catch(() => undefined);
                await unlink(nextPath).catch(() => undefined);
            }
            // The checkpoint may name the new segment: put it back on the current one.
            await this.writeCheckpoint().catch(() => undefined);
        }
    }
    /** Stops all writing for good (the file's state is unknown, or not this writer's). */
    fault(err) {
        if (this.broken)
            return;
        this.broken = err;
        this.events.trouble('log-failed', { error: errorText(err) });
    }
    async writeBatch(batch) {
        const changed = await this.guard.check(this.file).catch((err) => `it cannot be read (${err.message})`);
        if (changed !== null) {
            // Someone else wrote here: appending would chain onto bytes this writer never checked.
            this.fault(new Error(`the proof log segment ${this.path} changed underneath the receiver: ${changed}; it stops writing`));
            for (const item of batch)
                this.settle(item, this.broken);
            return;
        }
        let seq = this.seq;
        let head = this.head;
        const lines = [];
        for (const item of batch) {
            seq += 1;
            const line = formatLine(seq, head, item.record);
            head = sha256Hex(line);
            lines.push(line);
        }
        const bytes = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
        const started = performance.now();
        try {
            await writeAll(this.file, bytes);
            await this.file.datasync();
            this.fsyncs += 1;
        }
        catch (err) {
            this.lastWriteFailed = true;
            this.events.trouble('log-write-failed', { error: errorText(err), receipts: batch.length });
            await this.rollBack(err);
            for (const item of batch)
                this.settle(item, err);
            return;
        }
        this.lastWriteFailed = false;
        this.events.committed((performance.now() - started) / 1000, batch.length);
        let offset = this.size;
        for (const [i, item] of batch.entries()) {
            const length = Buffer.byteLength(lines[i]);
            this.active.add(item.key, String(item.record.consentId), { offset, length });
            offset += length + 1;
        }
        const lastLength = Buffer.byteLength(lines[lines.length - 1]) + 1;
        this.seq = seq;
        this.head = head;
        this.size += bytes.length;
        this.guard.moved(this.size - lastLength, this.size, head);
        for (const item of batch)
            this.settle(item, null);
    }
    /** Cuts a half-done write back to the acknowledged size, so the chain stays whole. */
    async rollBack(err) {
        try {
            await this.file.truncate(this.size);
            await this.file.datasync();
        }
        catch {
            this.fault(err);
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
