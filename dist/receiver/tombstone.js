export function makeTombstone(record, reason, rule, now) {
    return {
        removed: 'receipt',
        reason,
        rule,
        removedAt: now.toISOString(),
        receivedAt: typeof record.receivedAt === 'string' ? record.receivedAt : null,
    };
}
export const DEFAULT_HOLD_DAYS = 1095;
const DAY = 86_400_000;
/** The rule as a tombstone names it. */
export function ruleOf(removal) {
    if (removal.kind === 'retention')
        return `expiresAt + ${removal.holdDays} days`;
    return 'consentId' in removal ? 'consentId' : 'subject';
}
/** Whether `record` (a stored receipt) is one the removal takes away. */
export function isRemoved(record, removal) {
    if (removal.kind === 'retention') {
        const expires = typeof record.expiresAt === 'string' ? Date.parse(record.expiresAt) : NaN;
        return !Number.isNaN(expires) && expires + removal.holdDays * DAY <= removal.now.getTime();
    }
    if ('consentId' in removal) {
        return typeof record.consentId === 'string' && record.consentId.toLowerCase() === removal.consentId.toLowerCase();
    }
    return typeof record.subject === 'string' && record.subject === removal.subject;
}
