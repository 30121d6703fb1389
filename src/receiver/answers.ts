/**
 * The answers and bookkeeping both request paths share (receipts in requests.ts, the operator's
 * endpoints in admin.ts): log lines, the client's address, refusals (401/403/429/503), the store
 * once open, the counts. A leaf of the two, so neither imports the other's helpers back.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProofStore, StoreStats } from './store.js';
import { truncateIp } from './ip.js';
import { clientAddress, trustedHops } from './client.js';
import type { TokenBuckets } from './limits.js';
import type { ReceiverContext } from './context.js';
import { refuseUnread, sendError } from './http.js';
import type { Headers } from './http.js';
import type { LogEntry, RefusalReason } from './metrics.js';
import type { ReceiverOptions, ReceiverStats } from './options.js';

/** How long a request waits for a store still opening before it gets 503. */
const OPENING_WAIT_MS = 2000;

/** One structured log line, stamped now. */
export function logEntry(level: LogEntry['level'], event: string, detail: Record<string, unknown> = {}): LogEntry {
  return { time: new Date().toISOString(), level, event, ...detail };
}

/** The client's address, truncated; taken from X-Forwarded-For only behind trusted proxies (client.ts). */
export function clientIp(options: ReceiverOptions, req: IncomingMessage): string | null {
  return truncateIp(clientAddress(trustedHops(options.trustProxy), req));
}

/**
 * Counts a refusal in /metrics without a log line: rate limits and wrong tokens, which a flood
 * or a guessing client would otherwise turn into a flood of log lines.
 */
export function refuseQuietly(
  context: ReceiverContext,
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  reason: RefusalReason,
  error: string,
  headers: Headers,
) {
  context.counts.rejected += 1;
  context.metrics.refused.inc({ status: String(status), reason });
  refuseUnread(req, res, status, error, headers);
}

/** 429 when `client`'s bucket is empty: true if answered. `take`: a request costs a token. */
export function tooMany(
  context: ReceiverContext,
  req: IncomingMessage,
  res: ServerResponse,
  buckets: TokenBuckets | null,
  client: string,
  headers: Headers,
  take = true,
): boolean {
  const wait = buckets === null ? 0 : take ? buckets.take(client) : buckets.waiting(client);
  if (wait === 0) return false;
  const error = 'too many requests from this client; try again later';
  refuseQuietly(context, req, res, 429, 'rate-limited', error, { ...headers, 'retry-after': String(wait) });
  return true;
}

/** Logs and counts a 4xx. `unread`: the body was not (fully) read: answer and cut the connection. */
export function refuse(
  context: ReceiverContext,
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  reason: RefusalReason,
  error: string,
  headers: Headers = {},
  unread = false,
) {
  context.counts.rejected += 1;
  context.metrics.refused.inc({ status: String(status), reason });
  context.logger(
    logEntry('warn', 'refused', {
      status,
      reason,
      error,
      method: req.method,
      url: req.url,
      ip: clientIp(context.options, req),
      origin: req.headers.origin,
    }),
  );
  if (unread) refuseUnread(req, res, status, error, headers);
  else sendError(res, status, error, headers);
}

/** Logs and counts a 503, telling the client when to retry. */
export function unavailable(
  context: ReceiverContext,
  req: IncomingMessage,
  res: ServerResponse,
  error: string,
  retryAfter: number,
  headers: Headers,
) {
  context.counts.unavailable += 1;
  context.metrics.unavailable.inc();
  const ip = clientIp(context.options, req);
  context.logger(logEntry('warn', 'unavailable', { status: 503, error, method: req.method, url: req.url, ip }));
  refuseUnread(req, res, 503, error, { ...headers, 'retry-after': String(retryAfter) });
}

/** The store once open; null if it is not open within a short wait (the caller answers 503). */
export async function openStore(context: ReceiverContext): Promise<ProofStore | null> {
  if (context.state.store) return context.state.store;
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, OPENING_WAIT_MS)));
  await Promise.race([context.opening.catch(() => undefined), waited]);
  clearTimeout(timer);
  return context.state.store;
}

/** The receiver's counts with the store's own (zeros while the store is not open). */
export function receiverStats(context: ReceiverContext): ReceiverStats {
  const storeStats: Partial<StoreStats> = context.state.store?.stats() ?? {};
  return {
    ...context.counts,
    records: storeStats.records ?? 0,
    fsyncs: storeStats.fsyncs ?? 0,
    queued: storeStats.queued ?? 0,
  };
}
