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
export interface RateLimit {
    /** Tokens added per minute. */
    perMinute: number;
    /** Tokens a bucket holds at most: how many requests may come at once. */
    burst: number;
}
export declare class TokenBuckets {
    private readonly limit;
    private readonly maxClients;
    private readonly now;
    private readonly buckets;
    constructor(limit: RateLimit, maxClients?: number, now?: () => number);
    /** Takes a token for `client`: 0 if it may go on, else the seconds until it may try again. */
    take(client: string): number;
    /** Like take() without taking: 0 if `client` has a token left. */
    waiting(client: string): number;
    private settle;
}
/** The key a client is limited by: an IPv4 address, or the first four groups (/64) of an IPv6 one. */
export declare function limitKey(address: string | null): string;
