/**
 * Findings about what the visitor was told and how their decision was made, beside the evidence
 * of what ran (findings.ts):
 *
 * - a decision made through the API with no user activation (SPEC §7 `via: "api"`,
 *   `userActivation: false`): a page script "consented" for the visitor (on load, on scroll, on
 *   a timer), except the audit's own `set()`;
 * - a known tracker on the page that the notice does not declare: auto-blocking holds it
 *   whatever the visitor chooses (SPEC §2, §4), and the notice misses a service;
 * - a tracker iframe written untagged in the HTML without the frame policy: its request races
 *   auto-blocking, and tagging it avoids both the race and the policy's reload;
 * - a service expanded from an older version of its catalogue entry (`preset`);
 * - each warning the notice validator gives (SPEC §3: what GDPR art. 13 asks for and the notice
 *   lacks, an organisation number that fails its check, …), as the browser console shows it.
 *
 * Pure functions over the scenarios and the site, like findings.ts.
 */
import { type OutdatedPreset } from '../tools/catalogue.js';
import { type SiteContext } from './classify.js';
import type { Finding, ScenarioResult } from './types.js';
/**
 * The findings above for a samtykke site with a valid notice; `earlier` are findings.ts's (a
 * tracker already reported as an undeclared third party is not reported twice).
 */
export declare function moreFindings(scenarios: ScenarioResult[], site: SiteContext, samtykke: boolean, earlier: Finding[], notes?: string[], outdatedOf?: (notice: unknown) => OutdatedPreset[]): Finding[];
