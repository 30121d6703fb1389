import type { ActiveIndex, SealedIndex } from './segment-index.js';
import type { SelectQuery } from './store.js';
/** The segments to read: the sealed ones with their indexes, then the active one. */
export interface Segments {
    /** Every segment's path, oldest first; the last is the active one. */
    paths: string[];
    sealed: SealedIndex[];
    active: ActiveIndex;
    /** Bytes of the active segment acknowledged: nothing past it is read. */
    activeSize: number;
}
/** Acknowledged records (not tombstones, not removal records) matching `query`, oldest first. */
export declare function selectRecords(query: SelectQuery, segments: Segments): AsyncGenerator<Record<string, unknown>>;
