/**
 * The receipts part (`samtykke-receipts.mjs`): fetched when a decision is made or a receipt from
 * an earlier page view is still waiting. IndexedDB (idb-keyval) comes with it, never before.
 */
import type { ReceiptsPart } from '../fast/parts.js';
import { createProof } from './proof.js';

export const createReceipts: ReceiptsPart['createReceipts'] = ({ notice, emit }) =>
  createProof({ endpoint: notice.proofEndpoint, notice, emit });

/**
 * Delivery alone needs nothing of the notice but its endpoint, so a returning visitor's queued
 * receipts go out without fetching the validator. (This keeper has no notice: it never records.)
 */
export const deliverQueued: ReceiptsPart['deliverQueued'] = (endpoint, emit) => createProof({ endpoint, emit }).flush(true);
