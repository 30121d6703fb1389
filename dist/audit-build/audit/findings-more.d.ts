import { type OutdatedPreset } from '../catalogue/catalogue.js';
import { type SiteContext } from '../browser/classify.js';
import type { Finding, ScenarioResult } from './types.js';
/**
 * The findings above for a samtykke site with a valid notice; `earlier` are findings.ts's (a
 * tracker already reported as an undeclared third party is not reported twice).
 */
export declare function moreFindings(scenarios: ScenarioResult[], site: SiteContext, samtykke: boolean, earlier: Finding[], notes?: string[], outdatedOf?: (notice: unknown) => OutdatedPreset[]): Finding[];
