/** How many proxies to trust: a boolean `true` (the older option) means one. */
export function trustedHops(trustProxy) {
    if (trustProxy === true)
        return 1;
    if (typeof trustProxy === 'number' && Number.isInteger(trustProxy) && trustProxy > 0)
        return trustProxy;
    return 0;
}
/** The client's full address (for the rate limit; stored only truncated, ip.ts), or null. */
export function clientAddress(hops, req) {
    if (hops > 0) {
        const header = req.headers['x-forwarded-for'];
        // Node joins repeated X-Forwarded-For headers with ", ", in order.
        const text = Array.isArray(header) ? header.join(',') : header;
        const entries = (text ?? '')
            .split(',')
            .map((entry) => entry.trim())
            .filter(Boolean);
        if (entries.length > 0) {
            // Fewer entries than proxies: every entry was written by a trusted proxy; the leftmost is the client.
            return entries[Math.max(0, entries.length - hops)];
        }
    }
    return req.socket.remoteAddress ?? null;
}
