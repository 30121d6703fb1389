/**
 * Entry of `samtykke` (dist/samtykke.mjs), for bundlers: `import { init } from 'samtykke'`.
 * `init(config)` starts everything the drop-in script starts and returns the API of SPEC §5;
 * the validator, the interface and the receipts are imported when needed, so a bundler splits
 * them out. Called again, it returns the first API (one decision per page).
 *
 * Importing it touches no DOM (it can be imported during server rendering); `init()` needs a
 * browser. `samtykke/core` is the same without the interface.
 */
import type { SamtykkeAPI } from './fast/api.js';
import { mountControls } from './fast/interface.js';
import { startBundled } from './bundled.js';
import type { NoticeInput } from './types.js';
import './globals.js';

export type { SamtykkeAPI, SamtykkeEventMap, SamtykkeEventName } from './fast/api.js';
export type * from './types.js';
export { validate } from './notice/validate.js';

/**
 * Starts samtykke with its visitor interface and returns its API (SPEC §5): the banner for a
 * visitor without a decision, the re-open control, iframe placeholders. The notice is validated
 * first: until it passes, nothing is granted; an invalid one is reported in the console and
 * everything stays closed. Called again, returns the same API.
 *
 * Languages: nb, nn and en are built in; import `samtykke/i18n/sv` (da, de) for the others.
 */
export function init(config: NoticeInput): SamtykkeAPI {
  return startBundled(config, {
    controls: mountControls,
    ui: () => import('./ui/part.js'),
    first: () => import('./ui/first-part.js'),
    declaration: () => import('./ui/declaration-part.js'),
    placeholder: () => import('./fast/controls-placeholder.js'),
  });
}
