/**
 * The answers and bookkeeping both request paths share (receipts in requests.ts, the operator's
 * endpoints in admin.ts): log lines, the client's address, refusals (401/403/429/503), the store
 * once open, the counts. A leaf of the two, so neither imports the other's helpers back.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProofStore } from './store.js';
import type { TokenBuckets } from './limits.js';
import type { ReceiverContext } from './context.js';
import type { Headers } from './http.js';
import type { LogEntry, RefusalReason } from './metrics.js';
import type { ReceiverOptions, ReceiverStats } from './options.js';
/** One structured log line, stamped now. */
export declare function logEntry(level: LogEntry['level'], event: string, detail?: Record<string, unknown>): LogEntry;
/** The client's address, truncated; taken from X-Forwarded-For only behind trusted proxies (client.ts). */
export declare function clientIp(options: ReceiverOptions, req: IncomingMessage): string | null;
/**
 * Counts a refusal in /metrics without a log line: rate limits and wrong tokens, which a flood
 * or a guessing client would otherwise turn into a flood of log lines.
 */
export declare function refuseQuietly(context: ReceiverContext, req: IncomingMessage, res: ServerResponse, status: number, reason: RefusalReason, error: string, headers: Headers): void;
/** 429 when `client`'s bucket is empty: true if answered. `take`: a request costs a token. */
export declare function tooMany(context: ReceiverContext, req: IncomingMessage, res: ServerResponse, buckets: TokenBuckets | null, client: string, headers: Headers, take?: boolean): boolean;
/** Logs and counts a 4xx. `unread`: the body was not (fully) read: answer and cut the connection. */
export declare function refuse(context: ReceiverContext, req: IncomingMessage, res: ServerResponse, status: number, reason: RefusalReason, error: string, headers?: Headers, unread?: boolean): void;
/** Logs and counts a 503, telling the client when to retry. */
export declare function unavailable(context: ReceiverContext, req: IncomingMessage, res: ServerResponse, error: string, retryAfter: number, headers: Headers): void;
/** The store once open; null if it is not open within a short wait (the caller answers 503). */
export declare function openStore(context: ReceiverContext): Promise<ProofStore | null>;
/** The receiver's counts with the store's own (zeros while the store is not open). */
export declare function receiverStats(context: ReceiverContext): ReceiverStats;
