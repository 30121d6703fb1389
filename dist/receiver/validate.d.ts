import { RECEIPT_FIELDS } from '../receipt/schema.js';
import type { Receipt } from '../receipt/schema.js';
export { RECEIPT_FIELDS };
export type { Receipt, Method, Via } from '../receipt/schema.js';
/** `validateReceipt`'s answer: the typed receipt, or the first reason it is not one (for a 400). */
export type Validation = {
    ok: true;
    receipt: Receipt;
} | {
    ok: false;
    error: string;
};
export declare function isUuid(value: unknown): value is string;
/** An ISO 8601 UTC date-time that names a real instant (no 30 February, no hour 24). */
export declare function isIsoUtc(value: unknown): value is string;
/**
 * The path of the first key named __proto__, constructor or prototype anywhere in a parsed
 * JSON value, or null. Iterative, because a 16 KiB body can nest thousands of levels deep.
 */
export declare function findForbiddenKey(root: unknown): string | null;
/** Checks a parsed JSON body against §7. The first problem found is the reason given. */
export declare function validateReceipt(body: unknown): Validation;
