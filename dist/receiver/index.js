/**
 * The receiver's public API (`samtykke/receiver`): the request handler, the chain checks and
 * the retention commands. Only re-exports: nothing here may start a server or touch the disk
 * on import.
 */
export { createReceiver } from './handler.js';
export { verifyLog } from './chain.js';
export { verifyPg, removePg } from './pg-admin.js';
export { removeFromLog } from './file-admin.js';
export { validateReceipt } from './validate.js';
