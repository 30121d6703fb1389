/**
 * The receiver's request handling (SPEC §9): routing, storing a receipt, the operator endpoints
 * and the refusals, all working on one receiver's shared `ReceiverContext` (created by
 * `createReceiver` in handler.ts), so that several receivers in one process never share state.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProofStore } from './store.js';
import type { Receipt } from '../receipt/schema.js';
import type { TokenBuckets } from './limits.js';
import type { ReceiverContext } from './context.js';
import type { Headers } from './http.js';
import type { LogEntry, RefusalReason } from './metrics.js';
import type { ReceiverOptions, ReceiverStats, StoredRecord } from './options.js';
export type { ReceiverContext, ReceiverState, RequestCounts } from './context.js';
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
/**
 * What is stored of a receipt. One that grants nothing beyond necessary (a refusal, GPC, a
 * withdrawal) proves no consent, so nothing about the person comes with it: no IP prefix, and no
 * user agent, even from an older widget that still sends one (SPEC §7; GDPR art. 5(1)(c)).
 */
export declare function storedRecord(receipt: Receipt, ip: string | null): StoredRecord;
/** The store once open; null if it is not open within a short wait (the caller answers 503). */
export declare function openStore(context: ReceiverContext): Promise<ProofStore | null>;
/** The receiver's counts with the store's own (zeros while the store is not open). */
export declare function receiverStats(context: ReceiverContext): ReceiverStats;
/** Answers one request: the operator endpoints, then the receipts path with CORS, by method. */
export declare function route(context: ReceiverContext, req: IncomingMessage, res: ServerResponse): Promise<void>;
