/**
 * Entry of `samtykke-guard.js` (SPEC §1): the few things that must happen before any other
 * script runs, and nothing else — no Lit, no IndexedDB, no UI. Put it first in <head>, after
 * the inline notice; `samtykke.js` (deferred) adopts what it started.
 *
 * It reads the raw notice leniently (the full validator is too big for the guard), with the
 * validator's defaults for what the guard itself uses, but fails closed: no revision,
 * categories or controller name, any forbidden key, or anything that throws, and nothing is
 * granted. The full bundle adopts the guard with the validated notice in its place.
 */
import { earlyConfig, startEarly, type EarlyConfig } from './fast/early.js';

const BAD_KEY = /"(__proto__|constructor|prototype)"\s*:/;

/** The notice's parts for `startEarly`, or null. (For JSON values `instanceof Object` means "an object or array".) */
function read(raw: string | null | undefined): EarlyConfig | null {
  try {
    const c = raw && !BAD_KEY.test(raw) && JSON.parse(raw);
    return c && typeof c.revision === 'string' && c.revision && c.categories instanceof Object && typeof c.controller?.name === 'string'
      ? earlyConfig({
          ...c,
          services: c.services || [],
          // Cookie name and lifetime, Consent Mode's wait: all the guard reads of these.
          cookie: { name: 'samtykke', expiresAfterDays: 180, ...c.cookie },
          googleConsentMode: c.googleConsentMode !== false && { waitForUpdate: 500, ...c.googleConsentMode },
          // A malformed `trackers` throws in earlyConfig: nothing granted, everything held back.
          autoBlock: c.autoBlock !== false && { trackers: [], ...c.autoBlock },
        })
      : null;
  } catch {
    return null;
  }
}

if (!window.__samtykkeEarly) {
  const el = document.getElementById('samtykke-config');
  window.__samtykkeEarly = startEarly(read(el?.textContent), (document.currentScript as HTMLScriptElement | null)?.nonce);
}

declare global {
  interface Window {
    __samtykkeEarly?: import('./fast/early.js').Early;
  }
}
