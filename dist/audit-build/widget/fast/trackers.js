// category service host[/path] host… ; …   (a host matches itself and its subdomains)
const LIST = 'analytics google-analytics googletagmanager.com/gtag/ google-analytics.com analytics.google.com;' +
    'analytics google-tag-manager googletagmanager.com;' +
    'marketing google-ads googleadservices.com doubleclick.net googlesyndication.com;' +
    'analytics hotjar hotjar.com hotjar.io;' +
    'marketing linkedin-insight px.ads.linkedin.com snap.licdn.com;' +
    'analytics microsoft-clarity clarity.ms;' +
    'marketing youtube youtube-nocookie.com youtu.be youtube.com;' +
    'marketing tiktok-pixel analytics.tiktok.com;' +
    'marketing vimeo vimeo.com;' +
    'marketing meta-pixel connect.facebook.net facebook.com/tr facebook.com/plugins';
export function parseTrackers() {
    return LIST.split(';').flatMap((entry) => {
        const [category, service, ...where] = entry.split(' ');
        return where.map((w) => {
            const slash = w.indexOf('/') >>> 0; // none: past the end, so the path is ''
            return { host: w.slice(0, slash), path: w.slice(slash), service, category };
        });
    });
}
/** Google's own tags: ungated in Consent Mode's advanced mode (they read the consent signals). */
export const GOOGLE_SERVICES = 'google-analytics google-tag-manager google-ads'.split(' ');
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
    if (!/^https?:$/.test(u.protocol))
        return null;
    const host = '.' + u.hostname; // lower case already, for http(s)
    for (const r of rules) {
        // The host itself or a subdomain.
        if (host.endsWith('.' + r.host) && (!r.path || u.pathname.startsWith(r.path)))
            return r;
    }
    return null;
}
