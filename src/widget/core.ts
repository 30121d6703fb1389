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
import type { SamtykkeAPI } from './fast/api.js';
import { startBundled } from './bundled.js';
import type { NoticeInput } from './types.js';
import './globals.js';

export type { SamtykkeAPI, SamtykkeEventMap, SamtykkeEventName } from './fast/api.js';
export type * from './types.js';
export { validate } from './notice/validate.js';

/**
 * Starts samtykke without an interface and returns its API (SPEC §5). The notice is validated
 * first: until it passes, nothing is granted; an invalid one is reported in the console and
 * everything stays closed. Called again, returns the same API.
 */
export function init(config: NoticeInput): SamtykkeAPI {
  return startBundled(config);
}
