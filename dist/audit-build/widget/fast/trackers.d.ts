/**
 * The known trackers that auto-blocking holds back with no markup change (SPEC §2): host (and
 * optional path prefix) → service id and default category. Kept as one compact string so the
 * guard stays small; `parseTrackers` turns it into rules.
 *
 * Maintained by hand: when a vendor adds a host, add it here with a test page. Order matters only
 * in that the first matching rule wins, so specific paths come before their bare host; otherwise
 * the order is the one gzip packs smallest.
 */
import type { TrackerRule } from '../types.js';
export declare function parseTrackers(): TrackerRule[];
/** Google's own tags: ungated in Consent Mode's advanced mode (they read the consent signals). */
export declare const GOOGLE_SERVICES: string[];
/**
 * The rule a URL falls under, or null. Unparsable and non-http(s) URLs never match. A relative
 * URL is resolved against `base`, by default the page's address (in the browser); code without a
 * page (the Node-side audit) passes a base or absolute URLs.
 */
export declare function matchTracker(url: string, rules: TrackerRule[], base?: string): TrackerRule | null;
