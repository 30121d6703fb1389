// category service host[/path] host… ; …   (a host matches itself and its subdomains)
const LIST = 'analytics google-analytics googletagmanager.com/gtag/ google-analytics.com analytics.google.com;' +
    'analytics google-tag-manager googletagmanager.com;' +
    'marketing google-ads googleadservices.com googlesyndication.com doubleclick.net;' +
    'marketing meta-pixel connect.facebook.net facebook.com/tr facebook.com/plugins;' +
    'analytics hotjar hotjar.com hotjar.io;' +
    'analytics microsoft-clarity clarity.ms;' +
    'marketing linkedin-insight snap.licdn.com px.ads.linkedin.com;' +
    'marketing tiktok-pixel analytics.tiktok.com;' +
    'marketing youtube youtube.com youtube-nocookie.com youtu.be;' +
    'marketing vimeo vimeo.com';
export function parseTrackers(list = LIST) {
    return list.split(';').flatMap((entry) => {
        const [category, service, ...where] = entry.split(' ');
        return where.map((w) => {
            const slash = w.indexOf('/');
            return slash < 0 ? { host: w, service, category } : { host: w.slice(0, slash), path: w.slice(slash), service, category };
        });
    });
}
/** Google's own tags: ungated in Consent Mode's advanced mode (they read the consent signals). */
export const GOOGLE_SERVICES = ['google-analytics', 'google-tag-manager', 'google-ads'];
/**
 * The rule a URL falls under, or null. Unparsable and non-http(s) URLs never match. A relative
 * URL is resolved against `base`, by default the page's address (in the browser); code without a
 * page (the Node-side audit) passes a base or absolute URLs.
 */
export function matchTracker(url, rules, base) {
    let u;
    try {
        u = new URL(url, base ?? location.href);
    }
    catch {
        return null;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return null;
    const host = u.hostname.toLowerCase();
    for (const r of rules) {
        if ((host === r.host || host.endsWith('.' + r.host)) && (!r.path || u.pathname.startsWith(r.path)))
            return r;
    }
    return null;
}
