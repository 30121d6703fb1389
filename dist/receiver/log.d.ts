export type AppendResult = 'stored' | 'duplicate';
export interface LogStats {
    /** Records in the log. */
    records: number;
    /** write+fdatasync rounds done: with group commit, far fewer than records. */
    fsyncs: number;
    /** Bytes cut off at start-up: an unfinished write left by a crash. */
    recoveredTornBytes: number;
}
export declare class ProofLog {
    readonly path: string;
    private readonly file;
    private readonly ids;
    private seq;
    private head;
    /** Bytes acknowledged: readers never look past it, a failed write is cut back to it. */
    private size;
    private readonly tornBytes;
    private readonly unlock;
    private readonly pending;
    /** Receipt ids waiting in `pending` or in the write in progress: a duplicate waits for them. */
    private readonly inFlight;
    private writing;
    private closed;
    /** Set when a failed write could not be rolled back: the file's tail is unknown. */
    private broken;
    private fsyncs;
    private constructor();
    /** Opens (creating if needed) the log in `dir`, checks its chain and rebuilds the index. */
    static open(dir: string, keyOf: (record: Record<string, unknown>) => string): Promise<ProofLog>;
    /**
     * Stores `record` under `key` (the receipt id) once. Resolves 'stored' after it is on disk,
     * 'duplicate' if the key was stored before (or is being stored: then after that is on disk).
     */
    append(key: string, record: object): Promise<AppendResult>;
    /** Acknowledged records, oldest first, for which `keep` is true. Reads in bounded memory. */
    select(keep: (record: Record<string, unknown>) => boolean): AsyncGenerator<Record<string, unknown>>;
    stats(): LogStats;
    /** Refuses new appends, waits for queued ones to reach the disk, closes the file. */
    close(): Promise<void>;
    /** Writes batches until the queue is empty. Only one drain runs at a time. */
    private drain;
    private writeBatch;
    /** Cuts a half-done write back to the acknowledged size, so the chain stays whole. */
    private rollBack;
    private settle;
}
