/**
 * The receiver's public API (`samtykke/receiver`): the request handler and the log check.
 * Only re-exports: nothing here may start a server or touch the disk on import.
 */
export { createReceiver } from './handler.js';
export { verifyLog } from './chain.js';
export { verifyPg } from './pg.js';
export { validateReceipt } from './validate.js';
