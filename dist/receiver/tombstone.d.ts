/**
 * What is left of a record removed for storage limitation (`purge`) or erasure (`erase`), in
 * both backends: the record goes, its place in the hash chain stays. The chain links each
 * record's hash, and a tombstone keeps that hash, so `verify` still checks every link around it
 * and a removal is never mistaken for tampering; an edit or a deletion done by hand still is.
 *
 * A tombstone says what was removed, when and why, and nothing about the person: no receipt or
 * consent id, no subject, no IP.
 */
export interface Tombstone {
    /** What the line held before: always a receipt. */
    removed: 'receipt';
    /** retention: expiresAt plus the hold had passed; erasure: the person asked. */
    reason: 'retention' | 'erasure';
    /** How the records to remove were chosen: "expiresAt + 1095 days", "consentId", "subject". */
    rule: string;
    /** When it was removed (ISO 8601). */
    removedAt: string;
    /** When the receipt had arrived: the shape of the log over time stays visible. */
    receivedAt: string | null;
}
export declare function makeTombstone(record: Record<string, unknown>, reason: Tombstone['reason'], rule: string, now: Date): Tombstone;
/** Which records a purge or an erasure removes. */
export type Removal = {
    kind: 'retention';
    holdDays: number;
    now: Date;
} | {
    kind: 'erasure';
    consentId: string;
    now: Date;
} | {
    kind: 'erasure';
    subject: string;
    now: Date;
};
export declare const DEFAULT_HOLD_DAYS = 1095;
/** The rule as a tombstone names it. */
export declare function ruleOf(removal: Removal): string;
/** Whether `record` (a stored receipt) is one the removal takes away. */
export declare function isRemoved(record: Record<string, unknown>, removal: Removal): boolean;
