import type { Removal } from './tombstone.js';
/** Replaces the records `removal` selects with tombstones and records the removal; answers how many. */
export declare function removeFromLog(dir: string, removal: Removal): Promise<number>;
