/**
 * Tracking cookies the validator also refuses in `necessary`, beside the catalogue's
 * (known.generated.ts). The catalogue lists a service's own first-party cookies by their exact
 * names; a notice may also list a vendor's third-party cookies (`fr`, `bcookie`, `CLID`), the
 * legacy Google Analytics names (`_gid`, `_gat…`), or a whole family (`_hj…`, `_gcl_…`, `_uet…`, `li_…`,
 * `_pinterest_…`). Each belongs to a catalogue service, by its id. Move an entry to the catalogue
 * when the catalogue learns it.
 */
import type { KnownCookie } from './known.generated.js';
export declare const EXTRA_TRACKING_COOKIES: readonly KnownCookie[];
