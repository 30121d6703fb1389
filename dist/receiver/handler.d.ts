import type { Receiver, ReceiverOptions } from './options.js';
export type { Receiver, ReceiverOptions, ReceiverStats, StoredRecord } from './options.js';
/**
 * Creates the proof receiver of SPEC §9: a `(req, res)` handler that validates each receipt
 * POSTed to `options.path` (default /consent-proofs), stores it durably (the hash-chained proof
 * log in `options.dataDir`, or PostgreSQL at `options.postgres`) and only then answers 200; it
 * also serves the Bearer export, /metrics, /healthz and the controller's console unless
 * `separateAdmin` moves them to `receiver.admin`. The store opens in the background: `ready`
 * settles when it has (requests meanwhile wait, then get 503 if it cannot open).
 *
 * @param options Where to store receipts and whom to accept them from (`ReceiverOptions`).
 * @returns The handler, with `ready`, `admin`, `close()` and `stats()`.
 * @throws TypeError when neither `dataDir` nor a valid `postgres` URL is given.
 */
export declare function createReceiver(options: ReceiverOptions): Receiver;
