/**
 * The receiver's public API (`samtykke/receiver`): the request handler and the log check.
 * Only re-exports: nothing here may start a server or touch the disk on import.
 */
export { createReceiver } from './handler.js';
export type { Receiver, ReceiverOptions, ReceiverStats, StoredRecord } from './handler.js';
export { verifyLog } from './chain.js';
export { verifyPg } from './pg.js';
export type { VerifyResult } from './chain.js';
export { validateReceipt } from './validate.js';
export type { Receipt, Validation } from './validate.js';
