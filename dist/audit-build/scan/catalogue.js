import { pathMatches } from '../widget/fast/trackers.js';
/** `host` is `rule` itself or one of its subdomains ("*" is any host). */
export function hostMatches(host, rule) {
    if (rule === '*')
        return true;
    const h = host.toLowerCase().replace(/\.$/, '');
    const r = rule.toLowerCase();
    return h === r || h.endsWith('.' + r);
}
/** A regular expression from catalogue or notice text; an unusable one matches nothing. */
function regex(source, whole = false) {
    try {
        return new RegExp(whole ? `^(?:${source.replace(/^\^|\$$/g, '')})$` : source);
    }
    catch {
        return null;
    }
}
function ruleMatches(u, rule) {
    if (!hostMatches(u.hostname, rule.host))
        return false;
    // On any host the path names the software's file wherever it is installed (as auto-blocking reads it).
    if (!pathMatches(rule.path, u.pathname, rule.host === '*'))
        return false;
    for (const [param, pattern] of Object.entries(rule.query ?? {})) {
        const value = u.searchParams.get(param);
        const re = regex(pattern);
        if (value === null || !re || !re.test(value))
            return false;
    }
    return true;
}
/**
 * How much a rule says: a query beats a path beats a bare host beats "any host", so
 * `googletagmanager.com/gtag/js?id=G-…` is Google Analytics, not Google Tag Manager.
 */
const specificity = (r) => (r.query && Object.keys(r.query).length ? 4 : 0) + (r.path ? 2 : 0) + (r.host === '*' ? 0 : 1);
/** The URL parsed, when it is http(s): nothing else can belong to a catalogue service. */
function httpUrl(url) {
    try {
        const u = new URL(url);
        return /^https?:$/.test(u.protocol) ? u : null;
    }
    catch {
        return null;
    }
}
/** The catalogue entry a URL belongs to (the most specific rule wins), or null. */
export function matchUrl(url, entries) {
    const u = httpUrl(url);
    if (!u)
        return null;
    let best = null;
    for (const entry of entries) {
        for (const rule of entry.block ?? []) {
            // A rule for any host must say which path: "*" alone would claim every URL.
            if (rule.host === '*' && !rule.path)
                continue;
            if (ruleMatches(u, rule) && (!best || specificity(rule) > specificity(best.rule)))
                best = { entry, rule };
        }
    }
    return best;
}
/**
 * The entry a URL belongs to: a tracker rule (`matchUrl`), else a host the entry's requests go to
 * that auto-blocking does not hold (`requests`: a payment form, fonts). `tracker` says which.
 */
export function matchService(url, entries) {
    const blocked = matchUrl(url, entries);
    if (blocked)
        return { entry: blocked.entry, tracker: true };
    const u = httpUrl(url);
    if (!u)
        return null;
    for (const entry of entries)
        for (const r of entry.requests ?? [])
            if (hostMatches(u.hostname, r.host) && (!r.path || u.pathname.startsWith(r.path)))
                return { entry, tracker: false };
    return null;
}
/** The catalogue entry (and its cookie) that names this cookie or storage key, or null. */
export function matchName(name, kind, entries) {
    for (const pass of ['exact', 'pattern']) {
        for (const entry of entries) {
            for (const cookie of entry.cookies ?? []) {
                if ((cookie.storage ?? 'cookie') !== kind)
                    continue;
                const hit = pass === 'exact' ? cookie.name === name : !!cookie.pattern && !!regex(cookie.pattern, true)?.test(name);
                if (hit)
                    return { entry, cookie };
            }
        }
    }
    return null;
}
/** The entry's default category (the catalogue's `category`). */
export const entryCategory = (e) => (typeof e.category === 'string' && e.category) || 'marketing';
/** `id@version`: what a notice service's `preset` records. */
export const presetOf = (e) => (e.version === undefined ? e.id : `${e.id}@${e.version}`);
