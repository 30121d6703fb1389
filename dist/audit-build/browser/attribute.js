/**
 * What the audit learns from the site itself about whom a request, cookie or storage key
 * belongs to, on top of the known-tracker list (classify.ts):
 *
 * - the notice's own words: a service's `hosts` ("stats.example.no/matomo.js": host and path
 *   prefix) and its `preset` (a catalogue entry under another id);
 * - the service catalogue's hosts, the same table auto-blocking holds;
 * - the page's gates (SPEC §2): an element tagged `data-consent` / `data-service` that loaded
 *   the URL, whose script (or a script it loaded, by Chromium's initiator chain) made the
 *   request or wrote the cookie, or whose iframe the request came from.
 *
 * A known tracker keeps the service the list gives it (a gate cannot re-label it); the gate
 * speaks for everything else. Pure functions, except `readGates`, which runs in the page.
 */
import { defaultCatalogue, matchService } from '../catalogue/catalogue.js';
import { pathMatches } from '../widget/fast/trackers.js';
/** Every element of this frame with `data-consent` and a URL (inert or activated). Runs in the page. */
export function readGates() {
    const out = [];
    for (const el of Array.from(document.querySelectorAll('[data-consent]'))) {
        const src = el.getAttribute('src') || el.getAttribute('data-src');
        const consent = el.getAttribute('data-consent');
        if (!src || !consent)
            continue;
        try {
            const inert = !el.hasAttribute('src') || (el.localName === 'script' && el.getAttribute('type') === 'text/plain');
            out.push({
                url: new URL(src, location.href).href,
                consent,
                service: el.getAttribute('data-service'),
                inert,
                auto: el.hasAttribute('data-samtykke-auto'),
                frame: el.localName === 'iframe',
                tagged: el.getAttribute('data-samtykke-tagged'),
            });
        }
        catch {
            // an unparsable URL loads nothing
        }
    }
    return out;
}
/** The gates of a scenario's pages by the URL they load, and the phases at whose end each was still held. */
export class GateLog {
    byUrl = new Map();
    held = new Map();
    add(gates, phase) {
        for (const g of gates) {
            if (!this.byUrl.has(g.url))
                this.byUrl.set(g.url, g);
            const held = this.held.get(g.url) ?? new Set();
            if (g.inert)
                held.add(phase);
            this.held.set(g.url, held);
        }
    }
    records() {
        return [...this.byUrl.values()].map((g) => ({
            url: g.url,
            consent: g.consent,
            service: g.service,
            auto: !!g.auto,
            frame: !!g.frame,
            tagged: g.tagged ?? null,
            heldIn: [...(this.held.get(g.url) ?? [])],
        }));
    }
}
const rawServices = (notice) => {
    const s = notice?.services;
    return Array.isArray(s) ? s.filter((x) => !!x && typeof x === 'object') : [];
};
/** The notice's service for a catalogue id: the one with that id, or one expanded from it. */
function noticeService(ctx, id) {
    const services = ctx.config?.services ?? [];
    const direct = services.find((s) => s.id === id);
    if (direct)
        return direct;
    const raw = rawServices(ctx.notice).find((s) => typeof s.preset === 'string' && (s.preset === id || s.preset.startsWith(id + '@')));
    return (raw && services.find((s) => s.id === raw.id)) || null;
}
/** A service id as the notice knows it: declared, in the notice's category; else the fallback's. */
function asService(ctx, id, fallbackCategory) {
    const s = noticeService(ctx, id);
    return s
        ? { service: s.id, category: s.category, declared: true }
        : { service: id, category: fallbackCategory, declared: false };
}
/** A notice service whose `hosts` cover the URL ("host" or "host/path-prefix"). */
export function byNoticeHosts(url, ctx) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return null;
    }
    const host = '.' + u.hostname;
    for (const s of rawServices(ctx.notice)) {
        if (!Array.isArray(s.hosts) || typeof s.id !== 'string')
            continue;
        for (const h of s.hosts) {
            if (typeof h !== 'string')
                continue;
            const slash = h.indexOf('/');
            const name = (slash < 0 ? h : h.slice(0, slash)).toLowerCase();
            const path = slash < 0 ? '' : h.slice(slash);
            if (host.endsWith('.' + name) && pathMatches(path, u.pathname)) {
                const declared = ctx.config?.services.find((x) => x.id === s.id);
                if (declared)
                    return { service: declared.id, category: declared.category, declared: true };
            }
        }
    }
    return null;
}
/**
 * The catalogue's service for a URL, as the notice knows it: by auto-blocking's table, else by
 * the hosts an entry's requests go to that auto-blocking does not hold (`requests`: a payment
 * form, fonts), when the notice declares that service.
 */
export function byCatalogue(url, ctx) {
    const rule = matchService(url, ctx.pageUrl);
    if (rule)
        return asService(ctx, rule.service, rule.category);
    const entry = requestsEntry(url);
    const declared = entry ? asService(ctx, entry, null) : null;
    return declared?.declared ? declared : null;
}
/** The catalogue entry whose `requests` name this URL's host (and path), or null. */
function requestsEntry(url) {
    try {
        const u = new URL(url);
        const host = '.' + u.hostname;
        for (const entry of defaultCatalogue().values())
            for (const r of entry.requests ?? [])
                if (host.endsWith('.' + r.host) && (!r.path || u.pathname.startsWith(r.path)))
                    return entry.id;
    }
    catch {
        // An unparsable URL, or no catalogue to read: nothing to trace it to.
    }
    return null;
}
/** The gate's service: its `data-service`, or the category's only service, or just the category. */
export function gateAttribution(g, ctx) {
    if (g.service)
        return asService(ctx, g.service, g.consent);
    const inCategory = (ctx.config?.services ?? []).filter((s) => s.category === g.consent);
    return inCategory.length === 1
        ? { service: inCategory[0].id, category: g.consent, declared: true }
        : { service: null, category: g.consent, declared: false };
}
/** The gate behind a URL: the element that loaded it, or the one that loaded its initiators, or the frame it ran in. */
export function byGate(urls, gates, ctx) {
    for (const u of urls) {
        const g = u ? (gates.get(u) ?? gates.get(u.replace(/#.*$/, ''))) : undefined;
        if (g)
            return gateAttribution(g, ctx);
    }
    return null;
}
/**
 * A request's attribution once the known-tracker list has spoken (`a`): a service the list
 * knows, and the notice declares under a preset, becomes that declared service; an unknown
 * URL is looked up in the notice's hosts, the catalogue, and the gates.
 */
export function refineRequest(a, url, related, gates, ctx) {
    if (a.own)
        return a;
    if (a.service)
        return a.declared ? a : asService(ctx, a.service, a.category);
    return byNoticeHosts(url, ctx) ?? byCatalogue(url, ctx) ?? byGate([url, ...related], gates, ctx) ?? a;
}
/**
 * A cookie's or storage key's attribution once classify.ts has spoken: an untraced one is
 * traced through the scripts that wrote it to their gates (the cookie itself stays undeclared
 * unless the notice lists it).
 */
export function refineWrite(a, writers, gates, ctx) {
    if (a.own || a.service || a.category)
        return a;
    const g = byGate(writers, gates, ctx);
    return g ? { ...g, declared: false } : a;
}
