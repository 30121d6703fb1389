/**
 * Findings about proof receipts (SPEC §7) on a samtykke site with a notice: one receipt per
 * decision, each valid, none without a decision. Pure, like findings.ts, which calls it.
 */
import type { Config } from '../widget/types.js';
import type { Ctx, Findings } from './findings-list.js';
import type { ScenarioResult } from './types.js';
/** The receipt findings of one scenario, in the order: no endpoint, or invalid, missing, unexpected. */
export declare function receiptFindings(out: Findings, ctx: Ctx, s: ScenarioResult, config: Config): void;
