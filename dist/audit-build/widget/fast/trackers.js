import { TRACKERS } from './trackers.generated.js';
/** The built-in list, in the order it is tried. */
export const KNOWN_TRACKERS = TRACKERS;
/** The built-in rules as a fresh list the caller may re-map; `path` is "" for a whole host. */
export function parseTrackers() {
    return KNOWN_TRACKERS.map((r) => ({ ...r, path: r.path ?? '' }));
}
/** Google's own tags: ungated in Consent Mode's advanced mode (they read the consent signals). */
export const GOOGLE_SERVICES = ['google-analytics', 'google-tag-manager', 'google-ads'];
/** Does every query test of a rule hold for these search parameters? */
function queryMatches(query, params) {
    if (!query)
        return true;
    return Object.keys(query).every((name) => new RegExp(query[name]).test(params.get(name) ?? ''));
}
/**
 * Does a rule's path hold for a URL's path? On a host: a prefix, where `*` stands for one whole
 * path segment ("/*" + "/sdk.js": Facebook's SDK in whatever locale the site picked), so a rule names
 * a pattern, not a list of locales. On any host ("*"): the end of the path (the software's file,
 * in whatever folder it is installed).
 */
export function pathMatches(rulePath, pathname, anyHost = false) {
    if (!rulePath)
        return true;
    if (anyHost)
        return pathname.endsWith(rulePath);
    if (!rulePath.includes('*'))
        return pathname.startsWith(rulePath);
    const pattern = rulePath.replace(/[.+?^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '[^/]+');
    return new RegExp('^' + pattern).test(pathname);
}
/**
 * The rule a URL falls under, or null. Unparsable and non-http(s) URLs never match. A relative
 * URL is resolved against `base`, by default the page's address (in the browser); code without a
 * page (the Node-side audit) passes a base or absolute URLs.
 */
export function matchTracker(url, rules, base) {
    let parsed;
    try {
        parsed = new URL(url, base ?? location.href);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return null;
    // Prefixed with a dot, so "notyoutube.com" does not end with ".youtube.com".
    const host = '.' + parsed.hostname;
    for (const r of rules) {
        const anyHost = r.host === '*';
        // Self-hosted software on any host must name its file; else the host itself or a subdomain.
        if (anyHost ? !r.path : !host.endsWith('.' + r.host))
            continue;
        if (!pathMatches(r.path, parsed.pathname, anyHost))
            continue;
        if (queryMatches(r.query, parsed.searchParams))
            return r;
    }
    return null;
}
