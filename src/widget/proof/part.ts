/**
 * The receipts part (`samtykke-receipts.mjs`): fetched when a decision is made or a receipt from
 * an earlier page view is still waiting. IndexedDB (idb-keyval) comes with it, never before.
 */
import type { ReceiptsPart } from '../fast/parts.js';
import type { Config } from '../types.js';
import { createProof } from './proof.js';

export const createReceipts: ReceiptsPart['createReceipts'] = ({ config, language, emit }) =>
  createProof({ config, language, emit });

/**
 * Delivery alone needs nothing of the notice but its endpoint, so a returning visitor's queued
 * receipts go out without fetching the validator. (This instance never records: `record` is
 * the only part of a receipt keeper that reads the rest of the notice.)
 */
export const deliverQueued: ReceiptsPart['deliverQueued'] = (endpoint, emit) =>
  createProof({ config: { proof: { endpoint } } as Config, language: () => '', emit }).flush(true);
