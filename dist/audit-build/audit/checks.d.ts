/**
 * Checks of single things the audit saw: a receipt against SPEC §7 and the decision it proves,
 * the Consent Mode signals in `dataLayer`, and whether the first layer's buttons are equally
 * prominent. Each returns its problems in plain words (findings.ts turns them into findings).
 */
import type { Config, Consent } from '../widget/types.js';
import type { ButtonMeasure, DataLayerEntry, ReceiptRecord } from './types.js';
/** A plain object (not null, not an array). */
export declare const isObj: (v: unknown) => v is Record<string, unknown>;
export interface ReceiptExpectation {
    method: string;
    consent: Consent | null;
    gpc: boolean;
    /** The page the decision was made on. */
    pageUrl: string;
    config: Config;
    /** The receipt this decision replaces (its receiptId), when the scenario made one before. */
    previousReceiptId?: string | null;
}
/** What is wrong with a receipt against SPEC §7 and the decision it records (empty: nothing). */
export declare function receiptProblems(r: ReceiptRecord, e: ReceiptExpectation): string[];
/** Problems with Consent Mode in a dataLayer (empty: fine). */
export declare function consentModeProblems(dl: DataLayerEntry[] | null, expectDefault: boolean): {
    title: string;
    text: string;
}[];
/** Differences between the three first-layer buttons (empty: equal). */
export declare function prominenceProblems(buttons: ButtonMeasure[]): string[];
