/**
 * Entry of `samtykke-guard.js` (SPEC §1): the few things that must happen before any other
 * script runs, and nothing else — no Lit, no IndexedDB, no UI. Put it first in <head>, after
 * the inline notice; `samtykke.js` (deferred) adopts what it started.
 */
import { earlyConfig, startEarly } from './early.js';

if (!window.__samtykkeEarly) {
  const el = document.getElementById('samtykke-config');
  window.__samtykkeEarly = startEarly(
    earlyConfig(el && el.textContent),
    (document.currentScript as HTMLScriptElement | null)?.nonce || undefined,
  );
}

declare global {
  interface Window {
    __samtykkeEarly?: import('./early.js').Early;
  }
}
