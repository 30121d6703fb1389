import type { Receiver, ReceiverOptions } from './options.js';
export type { Receiver, ReceiverOptions, ReceiverStats, StoredRecord } from './options.js';
export declare function createReceiver(options: ReceiverOptions): Receiver;
