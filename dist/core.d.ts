import { S as SamtykkeAPI } from './types/globals.js';
export { C as ChangeDetail, a as Consent, P as ProofDetail, R as ReadyDetail, b as SamtykkeEventMap, c as SamtykkeEventName } from './types/globals.js';
import { N as NoticeInput } from './types/validate.js';
export { v as validate } from './types/validate.js';
export { C as Category, a as Config, b as ConsentModeOptions, c as Controller, d as CookieOptions, L as LegalBasis, P as Purpose, R as Right, e as Role, S as Service, f as ServiceCookie, T as Text, g as TrackerRule, V as ValidationProblem, h as ValidationResult } from './types/schema.js';
export { M as Method, R as Receipt, V as Via } from './types/schema2.js';

/**
 * Entry of `samtykke/core` (dist/core.mjs), the headless widget for bundlers: the decision,
 * gating and auto-blocking, Consent Mode, the events and the API of SPEC §5, receipts, and the
 * validator, with no visitor interface (no Lit, no strings, no widget element, no
 * placeholders). The page draws its own banner and calls `acceptAll()`, `rejectAll()` or
 * `set()`; those decisions are recorded with `via: "api"`.
 *
 * Importing it touches no DOM (it can be imported during server rendering); `init()` needs a
 * browser.
 */

/**
 * Starts samtykke without an interface and returns its API (SPEC §5). The notice is validated
 * first: until it passes, nothing is granted; an invalid one is reported in the console and
 * everything stays closed. Called again, returns the same API.
 */
declare function init(config: NoticeInput): SamtykkeAPI;

export { NoticeInput, SamtykkeAPI, init };
