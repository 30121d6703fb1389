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

export function makeTombstone(record: Record<string, unknown>, reason: Tombstone['reason'], rule: string, now: Date): Tombstone {
  return {
    removed: 'receipt',
    reason,
    rule,
    removedAt: now.toISOString(),
    receivedAt: typeof record.receivedAt === 'string' ? record.receivedAt : null,
  };
}

/** Which records a purge or an erasure removes. */
export type Removal =
  | { kind: 'retention'; holdDays: number; now: Date }
  | { kind: 'erasure'; consentId: string; now: Date }
  | { kind: 'erasure'; subject: string; now: Date };

export const DEFAULT_HOLD_DAYS = 1095;
const DAY = 86_400_000;

/** The rule as a tombstone names it. */
export function ruleOf(removal: Removal): string {
  if (removal.kind === 'retention') return `expiresAt + ${removal.holdDays} days`;
  return 'consentId' in removal ? 'consentId' : 'subject';
}

/** Whether `record` (a stored receipt) is one the removal takes away. */
export function isRemoved(record: Record<string, unknown>, removal: Removal): boolean {
  if (removal.kind === 'retention') {
    const expires = typeof record.expiresAt === 'string' ? Date.parse(record.expiresAt) : NaN;
    return !Number.isNaN(expires) && expires + removal.holdDays * DAY <= removal.now.getTime();
  }
  if ('consentId' in removal) {
    return typeof record.consentId === 'string' && record.consentId.toLowerCase() === removal.consentId.toLowerCase();
  }
  return typeof record.subject === 'string' && record.subject === removal.subject;
}
