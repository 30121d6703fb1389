/**
 * Making a decision, in its fixed order: validate the notice, compute the next decision, write
 * the cookie, apply it to the page, tell other tabs, clean up after a withdrawal, keep and send
 * the receipt, and reload after a withdrawal. Fetched with the validator, because every decision
 * needs both; a page view that makes no decision never downloads it.
 *
 * It never records a decision for a notice the validator refused, and never grants what the
 * notice does not declare (the state machine only knows the notice's ids).
 */
import type { Provenance, ReceiptKeeper } from '../fast/controller.js';
import type { RuntimeNotice } from '../fast/notice.js';
import type { Config, Consent, Method } from '../types.js';
/** Everything a decision touches, passed in by the fast path's controller (and by tests). */
export interface DecisionContext {
    notice: RuntimeNotice;
    config: Config;
    previous: Consent | null;
    /** What the cookie held even if stale: its id is kept. */
    stored: Consent | null;
    method: Method;
    choices: Record<string, boolean>;
    provenance: Provenance;
    subject: string | null;
    /** Applies the decision to the page: gates, Consent Mode, events, listeners. */
    apply(next: Consent, previous: Consent | null): void;
    tellOtherTabs(): void;
    receipts(config: Config): Promise<ReceiptKeeper>;
    reload(): void;
    now(): number;
    /** Cookie I/O and the id source, replaceable in tests. */
    io?: {
        write(consent: Consent): void;
        read(): Consent | null;
        deleteCookies(names: string[], patterns: RegExp[]): void;
        newId(): string;
    };
}
/** The cookie names and patterns of the services a withdrawal refuses: what code that already ran left behind. */
export declare function cookiesToDelete(config: Config, withdrawn: string[], next: Consent): {
    names: string[];
    patterns: RegExp[];
};
export declare function makeDecision(context: DecisionContext): Consent;
