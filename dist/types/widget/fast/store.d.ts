/**
 * The consent state machine: pure functions from (previous decision, choice, notice, clock) to
 * the next decision. No DOM, no I/O, no randomness of its own (ids and time are passed in), so
 * every transition is table-tested without a browser.
 *
 * It never grants anything the visitor did not choose: ids not named stay refused (or keep their
 * current value), necessary is always granted, and a stored decision that is expired, of another
 * revision, or from the future counts as no decision at all.
 */
import type { Consent, Method } from '../types.js';
export interface Notice {
    revision: string;
    /** Category ids, `necessary` included. */
    categories: string[];
    /** Service id → its category id. */
    services: Record<string, string>;
    expiresAfterDays: number;
}
export declare const NECESSARY = "necessary";
/** Is a stored decision still an answer to this notice? */
export declare function isCurrent(c: Consent | null, n: Notice, now: number): c is Consent;
/**
 * The decision that follows `prev` when the visitor (or the API) chooses.
 * - accept-all: every category and service granted.
 * - reject-all, withdraw, gpc: everything but necessary refused.
 * - custom, api: named ids take their value; a service not named follows its category when the
 *   category is named; everything else keeps its current value (refused before any decision).
 * Necessary (and its services) is always granted.
 */
export declare function decide(prev: Consent | null, method: Method, choices: Record<string, boolean>, n: Notice, now: number, newId: () => string): Consent;
/** Is a category (and, if named, a service within it) granted by this decision? */
export declare function isGranted(c: Consent | null, category: string, service?: string): boolean;
/** Ids (categories, then services) whose granted value differs between two decisions. */
export declare function changedIds(prev: Consent | null, next: Consent | null): string[];
/** Ids granted before and refused now: what a withdrawal must clean up after. */
export declare function withdrawnIds(prev: Consent | null, next: Consent): string[];
