/**
 * The receiver's request handling (SPEC §9): routing, storing a receipt, the operator endpoints
 * and the refusals, all working on one receiver's shared `ReceiverContext` (created by
 * `createReceiver` in handler.ts), so that several receivers in one process never share state.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Receipt } from '../receipt/schema.js';
import type { ReceiverContext } from './context.js';
import type { StoredRecord } from './options.js';
export type { ReceiverContext, ReceiverState, RequestCounts } from './context.js';
/**
 * What is stored of a receipt. One that grants nothing beyond necessary (a refusal, GPC, a
 * withdrawal) proves no consent, so nothing about the person comes with it: no IP prefix, and no
 * user agent, even from an older widget that still sends one (SPEC §7; GDPR art. 5(1)(c)).
 */
export declare function storedRecord(receipt: Receipt, ip: string | null): StoredRecord;
/** Answers one request: the operator endpoints, then the receipts path with CORS, by method. */
export declare function route(context: ReceiverContext, req: IncomingMessage, res: ServerResponse): Promise<void>;
