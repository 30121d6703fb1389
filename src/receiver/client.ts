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
export function trustedHops(trustProxy: boolean | number | undefined): number {
  if (trustProxy === true) return 1;
  if (typeof trustProxy === 'number' && Number.isInteger(trustProxy) && trustProxy > 0) return trustProxy;
  return 0;
}

/** The client's full address (for the rate limit; stored only truncated, ip.ts), or null. */
export function clientAddress(hops: number, req: IncomingMessage): string | null {
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
      return entries[Math.max(0, entries.length - hops)]!;
    }
  }
  return req.socket.remoteAddress ?? null;
}
