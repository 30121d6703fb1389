/**
 * The proof receipt (SPEC §7) as one JSON Schema: the single contract that the receiver, the
 * audit and the tests check receipts against, and that the `Receipt` type describes.
 *
 * This module is plain data and types: no Node built-ins, no Ajv, nothing that runs. Browser
 * code may import it without pulling anything else in. Compiling the schema into a validator
 * is the job of the programs that check untrusted receipts (src/receiver, src/browser for the audit).
 *
 * `via`, `userActivation` and `subject` are optional: receipts made by older widgets, still
 * waiting in visitors' queues, lack them and must still be accepted. `userAgent` is optional: a
 * receipt that grants nothing beyond necessary proves no consent and carries none (SPEC §7).
 */
/** How a decision was made (SPEC §4, §7). */
export declare const METHODS: readonly ["accept-all", "reject-all", "custom", "gpc", "withdraw", "api"];
/** How a decision was made: `accept-all`, `reject-all`, `custom`, `gpc`, `withdraw` or `api`. */
export type Method = (typeof METHODS)[number];
/** Where a decision was made: the widget's banner, its dialog, a placeholder, the API, or the browser (GPC). */
export declare const VIA: readonly ["banner", "dialog", "placeholder", "api", "browser"];
/** Where a decision was made. */
export type Via = (typeof VIA)[number];
/** A UUID in its canonical 8-4-4-4-12 layout, either case. */
export declare const UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
/**
 * An ISO 8601 date-time in UTC ("Z"), as Date#toISOString() writes it. The format check
 * ("date-time") adds what a pattern cannot: no 30 February, no hour 24.
 */
export declare const UTC_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$";
/** The longest `subject` accepted: room for a keyed hash or a customer reference, not a document. */
export declare const MAX_SUBJECT_LENGTH = 256;
/**
 * The JSON Schema (draft-07) of a receipt. Each top-level property's `description` finishes the
 * sentence "<field> must be …", so a refusal can name the field and the rule in plain words.
 */
export declare const RECEIPT_SCHEMA: {
    readonly $id: "https://samtykke.dev/schema/receipt-v1.json";
    readonly title: "samtykke proof receipt, version 1 (SPEC §7)";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly required: readonly ["v", "receiptId", "consentId", "timestamp", "method", "revision", "noticeHash", "language", "controller", "categories", "services", "gpc", "url", "widget", "previousReceiptId", "expiresAt"];
    readonly properties: {
        readonly v: {
            readonly const: 1;
            readonly description: "1 (this receiver knows receipt version 1 only)";
        };
        readonly receiptId: {
            readonly description: "a UUID";
            readonly type: "string";
            readonly pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
        };
        readonly consentId: {
            readonly description: "a UUID";
            readonly type: "string";
            readonly pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
        };
        readonly timestamp: {
            readonly description: "an ISO 8601 UTC date-time";
            readonly type: "string";
            readonly pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$";
            readonly format: "date-time";
        };
        readonly method: {
            readonly type: "string";
            readonly enum: readonly ["accept-all", "reject-all", "custom", "gpc", "withdraw", "api"];
            readonly description: `one of ${string}`;
        };
        readonly revision: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 200;
            readonly description: "a string of 1 to 200 characters";
        };
        readonly noticeHash: {
            readonly type: "string";
            readonly pattern: "^sha256:[0-9a-f]{64}$";
            readonly description: "\"sha256:\" and 64 lowercase hex digits";
        };
        readonly language: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 35;
            readonly description: "a language tag of 1 to 35 characters";
        };
        readonly controller: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly required: readonly ["name"];
            readonly properties: {
                readonly name: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly maxLength: 300;
                };
                readonly orgNumber: {
                    readonly type: "string";
                    readonly minLength: 1;
                    readonly maxLength: 50;
                };
            };
            readonly description: "an object with a name (and an orgNumber)";
        };
        readonly categories: {
            readonly description: "an object of at most 200 category ids (1 to 64 characters) → booleans";
            readonly type: "object";
            readonly maxProperties: 200;
            readonly propertyNames: {
                readonly type: "string";
                readonly minLength: 1;
                readonly maxLength: 64;
            };
            readonly additionalProperties: {
                readonly type: "boolean";
            };
        };
        readonly services: {
            readonly description: "an object of at most 200 service ids (1 to 64 characters) → booleans";
            readonly type: "object";
            readonly maxProperties: 200;
            readonly propertyNames: {
                readonly type: "string";
                readonly minLength: 1;
                readonly maxLength: 64;
            };
            readonly additionalProperties: {
                readonly type: "boolean";
            };
        };
        readonly gpc: {
            readonly type: "boolean";
            readonly description: "true or false";
        };
        readonly url: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 2048;
            readonly pattern: "^https?://[^/?#\\s]+[^\\s]*$";
            readonly description: "an absolute http(s) URL of at most 2048 characters";
        };
        readonly userAgent: {
            readonly type: "string";
            readonly maxLength: 1024;
            readonly description: "a string of at most 1024 characters (left out when nothing beyond necessary is granted)";
        };
        readonly widget: {
            readonly type: "string";
            readonly minLength: 1;
            readonly maxLength: 100;
            readonly description: "a string of 1 to 100 characters";
        };
        readonly previousReceiptId: {
            readonly type: readonly ["string", "null"];
            readonly pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
            readonly description: "a UUID or null";
        };
        readonly expiresAt: {
            readonly description: "an ISO 8601 UTC date-time";
            readonly type: "string";
            readonly pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$";
            readonly format: "date-time";
        };
        readonly via: {
            readonly type: "string";
            readonly enum: readonly ["banner", "dialog", "placeholder", "api", "browser"];
            readonly description: `one of ${string}`;
        };
        readonly userActivation: {
            readonly type: "boolean";
            readonly description: "true or false";
        };
        readonly subject: {
            readonly type: readonly ["string", "null"];
            readonly minLength: 1;
            readonly maxLength: 256;
            readonly description: "a string of 1 to 256 characters, or null";
        };
    };
};
/** Every field a receipt may have, in the order a stored record lists them. */
export declare const RECEIPT_FIELDS: Array<keyof Receipt>;
/**
 * A receipt (SPEC §7). Written out for readable editor hints and declaration files;
 * test/receipt/schema-type.ts proves at compile time that it is exactly the type the schema
 * describes (json-schema-to-ts's FromSchema), so the two cannot drift apart.
 */
export interface Receipt {
    /** Format version of the receipt. */
    v: 1;
    /** Unique per decision (a UUID); a receiver dedupes on it. */
    receiptId: string;
    /** The visitor's `Consent.id`. */
    consentId: string;
    /** When the decision was made (ISO 8601). */
    timestamp: string;
    /** How it was made. */
    method: Method;
    /** The notice revision it answers. */
    revision: string;
    /** `sha256:…` of exactly what the visitor was shown, in that language. */
    noticeHash: string;
    /** The language the visitor was shown. */
    language: string;
    /** The controller the decision was given to. */
    controller: {
        name: string;
        orgNumber?: string;
    };
    /** Category id → granted. */
    categories: {
        [id: string]: boolean;
    };
    /** Service id → granted. */
    services: {
        [id: string]: boolean;
    };
    /** Whether the browser sent Global Privacy Control. */
    gpc: boolean;
    /** The page, origin and path only (no query, no fragment). */
    url: string;
    /** The browser's user agent string; absent when the receipt grants nothing beyond necessary. */
    userAgent?: string;
    /** The widget and its version, `samtykke@1.0.0`. */
    widget: string;
    /** The receipt of the decision this one replaces, or null. */
    previousReceiptId: string | null;
    /** When the decision stops counting (ISO 8601). */
    expiresAt: string;
    /** Where it was made: banner, dialog, placeholder, api, or browser (GPC). */
    via?: Via;
    /** Whether the page had a click or key press at that moment. */
    userActivation?: boolean;
    /** The site's opaque reference set with `identify()`, or null. */
    subject?: string | null;
}
