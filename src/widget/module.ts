/**
 * Entry of `samtykke.mjs`, for bundlers: `import { init } from 'samtykke'`. `init(config)`
 * validates the notice, starts everything the drop-in script starts, and returns the API of
 * SPEC §5. Called again, it returns the first API (one decision per page).
 */
import { validate } from './notice/config.js';
import { report } from './fast/boot.js';
import { startCore, type SamtykkeAPI } from './fast/core.js';
import { resolveLanguage } from './i18n/index.js';
import { mountPlaceholderFor } from './fast/placeholders.js';
import { SamtykkeWidget } from './ui/widget.js';

export type { SamtykkeAPI } from './fast/core.js';
export type * from './types.js';
export { validate } from './notice/config.js';
export { SamtykkeWidget } from './ui/widget.js';

export function init(config: unknown): SamtykkeAPI {
  if (window.samtykke) return window.samtykke;
  const r = validate(config);
  report(r);
  return (window.samtykke = startCore(r.config, {
    early: window.__samtykkeEarly,
    assetBase: import.meta.url,
    language: (c) => resolveLanguage(c.language),
    view: () => new SamtykkeWidget(),
    placeholder: mountPlaceholderFor,
  }));
}
