/**
 * The known trackers that auto-blocking holds back with no markup change (SPEC §2), generated
 * from the service catalogue (catalogue/*.json → trackers.generated.ts): host, with an optional
 * path and query test, → service id and default category. The first matching rule wins.
 */
import type { TrackerRule } from './trackers.generated.js';
/** The built-in list, in the order it is tried. */
export declare const KNOWN_TRACKERS: readonly TrackerRule[];
/** The built-in rules as a fresh list the caller may re-map; `path` is "" for a whole host. */
export declare function parseTrackers(): TrackerRule[];
/** Google's own tags: ungated in Consent Mode's advanced mode (they read the consent signals). */
export declare const GOOGLE_SERVICES: string[];
/**
 * Does a rule's path hold for a URL's path? On a host: a prefix, where `*` stands for one whole
 * path segment ("/*" + "/sdk.js": Facebook's SDK in whatever locale the site picked), so a rule names
 * a pattern, not a list of locales. On any host ("*"): the end of the path (the software's file,
 * in whatever folder it is installed).
 */
export declare function pathMatches(rulePath: string | undefined, pathname: string, anyHost?: boolean): boolean;
/**
 * The rule a URL falls under, or null. Unparsable and non-http(s) URLs never match. A relative
 * URL is resolved against `base`, by default the page's address (in the browser); code without a
 * page (the Node-side audit) passes a base or absolute URLs.
 */
export declare function matchTracker(url: string, rules: readonly TrackerRule[], base?: string): TrackerRule | null;
