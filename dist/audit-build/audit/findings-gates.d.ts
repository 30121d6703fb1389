import type { SiteContext } from '../browser/classify.js';
import type { Finding, ScenarioResult } from './types.js';
/** The findings above, for a samtykke site with a valid notice. */
export declare function gateFindings(scenarios: ScenarioResult[], site: SiteContext): Finding[];
