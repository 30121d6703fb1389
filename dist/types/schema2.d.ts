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
declare const METHODS: readonly ["accept-all", "reject-all", "custom", "gpc", "withdraw", "api"];
/** How a decision was made: `accept-all`, `reject-all`, `custom`, `gpc`, `withdraw` or `api`. */
type Method = (typeof METHODS)[number];
/** Where a decision was made: the widget's banner, its dialog, a placeholder, the API, or the browser (GPC). */
declare const VIA: readonly ["banner", "dialog", "placeholder", "api", "browser"];
/** Where a decision was made. */
type Via = (typeof VIA)[number];
/**
 * A receipt (SPEC §7). Written out for readable editor hints and declaration files;
 * test/receipt/schema-type.ts proves at compile time that it is exactly the type the schema
 * describes (json-schema-to-ts's FromSchema), so the two cannot drift apart.
 */
interface Receipt {
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

export type { Method as M, Receipt as R, Via as V };
