/**
 * Proof of consent (SPEC §7): every decision becomes a receipt, kept in this browser's
 * IndexedDB and delivered to the controller's endpoint exactly once, whatever the network does.
 *
 * Never delays the page or the visitor's click: receipts are written and sent after the
 * decision has taken effect. Never forgets a receipt that was not acknowledged with a 2xx: it
 * stays queued in IndexedDB and is retried with back-off, on later page loads too.
 */
import { type UseStore } from 'idb-keyval';
import type { Config, Consent, Receipt } from '../types.js';
export declare const WIDGET = "samtykke@1.0.0";
/** A random v4 UUID. getRandomValues exists outside secure contexts too (randomUUID does not). */
export declare function uuid(): string;
/**
 * JSON with object keys sorted at every depth, arrays in order, no undefined: one text per notice.
 * Each object is rebuilt with its own keys in sorted order. (Keys that look like array indices
 * would still come first in number order; a notice has none: every id and language starts with
 * a letter.)
 */
export declare const canonical: (v: unknown) => string;
/**
 * What the visitor was shown, as plain data: the notice's controller, summary, categories,
 * services, purposes, rights and authority, every text resolved to the shown language.
 * `noticeHash` is the SHA-256 of `canonical(shownNotice(config, language))`; docs/receipts.md
 * shows how a controller recomputes it.
 */
export declare function shownNotice(c: Config, lang: string): unknown;
/**
 * `sha256:<hex>`. WebCrypto exists only in secure contexts (https, localhost): on a plain-http
 * page this rejects and no receipt is made (the decision itself still holds); the console says so.
 */
export declare function sha256(text: string): Promise<string>;
export interface ProofOptions {
    config: Config;
    language: () => string;
    emit(receipt: Receipt, status: 'delivered' | 'queued'): void;
    /** Injected for tests; defaults to samtykke's own IndexedDB store. */
    store?: UseStore;
}
export interface Proof {
    /** Makes, keeps and sends the receipt of a decision. Resolves when it is safely queued. */
    record(c: Consent, previous: Consent | null): Promise<Receipt>;
    history(): Promise<Receipt[]>;
    /** Tries every undelivered receipt now (due or not). */
    flush(force?: boolean): Promise<void>;
}
export declare function createProof(o: ProofOptions): Proof;
