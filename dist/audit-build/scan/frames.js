/**
 * The frame policy a scan drafts (SPEC §2, `"autoBlock": { "frames": [...] }`): with it on,
 * samtykke.js puts a Content-Security-Policy `frame-src` in `<head>`, so the browser itself
 * refuses the request of a tracker iframe written in the HTML until the visitor grants it. Every
 * other host the pages frame must then be listed, or it is refused too: a payment form
 * (`js.stripe.com`), a booking widget, a map the owner keeps necessary.
 *
 * So: each host framed by a scanned page (a frame of the page itself; a frame inside a frame
 * answers to its own document's policy, not the page's) that is no catalogue tracker is listed;
 * a framed catalogue tracker is not, since the policy allows it by the visitor's grant. The
 * page's own origin needs no entry (`'self'`). Pure: no browser, no files.
 */
import { isThirdParty } from '../browser/classify.js';
import { matchService, matchUrl } from './catalogue.js';
/** The frames the scanned pages have, each once, with the first page it was seen on. */
function framesOf(obs) {
    const out = [];
    for (const r of obs.requests) {
        if (r.resourceType !== 'document')
            continue;
        // Without a depth (an older recording), a frame is a document that is neither a page visited nor inside another frame.
        const child = r.frameDepth !== undefined ? r.frameDepth === 1 : !obs.pages.includes(r.url) && (!r.frame || r.frame === r.url);
        if (child)
            out.push({ url: r.url, page: r.page });
    }
    for (const el of obs.elements)
        if (el.tag === 'iframe' && el.url)
            out.push({ url: el.url, page: el.page });
    return out;
}
/** The frame policy for what a scan saw, or null when the pages frame nothing (no policy needed). */
export function draftFrames(obs, entries) {
    const site = new URL(obs.url);
    const listed = new Map();
    const trackers = new Map();
    const skipped = new Map();
    let any = false;
    for (const { url, page } of framesOf(obs)) {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            continue;
        }
        if (!/^https?:$/.test(u.protocol))
            continue;
        any = true;
        if (u.origin === site.origin)
            continue; // 'self'
        const tracker = matchUrl(url, entries);
        if (tracker) {
            trackers.set(u.hostname, tracker.entry.id);
            continue;
        }
        if (u.port) {
            skipped.set(u.host, 'a frame address with a port, which autoBlock.frames cannot name: serve it on the default port');
            continue;
        }
        const known = listed.get(u.hostname);
        if (known) {
            if (!known.pages.includes(page))
                known.pages.push(page);
            continue;
        }
        const service = matchService(url, entries)?.entry.id ?? null;
        listed.set(u.hostname, { host: u.hostname, service, pages: [page], example: url });
    }
    if (!any)
        return null;
    const byHost = (a, b) => a.host.localeCompare(b.host);
    return {
        listed: [...listed.values()].sort(byHost),
        trackers: [...trackers].map(([host, service]) => ({ host, service })).sort(byHost),
        skipped: [...skipped].map(([host, why]) => ({ host, why })).sort(byHost),
    };
}
/**
 * The note an unfinished third-party service of the draft gets when its host is in the frame
 * list: the policy lets a listed host load before any consent, which is right only for what is
 * strictly necessary.
 */
export function frameTodo(hosts, frames, siteHost) {
    const framed = (frames?.listed ?? []).filter((f) => hosts.includes(f.host) && isThirdParty(f.host, siteHost));
    if (!framed.length)
        return '';
    const names = framed.map((f) => `"${f.host}"`).join(', ');
    return (` Your pages frame ${names}, so the draft lists it in "autoBlock": { "frames": [...] }, which lets it load before any consent:` +
        ` keep it there only if it is strictly necessary (category "necessary"); otherwise remove it from "frames" and tag its iframe.`);
}
/** What the scan tells the owner about the frame policy, as lines of plain text. */
export function framesText(frames) {
    if (!frames)
        return ['Frames: the pages frame nothing, so the draft has no frame policy (autoBlock.frames).'];
    const lines = [
        'Frame policy: the draft turns it on ("autoBlock": { "frames": [...] }), so the browser refuses a tracker iframe',
        'written in the HTML until the visitor grants it. Hosts your pages frame that are no tracker are listed, or they',
        'would be refused too:',
        ...(frames.listed.length
            ? frames.listed.map((f) => `  + ${f.host}${f.service ? ` (${f.service})` : ' (not in the catalogue)'}: framed on ${f.pages[0]}`)
            : ['  (none: every frame found is a tracker)']),
        ...frames.trackers.map((t) => `  - ${t.host} (${t.service}): a tracker, not listed; it loads once the visitor grants it`),
        ...frames.skipped.map((s) => `  ! ${s.host}: not listed, ${s.why}`),
        'Add any other host your pages frame (a page the scan did not visit) to "frames"; "*.example.com" names its',
        'subdomains. Granting a tracker frame reloads the page once; if you tag every tracker iframe (below) you may',
        'remove "autoBlock" to avoid that reload.',
    ];
    return lines;
}
