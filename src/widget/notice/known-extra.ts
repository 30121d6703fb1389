/**
 * Tracking cookies the validator also refuses in `necessary`, beside the catalogue's
 * (known.generated.ts). The catalogue lists a service's own first-party cookies by their exact
 * names; a notice may also list a vendor's third-party cookies (`fr`, `bcookie`, `CLID`), the
 * legacy Google Analytics names (`_gid`, `_gat…`), or a whole family (`_hj…`, `_gcl_…`, `_uet…`, `li_…`,
 * `_pinterest_…`). Each belongs to a catalogue service, by its id. Move an entry to the catalogue
 * when the catalogue learns it.
 */
import type { KnownCookie } from './known.generated.js';

export const EXTRA_TRACKING_COOKIES: readonly KnownCookie[] = [
  { name: '_gid', service: 'google-analytics' },
  { name: '_gat', pattern: '_gat(_.+)?', service: 'google-analytics' },
  { name: '_gcl_<suffix>', pattern: '_gcl_.+', service: 'google-ads' },
  { name: 'fr', service: 'meta-pixel' },
  { name: '_hj<name>', pattern: '_hj.+', service: 'hotjar' },
  { name: 'CLID', service: 'microsoft-clarity' },
  { name: '_uet<name>', pattern: '_uet.+', service: 'microsoft-uet' },
  { name: 'li_<name>', pattern: 'li_.+', service: 'linkedin-insight' },
  { name: 'bcookie', service: 'linkedin-insight' },
  { name: 'lidc', service: 'linkedin-insight' },
  { name: 'UserMatchHistory', service: 'linkedin-insight' },
  { name: '_pin_unauth', service: 'pinterest-tag' },
  { name: '_pinterest_<name>', pattern: '_pinterest_.+', service: 'pinterest-tag' },
];
