/**
 * samtykke's own files (the drop-in, its bundler entry and that entry's chunks). Its fast path
 * wraps fetch, sendBeacon, XMLHttpRequest and image sources to refuse trackers, so a request a
 * page script makes through them has samtykke's wrapper on top of its stack: the caller below
 * it is who asked.
 */
const OWN = /\/samtykke(-guard)?\.m?js$|\/module\/[\w-]+\.mjs$/;
/** The first http(s) script URL of a stack that is not samtykke's own, following async parents. */
function scriptOf(stack) {
    for (let s = stack, depth = 0; s && depth < 10; s = s.parent, depth++) {
        for (const f of s.callFrames)
            if (/^https?:/.test(f.url) && !OWN.test(f.url.replace(/[?#].*$/, '')))
                return f.url;
    }
    return null;
}
export class Initiators {
    /** Request URL → who asked for it (the first account wins; a URL asked for again is usually asked by the same). */
    by = new Map();
    /** Request URLs the HTML parser found (written in a page's HTML, not made by a script). */
    parsed = new Set();
    /** Starts listening on a page (its main frame and same-process frames). */
    async attach(context, page) {
        try {
            const cdp = await context.newCDPSession(page);
            cdp.on('Network.requestWillBeSent', (e) => {
                const url = e.request.url;
                if (this.by.has(url))
                    return;
                const script = scriptOf(e.initiator.stack);
                const who = script ?? (e.initiator.type === 'parser' ? (e.initiator.url ?? null) : null);
                if (!script && e.initiator.type === 'parser')
                    this.parsed.add(url);
                if (who && who !== url)
                    this.by.set(url, who);
            });
            await cdp.send('Network.enable');
        }
        catch {
            // No DevTools session (another browser, a closed page): no initiators, nothing else lost.
        }
    }
    /** The script (or the document) that asked for `url`, or null. */
    of(url) {
        return this.by.get(url) ?? null;
    }
    /** The request was written in a page's HTML (the parser asked for it), not made by a script. */
    fromHtml(url) {
        return this.parsed.has(url);
    }
    /** `url`'s initiator, its initiator's, … (at most `depth`), nearest first, without loops. */
    chain(url, depth = 6) {
        const out = [];
        for (let u = this.of(url); u && out.length < depth && !out.includes(u) && u !== url; u = this.of(u))
            out.push(u);
        return out;
    }
}
