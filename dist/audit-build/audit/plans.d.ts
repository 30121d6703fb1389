import { type ScenarioPlan, type SiteInfo } from '../browser/session.js';
export declare function noInteraction(): ScenarioPlan;
/** The plans that apply: all for a samtykke site with a valid notice, else only the first. */
export declare function plans(info: SiteInfo): ScenarioPlan[];
