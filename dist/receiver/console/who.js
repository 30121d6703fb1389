/**
 * Whom a search, a history, a download or an erasure is about: a consent id, a subject, and/or
 * a period, read from a query or form, with the reason when it is not valid.
 */
import { isUuid } from '../validate.js';
import { parsePeriod } from './format.js';
import { fingerprint } from './session.js';
/** The target of `query`, or why not. A subject is taken as given (it is the site's own reference). */
export function readTarget(query) {
    const consentId = (query.get('consentId') ?? '').trim();
    const subject = query.get('subject') ?? '';
    if (consentId && !isUuid(consentId))
        return { error: 'consentId must be a UUID' };
    if (subject.length > 200)
        return { error: 'subject must be at most 200 characters' };
    const period = parsePeriod(query, null);
    if (period !== null && 'error' in period)
        return period;
    return { consentId: consentId ? consentId.toLowerCase() : null, subject: subject || null, period };
}
/** The store query of a target. */
export function selectOf(target) {
    const query = {};
    if (target.consentId)
        query.consentId = target.consentId;
    if (target.subject)
        query.subject = target.subject;
    if (target.period)
        [query.from, query.to] = [target.period.fromMs, target.period.toMs];
    return query;
}
/** The target as query parameters (links to the next page, the downloads, the history). */
export function targetParams(target) {
    return {
        consentId: target.consentId ?? undefined,
        subject: target.subject ?? undefined,
        from: target.period?.from,
        to: target.period?.to,
    };
}
/** The target as the audit log records it: ids as fingerprints, never in clear. */
export function auditTarget(target) {
    const out = {};
    if (target.consentId)
        out.consentId = `sha256:${fingerprint(target.consentId, 16)}`;
    if (target.subject)
        out.subject = `sha256:${fingerprint(target.subject, 16)}`;
    if (target.period)
        [out.from, out.to] = [target.period.from, target.period.to];
    return out;
}
