/** A rule; `path` is "" for the whole host, and `query` is left out when there is none. */
const rule = (service, category, host, path = '', query) => query ? { host, path, query, service, category } : { host, path, service, category };
/** The built-in list, in the order it is tried. */
export const KNOWN_TRACKERS = [
    // The Google tag serves three products from one URL: its id tells them apart.
    rule('google-ads', 'marketing', 'googletagmanager.com', '/gtag/', { id: '^(AW|DC)-' }),
    rule('google-analytics', 'analytics', 'googletagmanager.com', '/gtag/'),
    rule('google-analytics', 'analytics', 'google-analytics.com'),
    rule('google-analytics', 'analytics', 'analytics.google.com'),
    rule('google-tag-manager', 'analytics', 'googletagmanager.com'),
    rule('google-ads', 'marketing', 'googleadservices.com'),
    rule('google-ads', 'marketing', 'doubleclick.net'),
    rule('google-ads', 'marketing', 'googlesyndication.com'),
    rule('hotjar', 'analytics', 'hotjar.com'),
    rule('hotjar', 'analytics', 'hotjar.io'),
    rule('microsoft-clarity', 'analytics', 'clarity.ms'),
    rule('linkedin-insight', 'marketing', 'px.ads.linkedin.com'),
    rule('linkedin-insight', 'marketing', 'snap.licdn.com'),
    rule('tiktok-pixel', 'marketing', 'analytics.tiktok.com'),
    rule('meta-pixel', 'marketing', 'connect.facebook.net'),
    rule('meta-pixel', 'marketing', 'facebook.com', '/tr'),
    rule('meta-pixel', 'marketing', 'facebook.com', '/plugins'),
    rule('youtube', 'marketing', 'youtube-nocookie.com'),
    rule('youtube', 'marketing', 'youtube.com'),
    rule('youtube', 'marketing', 'youtu.be'),
    rule('vimeo', 'marketing', 'vimeo.com'),
];
/** The built-in rules, as a fresh list the caller may reorder or re-map. */
export function parseTrackers() {
    return KNOWN_TRACKERS.map((r) => ({ ...r }));
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
        if (!host.endsWith('.' + r.host))
            continue; // the host itself or a subdomain
        if (r.path && !parsed.pathname.startsWith(r.path))
            continue;
        if (queryMatches(r.query, parsed.searchParams))
            return r;
    }
    return null;
}
