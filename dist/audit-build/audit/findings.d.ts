/**
 * From evidence to findings: pure functions that compare what each scenario recorded with the
 * consent given in each of its phases and with what the notice declares, and say in plain words
 * what is wrong, why it matters and what to do. Each finding carries its evidence.
 *
 * The yardstick is the notice: on a samtykke site anything not declared as necessary is treated
 * as non-essential. Without a notice the audit cannot tell necessary from not, so it only flags
 * what it knows to be tracking (the known-tracker list, cross-site cookies).
 */
import type { Config, Consent } from '../widget/types.js';
import type { AxeViolation, ButtonMeasure, DataLayerEntry, Finding, ReceiptRecord, ScenarioResult } from './types.js';
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
/** Every finding of an audit. `config` null: not a samtykke site, or an invalid notice. */
export declare function findings(scenarios: ScenarioResult[], config: Config | null, samtykke: boolean): Finding[];
export declare const axeText: (v: AxeViolation) => string;
