/**
 * From evidence to findings: pure functions that compare what each scenario recorded with the
 * consent given in each of its phases and with what the notice declares, and say in plain words
 * what is wrong, why it matters and what to do. Each finding carries its evidence.
 *
 * The yardstick is the notice: on a samtykke site anything not declared as necessary is treated
 * as non-essential. Without a notice the audit cannot tell necessary from not, so it only flags
 * what it knows to be tracking (the known-tracker list, cross-site cookies).
 */
import type { Config } from '../widget/types.js';
import type { AxeViolation, Finding, ScenarioResult } from './types.js';
export { consentModeProblems, prominenceProblems, receiptProblems, type ReceiptExpectation } from './checks.js';
/** Every finding of an audit. `config` null: not a samtykke site, or an invalid notice. */
export declare function findings(scenarios: ScenarioResult[], config: Config | null, samtykke: boolean): Finding[];
export declare const axeText: (v: AxeViolation) => string;
