import { AuditError, crawlTarget, launch } from '../browser/launch.js';
import { siteContext, isThirdParty } from '../browser/classify.js';
import { Recorder } from '../browser/evidence.js';
import { links } from '../browser/session.js';
/** Words in a link's address or text that suggest the privacy notice. */
const POLICY = /personvern|privacy|cookie|informasjonskapsl|integritet|datenschutz|persondata/i;
/** The scripts, iframes and images of a page's HTML as served (parsed, never run). */
function elementsOf(html) {
    // What <noscript> holds never loads while scripts run; a parser without scripting would move
    // an <img> in a <head>'s <noscript> into <body>, so it goes first.
    const doc = new DOMParser().parseFromString(html.replace(/<noscript\b[^]*?<\/noscript\s*>/gi, ''), 'text/html');
    const out = [];
    for (const el of Array.from(doc.querySelectorAll('script, iframe, img'))) {
        if (el.closest('noscript'))
            continue;
        const tag = el.localName;
        const type = el.getAttribute('type');
        if (tag === 'script' && type && !/^(text|application)\/(javascript|ecmascript)$|^module$/i.test(type))
            continue;
        const src = el.getAttribute('src');
        const attributes = Array.from(el.attributes, (a) => [a.name, a.value]);
        let url = null;
        try {
            url = src ? new URL(src, location.href).href : null;
        }
        catch {
            continue;
        }
        if (!url && tag !== 'script')
            continue;
        const code = url ? undefined : (el.textContent ?? '').trim().slice(0, 4000);
        if (!url && !code)
            continue;
        out.push({ tag, url, attributes, code });
    }
    return out;
}
/** Same-site links whose address or text suggests a privacy notice. */
function policyLinksOf(page, pattern) {
    return page
        .evaluate((source) => {
        const re = new RegExp(source, 'i');
        return Array.from(document.querySelectorAll('a[href]'))
            .filter((a) => re.test(a.href) || re.test(a.textContent ?? ''))
            .map((a) => a.href)
            .filter((h) => new URL(h).origin === location.origin);
    }, pattern)
        .catch(() => []);
}
/** Scans `url`; returns what it saw, and the browser it saw it with. */
export async function scan(url, options = {}) {
    const { start, pages: max } = crawlTarget(url, options.pages);
    const settings = { max, settleMs: options.settleMs ?? 1500, log: options.log ?? (() => { }) };
    const browser = options.browser ?? (await launch(options, start));
    const rec = new Recorder(siteContext(start.href, null), options);
    try {
        const crawled = await crawl(rec, browser, start, settings);
        return { observations: observationsOf(rec, start, crawled), browser: `Chromium ${browser.version()}` };
    }
    finally {
        await rec.close();
        if (!options.browser)
            await browser.close().catch(() => undefined);
    }
}
/**
 * Visits `start`, then same-site links breadth first, until `max` pages have loaded, each page
 * a phase of one recording. The first page must load (without it there is nothing to scan: an
 * AuditError); a later page that fails is skipped.
 */
async function crawl(rec, browser, start, settings) {
    const { max, settleMs, log } = settings;
    const queue = [start.href];
    const crawled = { visited: [], elements: [], policy: new Set() };
    const { visited } = crawled;
    for (let i = 0; i < queue.length && visited.length < max; i++) {
        const pageUrl = queue[i];
        const phase = { id: `page-${visited.length + 1}`, label: pageUrl, granted: 'all' };
        if (!visited.length)
            await rec.open(browser, phase);
        else
            rec.phase(phase);
        log(`scan: page ${visited.length + 1}/${max}: ${pageUrl}`);
        const page = rec.page;
        const loaded = await load(page, pageUrl, !visited.length, log);
        if (!loaded)
            continue;
        visited.push(pageUrl);
        await page.waitForLoadState('networkidle', { timeout: Math.max(2000, settleMs * 2) }).catch(() => undefined);
        await page.waitForTimeout(settleMs);
        const html = loaded.response ? await loaded.response.text().catch(() => '') : '';
        for (const el of await page.evaluate(elementsOf, html).catch(() => []))
            crawled.elements.push({ ...el, page: pageUrl });
        for (const l of await policyLinksOf(page, POLICY.source))
            crawled.policy.add(l);
        await rec.snapshot();
        for (const l of await links(page, pageUrl, 1000))
            if (!queue.includes(l))
                queue.push(l);
    }
    return crawled;
}
/**
 * Loads one page: its response (null when the browser gave none), or null when it failed and
 * is skipped. The first page failing (no load, or HTTP 400 and up) ends the scan instead.
 */
async function load(page, pageUrl, first, log) {
    let response;
    try {
        response = await page.goto(pageUrl, { waitUntil: 'load' });
    }
    catch (e) {
        if (first)
            throw new AuditError(`could not load ${pageUrl}: ${e.message.split('\n')[0]}`);
        log(`scan: could not load ${pageUrl}`);
        return null;
    }
    if (response && response.status() >= 400) {
        if (first)
            throw new AuditError(`${pageUrl} answered HTTP ${response.status()}`);
        return null;
    }
    return { response };
}
/** The recording in the scan's terms: every record named by the pages it was seen on. */
function observationsOf(rec, start, crawled) {
    const pageOf = new Map(rec.phases.map((p) => [p.id, p.label]));
    const pagesOf = (phases) => phases.map((p) => pageOf.get(p) ?? '').filter(Boolean);
    const source = (s) => ({
        url: s.url,
        inline: !!s.inline,
        header: !!s.header,
    });
    return {
        url: start.href,
        pages: crawled.visited,
        requests: rec.requestRecords().map((r) => ({
            url: r.url,
            host: r.host,
            resourceType: r.resourceType,
            page: pageOf.get(r.phase) ?? start.href,
            frame: r.frame,
            frameDepth: r.frameDepth,
            thirdParty: r.thirdParty,
            initiator: r.initiator ?? null,
            fromHtml: rec.initiators.fromHtml(r.url),
        })),
        cookies: rec.cookieRecords().map((c) => ({
            name: c.name,
            domain: c.domain,
            path: c.path,
            expiresDays: c.expiresDays,
            thirdParty: c.thirdParty,
            httpOnly: c.httpOnly,
            pages: pagesOf(c.phases),
            setBy: rec.cookieSources(c.name).map(source),
        })),
        storage: rec.storageRecords().map((s) => ({
            kind: s.kind,
            origin: s.origin,
            name: s.name,
            thirdParty: s.thirdParty,
            pages: pagesOf(s.phases),
            setBy: rec.storageSources(s.kind, s.origin, s.name).map(source),
        })),
        elements: crawled.elements.filter((e) => e.tag !== 'img' || (e.url && isThirdParty(new URL(e.url).hostname, start.hostname))),
        policyLinks: [...crawled.policy],
    };
}
