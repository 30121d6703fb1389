/**
 * What samtykke adds to the browser's own types, for the package's users: `window.samtykke`
 * and the detail of each `samtykke:*` event on `document`, so a listener added with
 * `document.addEventListener('samtykke:change', (e) => e.detail.consent)` is typed.
 * Declarations only; nothing here runs.
 */
import type { SamtykkeAPI, SamtykkeEventMap } from './fast/api.js';

declare global {
  interface Window {
    /** samtykke's API (SPEC §5), there once the drop-in script, the guard or `init()` has run. */
    samtykke?: SamtykkeAPI;
  }
  interface DocumentEventMap {
    /** Once, after start-up: the stored decision, or null before any. */
    'samtykke:ready': CustomEvent<SamtykkeEventMap['ready']>;
    /** Every decision: first, update, withdrawal, GPC, another tab. */
    'samtykke:change': CustomEvent<SamtykkeEventMap['change']>;
    /** After each delivery attempt of a receipt. */
    'samtykke:proof': CustomEvent<SamtykkeEventMap['proof']>;
  }
}

export {};
