/**
 * Running one scenario plan in a fresh browser context, and checking the receipts of the
 * decisions it made (SPEC §7). Every scenario ends with what was recorded, whatever happened.
 */
import type { Browser } from 'playwright-core';
import type { ScenarioResult } from './types.js';
import { type Options, type ScenarioPlan, type SiteInfo } from '../browser/session.js';
export { noInteraction, plans } from './plans.js';
export type { Options, ScenarioPlan, SiteInfo } from '../browser/session.js';
export declare function emptyResult(plan: ScenarioPlan): ScenarioResult;
/** Runs a plan in a fresh context; whatever happens, returns what was recorded. */
export declare function runScenario(browser: Browser, plan: ScenarioPlan, info: SiteInfo, options: Options): Promise<ScenarioResult>;
