import { ruleOf } from './tombstone.js';
/** Lines named per removal record at most: keeps each one a modest line (about 90 KB). */
export const REMOVALS_PER_RECORD = 1000;
const HEX64 = /^[0-9a-f]{64}$/;
/** The removal records for `removed` lines, in chain order, at most REMOVALS_PER_RECORD each. */
export function makeRemovals(removal, removed) {
    const records = [];
    for (let i = 0; i < removed.length; i += REMOVALS_PER_RECORD) {
        records.push({
            command: removal.kind === 'retention' ? 'purge' : 'erase',
            rule: ruleOf(removal),
            removedAt: removal.now.toISOString(),
            removed: removed.slice(i, i + REMOVALS_PER_RECORD),
        });
    }
    return records;
}
/** Whether `value` is a removal record's body; answers why not, or null. */
export function removalProblem(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return 'removal record malformed';
    const removed = value.removed;
    if (!Array.isArray(removed) || removed.length === 0)
        return 'removal record names no lines';
    for (const entry of removed) {
        if (!Number.isSafeInteger(entry?.seq) || typeof entry?.hash !== 'string' || !HEX64.test(entry.hash)) {
            return 'removal record names a line without seq and hash';
        }
    }
    return null;
}
/**
 * Matches tombstones with the removal records that name them, as `verify` walks the chain.
 * Holds the seq and hash of each tombstone seen (a purge of a million records: about 100 MB).
 */
export class RemovalLedger {
    allowPending;
    tombstones = new Map();
    /** Tombstones seen. */
    tombstoneCount = 0;
    /** Removal records seen. */
    removalCount = 0;
    /**
     * Lines a removal record names that were still records, when the ledger was made to allow
     * it (a purge or erase completing an interrupted one); else each is an error.
     */
    pending = new Set();
    constructor(allowPending = false) {
        this.allowPending = allowPending;
    }
    /** A tombstone at `seq` keeping `hash`. */
    tombstone(seq, hash) {
        this.tombstones.set(seq, { hash, named: false });
        this.tombstoneCount += 1;
    }
    /** A removal record; answers why it does not fit the lines before it, or null. */
    removal(record) {
        this.removalCount += 1;
        for (const { seq, hash } of record.removed) {
            const tombstone = this.tombstones.get(seq);
            if (!tombstone && this.allowPending) {
                this.pending.add(seq);
                continue;
            }
            if (!tombstone) {
                return `names seq ${seq} as removed, but it is not a tombstone (an interrupted purge or erase: run it again)`;
            }
            if (tombstone.hash !== hash)
                return `names seq ${seq} with a hash other than its tombstone's`;
            tombstone.named = true;
        }
        return null;
    }
    /** At the end of the chain: the first tombstone no removal record names, or null. */
    unnamed() {
        for (const [seq, tombstone] of this.tombstones)
            if (!tombstone.named)
                return seq;
        return null;
    }
}
/** The error for a tombstone no removal record names. */
export function unnamedTombstone(seq) {
    return `seq ${seq}: a tombstone that no removal record names (a record removed by hand, not by purge or erase)`;
}
