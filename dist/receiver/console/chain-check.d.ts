import type { ReceiverOptions } from '../options.js';
import type { ChainCheck } from './types.js';
/** Verifies the receiver's store now. */
export declare function checkChain(options: ReceiverOptions): Promise<ChainCheck>;
