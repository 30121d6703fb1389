import { S as SamtykkeAPI } from './types/globals.js';
export { C as ChangeDetail, a as Consent, P as ProofDetail, R as ReadyDetail, b as SamtykkeEventMap, c as SamtykkeEventName } from './types/globals.js';
import { N as NoticeInput } from './types/validate.js';
export { v as validate } from './types/validate.js';
export { C as Category, a as Config, b as ConsentModeOptions, c as Controller, d as CookieOptions, L as LegalBasis, P as Purpose, R as Right, e as Role, S as Service, f as ServiceCookie, T as Text, g as TrackerRule, V as ValidationProblem, h as ValidationResult } from './types/schema.js';
export { M as Method, R as Receipt, V as Via } from './types/schema2.js';

/**
 * Entry of `samtykke` (dist/samtykke.mjs), for bundlers: `import { init } from 'samtykke'`.
 * `init(config)` starts everything the drop-in script starts and returns the API of SPEC §5;
 * the validator, the interface and the receipts are imported when needed, so a bundler splits
 * them out. Called again, it returns the first API (one decision per page).
 *
 * Importing it touches no DOM (it can be imported during server rendering); `init()` needs a
 * browser. `samtykke/core` is the same without the interface.
 */

/**
 * Starts samtykke with its visitor interface and returns its API (SPEC §5): the banner for a
 * visitor without a decision, the re-open control, iframe placeholders. The notice is validated
 * first: until it passes, nothing is granted; an invalid one is reported in the console and
 * everything stays closed. Called again, returns the same API.
 *
 * Languages: nb, nn and en are built in; import `samtykke/i18n/sv` (da, de) for the others.
 */
declare function init(config: NoticeInput): SamtykkeAPI;

export { NoticeInput, SamtykkeAPI, init };
