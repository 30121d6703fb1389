import { truncateIp } from './ip.js';
import { clientAddress, trustedHops } from './client.js';
import { refuseUnread, sendError } from './http.js';
/** How long a request waits for a store still opening before it gets 503. */
const OPENING_WAIT_MS = 2000;
/** One structured log line, stamped now. */
export function logEntry(level, event, detail = {}) {
    return { time: new Date().toISOString(), level, event, ...detail };
}
/** The client's address, truncated; taken from X-Forwarded-For only behind trusted proxies (client.ts). */
export function clientIp(options, req) {
    return truncateIp(clientAddress(trustedHops(options.trustProxy), req));
}
/**
 * Counts a refusal in /metrics without a log line: rate limits and wrong tokens, which a flood
 * or a guessing client would otherwise turn into a flood of log lines.
 */
export function refuseQuietly(context, req, res, status, reason, error, headers) {
    context.counts.rejected += 1;
    context.metrics.refused.inc({ status: String(status), reason });
    refuseUnread(req, res, status, error, headers);
}
/** 429 when `client`'s bucket is empty: true if answered. `take`: a request costs a token. */
export function tooMany(context, req, res, buckets, client, headers, take = true) {
    const wait = buckets === null ? 0 : take ? buckets.take(client) : buckets.waiting(client);
    if (wait === 0)
        return false;
    const error = 'too many requests from this client; try again later';
    refuseQuietly(context, req, res, 429, 'rate-limited', error, { ...headers, 'retry-after': String(wait) });
    return true;
}
/** Logs and counts a 4xx. `unread`: the body was not (fully) read: answer and cut the connection. */
export function refuse(context, req, res, status, reason, error, headers = {}, unread = false) {
    context.counts.rejected += 1;
    context.metrics.refused.inc({ status: String(status), reason });
    context.logger(logEntry('warn', 'refused', {
        status,
        reason,
        error,
        method: req.method,
        url: req.url,
        ip: clientIp(context.options, req),
        origin: req.headers.origin,
    }));
    if (unread)
        refuseUnread(req, res, status, error, headers);
    else
        sendError(res, status, error, headers);
}
/** Logs and counts a 503, telling the client when to retry. */
export function unavailable(context, req, res, error, retryAfter, headers) {
    context.counts.unavailable += 1;
    context.metrics.unavailable.inc();
    const ip = clientIp(context.options, req);
    context.logger(logEntry('warn', 'unavailable', { status: 503, error, method: req.method, url: req.url, ip }));
    refuseUnread(req, res, 503, error, { ...headers, 'retry-after': String(retryAfter) });
}
/** The store once open; null if it is not open within a short wait (the caller answers 503). */
export async function openStore(context) {
    if (context.state.store)
        return context.state.store;
    let timer;
    const waited = new Promise((resolve) => (timer = setTimeout(resolve, OPENING_WAIT_MS)));
    await Promise.race([context.opening.catch(() => undefined), waited]);
    clearTimeout(timer);
    return context.state.store;
}
/** The receiver's counts with the store's own (zeros while the store is not open). */
export function receiverStats(context) {
    const storeStats = context.state.store?.stats() ?? {};
    return {
        ...context.counts,
        records: storeStats.records ?? 0,
        fsyncs: storeStats.fsyncs ?? 0,
        queued: storeStats.queued ?? 0,
    };
}
