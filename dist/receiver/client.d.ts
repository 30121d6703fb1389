/**
 * Who sent a request: the client's address, from the socket, or behind reverse proxies from
 * X-Forwarded-For. Each proxy appends the address it saw to the right of that header, and a
 * client can put anything to the left of it. So with `trustProxy: N` (N proxies of the
 * operator's own in front of the receiver) the client is the Nth entry from the right: the one
 * written by the outermost proxy the operator runs. The leftmost entry is the client's own
 * claim, never believed.
 */
import type { IncomingMessage } from 'node:http';
/** How many proxies to trust: a boolean `true` (the older option) means one. */
export declare function trustedHops(trustProxy: boolean | number | undefined): number;
/** The client's full address (for the rate limit; stored only truncated, ip.ts), or null. */
export declare function clientAddress(hops: number, req: IncomingMessage): string | null;
