export const QUIET_EVENTS = { committed: () => undefined, trouble: () => undefined };
/** The store cannot take a record now; try again after `retryAfter` seconds. */
export class Unavailable extends Error {
    retryAfter;
    constructor(message, retryAfter = 5) {
        super(message);
        this.retryAfter = retryAfter;
        this.name = 'Unavailable';
    }
}
/** Whether a stored record matches an export query (for stores that filter in this process). */
export function matches(record, query) {
    if (query.consentId !== undefined) {
        if (typeof record.consentId !== 'string' || record.consentId.toLowerCase() !== query.consentId)
            return false;
    }
    if (query.subject !== undefined && record.subject !== query.subject)
        return false;
    if (query.from !== undefined || query.to !== undefined) {
        const at = typeof record.receivedAt === 'string' ? Date.parse(record.receivedAt) : NaN;
        if (Number.isNaN(at))
            return false;
        if (query.from !== undefined && at < query.from)
            return false;
        if (query.to !== undefined && at >= query.to)
            return false;
    }
    return true;
}
