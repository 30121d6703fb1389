/**
 * What to paste and what to change in a site's HTML, from a scan: the two tags that go first in
 * `<head>`, and for each script, iframe or pixel of a service the scan found, the same element
 * in samtykke's inert form (SPEC §2), so that it runs only after consent. Pure text work.
 */
import { isThirdParty, siteOf } from '../browser/classify.js';
import { matchUrl } from './catalogue.js';
const attr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const attrs = (list) => list.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${attr(v)}"`)).join('');
/** The two tags every page gets, first in `<head>`: the notice, then the widget. */
export function headTags(notice, widgetUrl = '/samtykke.js') {
    // "</" cannot end the JSON's script element early.
    const json = JSON.stringify(notice, null, 2).replace(/<\//g, '<\\/');
    return [
        `<script type="application/json" id="samtykke-config">\n${json}\n</script>`,
        `<script src="${attr(widgetUrl)}"></script>`,
    ];
}
/** Addresses named in an inline script's code (`https://…`, `//…`). */
function urlsIn(code) {
    return [...code.matchAll(/(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[^'"\s)`]*)?/gi)].map((m) => `https://${m[1]}${m[2] ?? '/'}`);
}
/** The Google tag's id in a `gtag('config', …)` call: G- is Analytics, AW- and DC- Ads. */
function gtagService(code) {
    const m = /gtag\(\s*['"]config['"]\s*,\s*['"](G|AW|DC)-/.exec(code);
    return m ? (m[1] === 'G' ? 'google-analytics' : 'google-ads') : null;
}
/** The service of the draft an element belongs to, or null (the site's own). */
function serviceOf(el, entries, known, site) {
    const urls = el.url ? [el.url] : urlsIn(el.code ?? '');
    for (const u of urls) {
        const m = matchUrl(u, entries);
        if (m && known.has(m.entry.id))
            return m.entry.id;
    }
    if (!el.url) {
        const g = gtagService(el.code ?? '');
        if (g && known.has(g))
            return g;
    }
    for (const u of urls) {
        const host = new URL(u).hostname;
        if (isThirdParty(host, site) && known.has(siteOf(host)))
            return siteOf(host);
    }
    return null;
}
/** Each element of a found service, with its inert form. */
export function gateTags(elements, services, entries, site) {
    const known = new Set(services.map((s) => s.id));
    const categories = new Map(services.map((s) => [s.id, s.category]));
    const out = [];
    for (const el of elements) {
        const service = serviceOf(el, entries, known, site);
        if (!service)
            continue;
        const category = categories.get(service) ?? null;
        const gate = [
            ['data-consent', category ?? 'CATEGORY'],
            ['data-service', service],
        ];
        const rest = el.attributes.filter(([k]) => !/^(src|type|data-consent|data-service|data-src)$/i.test(k));
        const original = `<${el.tag}${attrs(el.attributes)}>${el.tag === 'img' ? '' : el.code ? `${el.code.slice(0, 80)}…</${el.tag}>` : `</${el.tag}>`}`;
        let tagged;
        if (el.tag === 'script' && !el.url) {
            tagged = `<script${attrs([['type', 'text/plain'], ...gate, ...rest])}>…the same code…</script>`;
        }
        else if (el.tag === 'script') {
            tagged = `<script${attrs([['type', 'text/plain'], ...gate, ['data-src', el.url], ...rest])}></script>`;
        }
        else {
            tagged = `<${el.tag}${attrs([...gate, ['data-src', el.url], ...rest])}>${el.tag === 'img' ? '' : `</${el.tag}>`}`;
        }
        if (!out.some((t) => t.page === el.page && t.original === original))
            out.push({ page: el.page, service, category, original, tagged });
    }
    return out;
}
