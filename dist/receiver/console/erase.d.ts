import type { ReceiverContext } from '../context.js';
export type Erasure = {
    consentId: string;
} | {
    subject: string;
};
/** Erases the receipts of one person; answers how many. */
export declare function erase(receiver: ReceiverContext, who: Erasure): Promise<number>;
