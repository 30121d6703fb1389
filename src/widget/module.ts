/**
 * Entry of `samtykke.mjs`, for bundlers: `import { init } from 'samtykke'`. `init(config)`
 * starts everything the drop-in script starts and returns the API of SPEC §5; the validator,
 * the interface and the receipts are imported when needed, so a bundler splits them out.
 * Called again, it returns the first API (one decision per page).
 */
import type { SamtykkeAPI } from './fast/api.js';
import { onceEach } from './fast/parts.js';
import { start } from './fast/start.js';

export type { SamtykkeAPI, SamtykkeEventMap, SamtykkeEventName } from './fast/api.js';
export type * from './types.js';
export { validate } from './notice/validate.js';

declare global {
  interface Window {
    /** The API of SPEC §5. */
    samtykke?: SamtykkeAPI;
  }
}

export function init(config: unknown): SamtykkeAPI {
  if (window.samtykke) return window.samtykke;
  const parts = onceEach(
    {
      decide: () => import('./decide/part.js'),
      ui: () => import('./ui/part.js'),
      receipts: () => import('./proof/part.js'),
      declaration: () => import('./ui/declaration-part.js'),
    },
    (name) => `the ${name} part of samtykke`,
  );
  return (window.samtykke = start({ now: { object: config }, parts }));
}
