import type { AppendResult, LogOptions, ProofStore, SelectQuery, StoreStats } from './store.js';
/**
 * The file backend of the receiver's store (`createReceiver({ dataDir })`): open it with
 * `ProofLog.open(dir)`, which takes the directory's lock (one writer per log) and refuses a
 * broken chain. `append` resolves only once the record is durable; `close` before exit.
 */
export declare class ProofLog implements ProofStore {
    readonly dir: string;
    private readonly lock;
    private readonly pending;
    /** Receipt ids waiting in `pending` or in the write in progress: a duplicate waits for them. */
    private readonly inFlight;
    private writing;
    private closed;
    /** Set when a failed write could not be rolled back: the file's tail is unknown. */
    private broken;
    /** Set while the last write failed (and was rolled back): /healthz is 503 until one succeeds. */
    private lastWriteFailed;
    private fsyncs;
    private readonly maxQueue;
    private readonly segmentBytes;
    private readonly events;
    private segment;
    private file;
    private readonly sealed;
    private active;
    private seq;
    private head;
    /** Bytes of the current segment acknowledged: readers never look past it, a failed write is cut back to it. */
    private size;
    private readonly tornBytes;
    /** The check, before each batch, that the segment is as this writer left it. */
    private readonly guard;
    private constructor();
    /** The current segment's path. */
    get path(): string;
    /** Opens (creating if needed) the log in `dir`: checks the chain after the checkpoint, loads the indexes. */
    static open(dir: string, options?: LogOptions): Promise<ProofLog>;
    /**
     * Stores `record` under `key` (the receipt id) once. Resolves 'stored' after it is on disk,
     * 'duplicate' if the key was stored before (or is being stored: then after that is on disk).
     */
    append(key: string, record: object): Promise<AppendResult>;
    private isStored;
    /**
     * Acknowledged records (not tombstones), oldest first. A consent id is looked up in the
     * indexes and only its lines are read; a time range reads the segments in bounded memory.
     */
    select(query: SelectQuery): AsyncGenerator<Record<string, unknown>>;
    /** Records in the log, durable writes so far, bytes cut off at start-up and appends waiting. */
    stats(): StoreStats;
    /** Open, not broken, and the queue has room: an append now would be taken (else 503). */
    accepting(): boolean;
    /** Accepting, and the last write succeeded: a full disk turns /healthz red until a write works again. */
    healthy(): boolean;
    /** Refuses new appends, waits for queued ones to reach the disk, writes the checkpoint, closes. */
    close(): Promise<void>;
    private writeCheckpoint;
    private writeCheckpointAt;
    /** Writes batches until the queue is empty. Only one drain runs at a time. */
    private drain;
    /**
     * Seals the current segment (its index beside it) and continues the chain in a new one. A
     * failure (a full disk) changes nothing that counts: the chain goes on in the current segment,
     * and the next batch tries again, so a failed rotation never needs a restart.
     */
    private rotate;
    /** Stops all writing for good (the file's state is unknown, or not this writer's). */
    fault(err: unknown): void;
    private writeBatch;
    /** Cuts a half-done write back to the acknowledged size, so the chain stays whole. */
    private rollBack;
    private settle;
}
