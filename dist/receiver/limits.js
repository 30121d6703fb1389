/**
 * Per-client token buckets: what keeps one client from filling the proof log with forged
 * receipts, or from guessing the export token at thousands of tries a second.
 *
 * Each client (an IPv4 address, or an IPv6 /64: one household or one server often has a whole
 * /64) has a bucket of `burst` tokens refilled at `perMinute`; a request takes one, and an empty
 * bucket answers 429 with Retry-After (the widget keeps the receipt queued and retries: nothing
 * is lost, SPEC §7). Refusals are counted in /metrics, not logged one line each: a flood must
 * not become a flood of log lines. Memory is bounded: at most `maxClients` buckets, the least
 * recently seen dropped first (a dropped client starts again with a full bucket).
 */
const DEFAULT_MAX_CLIENTS = 100_000;
export class TokenBuckets {
    limit;
    maxClients;
    now;
    buckets = new Map();
    constructor(limit, maxClients = DEFAULT_MAX_CLIENTS, now = Date.now) {
        this.limit = limit;
        this.maxClients = maxClients;
        this.now = now;
    }
    /** Takes a token for `client`: 0 if it may go on, else the seconds until it may try again. */
    take(client) {
        return this.settle(client, true);
    }
    /** Like take() without taking: 0 if `client` has a token left. */
    waiting(client) {
        return this.settle(client, false);
    }
    settle(client, take) {
        const now = this.now();
        const perMs = this.limit.perMinute / 60_000;
        const bucket = this.buckets.get(client) ?? { tokens: this.limit.burst, at: now };
        bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * perMs);
        bucket.at = now;
        // Re-inserted: a Map iterates in insertion order, so the first key is the least recently seen.
        this.buckets.delete(client);
        this.buckets.set(client, bucket);
        if (this.buckets.size > this.maxClients)
            this.buckets.delete(this.buckets.keys().next().value);
        if (bucket.tokens >= 1) {
            if (take)
                bucket.tokens -= 1;
            return 0;
        }
        return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    }
}
/** The key a client is limited by: an IPv4 address, or the first four groups (/64) of an IPv6 one. */
export function limitKey(address) {
    if (!address)
        return 'unknown';
    const text = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
    if (!text.includes(':'))
        return text;
    const [head = '', tail = ''] = text.toLowerCase().split('::');
    const front = head ? head.split(':') : [];
    const back = tail ? tail.split(':') : [];
    const groups = text.includes('::')
        ? [...front, ...Array(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back]
        : front;
    return `${groups
        .slice(0, 4)
        .map((g) => g.replace(/^0+(?=.)/, ''))
        .join(':')}::/64`;
}
