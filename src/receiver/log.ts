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
import { mkdir, open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LOG_FILE, formatLine, listSegments, parseLine, readLines, segmentName, sha256Hex } from './chain.js';
import { acquireLock } from './lock.js';
import { CHECKPOINT, cutTornTail, indexName, openSegments, readRefs, syncDirectory, writeAll, writeDurably } from './segments.js';
import { ActiveIndex, idBytes } from './segment-index.js';
import type { SealedIndex } from './segment-index.js';
import { QUIET_EVENTS, Unavailable, matches } from './store.js';
import type { AppendResult, ProofStore, SelectQuery, StoreEvents, StoreStats } from './store.js';

export type { AppendResult };

export interface LogOptions {
  /** Receipts waiting for the next write at most; beyond it appends are refused (503). Default 20000. */
  maxQueue?: number;
  /** Seal a segment and start the next past this many bytes. Default 16 MiB. */
  segmentBytes?: number;
  events?: StoreEvents;
}

interface Pending {
  key: string;
  record: Record<string, unknown>;
  resolve: (result: AppendResult) => void;
  reject: (err: unknown) => void;
}

/** Bounds one write: big enough for any burst, small enough to keep one batch's latency sane. */
const MAX_BATCH = 2000;
const DEFAULT_SEGMENT_BYTES = 16 << 20;
/** Offsets in an index are 32-bit. */
const MAX_SEGMENT_BYTES = 2 ** 31;

export class ProofLog implements ProofStore {
  private readonly pending: Pending[] = [];
  /** Receipt ids waiting in `pending` or in the write in progress: a duplicate waits for them. */
  private readonly inFlight = new Map<string, Promise<AppendResult>>();
  private writing: Promise<void> | null = null;
  private closed = false;
  /** Set when a failed write could not be rolled back: the file's tail is unknown. */
  private broken: unknown = null;
  private fsyncs = 0;
  private readonly maxQueue: number;
  private readonly segmentBytes: number;
  private readonly events: StoreEvents;

  private constructor(
    readonly dir: string,
    private segment: number,
    private file: FileHandle,
    private readonly sealed: SealedIndex[],
    private active: ActiveIndex,
    private seq: number,
    private head: string,
    /** Bytes of the current segment acknowledged: readers never look past it, a failed write is cut back to it. */
    private size: number,
    private readonly tornBytes: number,
    private readonly unlock: () => Promise<void>,
    options: LogOptions,
  ) {
    this.maxQueue = options.maxQueue ?? 20_000;
    this.segmentBytes = Math.min(options.segmentBytes ?? DEFAULT_SEGMENT_BYTES, MAX_SEGMENT_BYTES);
    this.events = options.events ?? QUIET_EVENTS;
  }

  /** The current segment's path. */
  get path(): string {
    return join(this.dir, segmentName(this.segment));
  }

  /** Opens (creating if needed) the log in `dir`: checks the chain after the checkpoint, loads the indexes. */
  static async open(dir: string, options: LogOptions = {}): Promise<ProofLog> {
    const absolute = resolve(dir);
    await mkdir(absolute, { recursive: true });
    const unlock = await acquireLock(absolute);
    try {
      let segments = await listSegments(absolute);
      if (segments.length === 0) {
        await (await open(join(absolute, LOG_FILE), 'a')).close();
        await syncDirectory(absolute);
        segments = [LOG_FILE];
      }
      const last = segments[segments.length - 1]!;
      const { sealed, active, walker, size, torn } = await openSegments(absolute, segments);
      if (torn > 0) await cutTornTail(join(absolute, last), size, torn);
      const file = await open(join(absolute, last), 'a');
      const number = Number(/\d{6}/.exec(last)![0]);
      const log = new ProofLog(absolute, number, file, sealed, active, walker.count, walker.head, size, torn, unlock, options);
      await log.writeCheckpoint();
      return log;
    } catch (err) {
      await unlock();
      throw err;
    }
  }

  /**
   * Stores `record` under `key` (the receipt id) once. Resolves 'stored' after it is on disk,
   * 'duplicate' if the key was stored before (or is being stored: then after that is on disk).
   */
  append(key: string, record: object): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Unavailable('the proof log is closed'));
    if (this.broken) return Promise.reject(new Error('the proof log is unusable after a failed write'));
    if (this.isStored(key)) return Promise.resolve('duplicate');
    const original = this.inFlight.get(key);
    if (original) return original.then(() => 'duplicate');
    if (this.pending.length >= this.maxQueue) return Promise.reject(new Unavailable('the receiver is busy', 1));
    const promise = new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ key, record: record as Record<string, unknown>, resolve, reject });
    });
    this.inFlight.set(key, promise);
    if (!this.writing) this.writing = this.drain();
    return promise;
  }

  private isStored(key: string): boolean {
    if (this.active.has(key)) return true;
    if (this.sealed.length === 0) return false;
    const bytes = idBytes(key);
    return this.sealed.some((index) => index.has(bytes));
  }

  /**
   * Acknowledged records (not tombstones), oldest first. A consent id is looked up in the
   * indexes and only its lines are read; a time range reads the segments in bounded memory.
   */
  async *select(query: SelectQuery): AsyncGenerator<Record<string, unknown>> {
    const segments = Array.from({ length: this.sealed.length + 1 }, (_, i) => segmentName(this.segment - this.sealed.length + i));
    for (const [i, name] of segments.entries()) {
      const path = join(this.dir, name);
      const isActive = i === this.sealed.length;
      const limit = isActive ? this.size : Infinity;
      if (query.consentId !== undefined) {
        const refs = isActive
          ? this.active.lines(query.consentId)
          : this.sealed[i]!.lines(idBytes(query.consentId.toLowerCase()));
        if (refs.length === 0) continue;
        const file = await open(path, 'r');
        try {
          for (const bytes of await readRefs(
            file,
            refs.filter((r) => r.offset + r.length <= limit),
          )) {
            const line = parseLine(bytes);
            if (typeof line !== 'string' && line.record && matches(line.record, query)) yield line.record;
          }
        } finally {
          await file.close();
        }
        continue;
      }
      for await (const raw of readLines(path, limit)) {
        const line = parseLine(raw.bytes);
        if (typeof line !== 'string' && line.record && matches(line.record, query)) yield line.record;
      }
    }
  }

  stats(): StoreStats {
    return { records: this.seq, fsyncs: this.fsyncs, recoveredTornBytes: this.tornBytes, queued: this.pending.length };
  }

  healthy(): boolean {
    return !this.closed && !this.broken && this.pending.length < this.maxQueue;
  }

  /** Refuses new appends, waits for queued ones to reach the disk, writes the checkpoint, closes. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.writing) await this.writing;
    if (!this.broken) await this.writeCheckpoint().catch(() => undefined);
    await this.file.close();
    await this.unlock();
  }

  private async writeCheckpoint(): Promise<void> {
    const checkpoint = { segment: segmentName(this.segment), offset: this.size, seq: this.seq, head: this.head };
    await writeDurably(join(this.dir, CHECKPOINT), `${JSON.stringify(checkpoint)}\n`);
  }

  /** Writes batches until the queue is empty. Only one drain runs at a time. */
  private async drain(): Promise<void> {
    while (this.pending.length > 0 && !this.broken) {
      await this.writeBatch(this.pending.splice(0, MAX_BATCH));
      if (this.size >= this.segmentBytes && !this.broken) await this.rotate().catch((err) => this.fault(err));
    }
    for (const item of this.pending.splice(0)) this.settle(item, this.broken);
    this.writing = null;
  }

  /** Seals the current segment (its index beside it) and continues the chain in a new one. */
  private async rotate(): Promise<void> {
    const index = this.active.seal();
    await writeDurably(join(this.dir, indexName(segmentName(this.segment))), index.serialize(this.size));
    const next = await open(join(this.dir, segmentName(this.segment + 1)), 'a');
    await syncDirectory(this.dir);
    await this.file.close();
    this.file = next;
    this.segment += 1;
    this.sealed.push(index);
    this.active = new ActiveIndex();
    this.size = 0;
    await this.writeCheckpoint();
  }

  private fault(err: unknown): void {
    this.broken = err;
    this.events.trouble('log-failed', { error: String((err as Error)?.message ?? err) });
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    let seq = this.seq;
    let head = this.head;
    const lines: string[] = [];
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
    } catch (err) {
      this.events.trouble('log-write-failed', { error: String((err as Error)?.message ?? err), receipts: batch.length });
      await this.rollBack(err);
      for (const item of batch) this.settle(item, err);
      return;
    }
    this.events.committed((performance.now() - started) / 1000, batch.length);
    let offset = this.size;
    for (const [i, item] of batch.entries()) {
      const length = Buffer.byteLength(lines[i]!);
      this.active.add(item.key, String(item.record.consentId), { offset, length });
      offset += length + 1;
    }
    this.seq = seq;
    this.head = head;
    this.size += bytes.length;
    for (const item of batch) this.settle(item, null);
  }

  /** Cuts a half-done write back to the acknowledged size, so the chain stays whole. */
  private async rollBack(err: unknown): Promise<void> {
    try {
      await this.file.truncate(this.size);
      await this.file.datasync();
    } catch {
      this.fault(err);
    }
  }

  private settle(item: Pending, err: unknown): void {
    this.inFlight.delete(item.key);
    if (err) item.reject(err);
    else item.resolve('stored');
  }
}
