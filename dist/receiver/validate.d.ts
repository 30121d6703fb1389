/**
 * The proof receipt's schema (SPEC §7), checked field by field on untrusted input.
 *
 * Answers either the receipt, rebuilt from the fields it knows, or one reason that names the
 * offending field, so a widget developer can see at once what their endpoint refused.
 * It must never accept a field it does not know, never coerce a value into shape (a receipt is
 * evidence: it is stored as sent or not at all) and never touch anything but the value it is
 * handed (no I/O, no globals).
 */
/**
 * The receipt as src/types.ts declares it. Mirrored here because the receiver is compiled on
 * its own (rootDir src/receiver); test/receiver/schema.test.mjs fails if the two drift apart.
 */
export interface Receipt {
    v: 1;
    receiptId: string;
    consentId: string;
    timestamp: string;
    method: Method;
    revision: string;
    noticeHash: string;
    language: string;
    controller: {
        name: string;
        orgNumber?: string;
    };
    categories: Record<string, boolean>;
    services: Record<string, boolean>;
    gpc: boolean;
    url: string;
    userAgent: string;
    widget: string;
    previousReceiptId: string | null;
    expiresAt: string;
}
export type Method = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'withdraw' | 'api';
export type Validation = {
    ok: true;
    receipt: Receipt;
} | {
    ok: false;
    error: string;
};
/** The fields of §7, in the order a stored record lists them. */
export declare const RECEIPT_FIELDS: readonly ["v", "receiptId", "consentId", "timestamp", "method", "revision", "noticeHash", "language", "controller", "categories", "services", "gpc", "url", "userAgent", "widget", "previousReceiptId", "expiresAt"];
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
