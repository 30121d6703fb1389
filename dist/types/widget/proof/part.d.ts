/**
 * The receipts part (`samtykke-receipts.mjs`): fetched when a decision is made or a receipt from
 * an earlier page view is still waiting. IndexedDB (idb-keyval) comes with it, never before.
 */
import type { ReceiptsPart } from '../fast/parts.js';
export declare const createReceipts: ReceiptsPart['createReceipts'];
/**
 * Delivery alone needs nothing of the notice but its endpoint, so a returning visitor's queued
 * receipts go out without fetching the validator. (This instance never records: `record` is
 * the only part of a receipt keeper that reads the rest of the notice.)
 */
export declare const deliverQueued: ReceiptsPart['deliverQueued'];
