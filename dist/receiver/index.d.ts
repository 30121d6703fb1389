/**
 * The receiver's public API (`samtykke/receiver`): the request handler, the chain checks and
 * the retention commands. Only re-exports: nothing here may start a server or touch the disk
 * on import.
 */
export { createReceiver } from './handler.js';
export type { Receiver, ReceiverOptions, ReceiverStats, StoredRecord } from './handler.js';
export { verifyLog } from './chain.js';
export { verifyPg, removePg } from './pg-admin.js';
export { removeFromLog } from './file-admin.js';
export type { VerifyResult } from './chain.js';
export type { Removal, Tombstone } from './tombstone.js';
export { validateReceipt } from './validate.js';
export type { AuditEntry, AuditAction } from './console/audit.js';
export type { Receipt, Validation } from './validate.js';
export type { LogEntry, Logger } from './logger.js';
