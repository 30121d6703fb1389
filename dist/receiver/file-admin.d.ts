import type { Removal } from './tombstone.js';
/** Replaces the records `removal` selects with tombstones; answers how many. */
export declare function removeFromLog(dir: string, removal: Removal): Promise<number>;
