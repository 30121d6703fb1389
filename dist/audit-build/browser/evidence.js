import { classifyUrl, isBeaconType, isThirdParty } from './classify.js';
import { GateLog, readGates, refineRequest } from './attribute.js';
import { cookieRecords, noteCookies, noteStorage, noteWrite, setCookies, storageRecords, stub, } from './records.js';
import { Initiators } from './initiators.js';
import { ProofEndpoint } from './proof-endpoint.js';
import { BINDING, instrumentScript, readDataLayer, readStorage } from './instrument.js';
export class Recorder {
    site;
    options;
    gpc;
    context;
    page;
    phases = [];
    requests = [];
    screenshots = [];
    pages = [];
    /** Who asked for each request (the script, or the document), as Chromium tells it. */
    initiators = new Initiators();
    /** The pages' gates (SPEC §2), as seen at the end of each phase. */
    gateLog = new GateLog();
    /** Cookie name → where its writes came from, and in which phases. */
    cookieWrites = new Map();
    storageWrites = new Map();
    cookies = new Map();
    storage = new Map();
    pageHost;
    /** The receipts sent to the proof endpoint, and its answers. */
    proof;
    constructor(site, options, gpc = false) {
        this.site = site;
        this.options = options;
        this.gpc = gpc;
        this.pageHost = new URL(site.pageUrl).hostname;
        this.proof = new ProofEndpoint(options, () => this.current.id);
        this.setSite(site);
    }
    /** The receipts POSTed to the proof endpoint so far, each with the endpoint's answer once it came. */
    get receipts() {
        return this.proof.receipts;
    }
    /**
     * What the audit knows about the site. The first scenario learns it from the page itself, so
     * it is set again once the notice has been read; records are classified at the end.
     */
    setSite(site) {
        this.site = site;
        this.proof.set(site.config?.proof?.endpoint, site.pageUrl);
    }
    get current() {
        return this.phases[this.phases.length - 1];
    }
    /** Starts a phase: what happens from now on is judged against its granted categories. */
    phase(p) {
        this.phases.push(p);
    }
    async open(browser, first) {
        this.phase(first);
        this.context = await browser.newContext({
            viewport: { width: 1280, height: 720 },
            colorScheme: 'light',
            // Service workers would answer requests where the audit cannot see or intercept them.
            serviceWorkers: 'block',
            extraHTTPHeaders: this.gpc ? { 'Sec-GPC': '1' } : undefined,
        });
        this.context.setDefaultTimeout(this.options.timeoutMs ?? 30000);
        await this.context.exposeBinding(BINDING, (source, e) => this.onPageEvent(source.frame.url(), e));
        await this.context.addInitScript(instrumentScript({ binding: BINDING, gpc: this.gpc }));
        await this.context.route('**/*', (route, request) => this.onRoute(route, request));
        this.context.on('request', (r) => this.onRequest(r));
        this.proof.attach(this.context);
        this.context.on('response', (r) => {
            const source = { url: r.url(), header: true };
            const noteHeader = (headers) => setCookies(headers['set-cookie']).forEach((c) => this.noteCookieWrite(c.name, source, c.deleting));
            void r.allHeaders().then(noteHeader, () => undefined);
        });
        await this.options.onContext?.(this.context);
        this.page = await this.context.newPage();
        await this.initiators.attach(this.context, this.page);
        this.page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
        return this.page;
    }
    async close() {
        await this.context?.close().catch(() => undefined);
    }
    async onRoute(route, request) {
        try {
            const url = request.url();
            // Receipts first: they are evidence, whoever answers them.
            if (this.proof.matches(url))
                return await this.proof.route(route, request);
            if (this.options.route && (await this.options.route(route, request)))
                return;
            const u = new URL(url);
            if (this.options.interceptThirdParty && /^https?:$/.test(u.protocol) && isThirdParty(u.hostname, this.pageHost)) {
                return await stub(route, request.resourceType());
            }
            await route.fallback();
        }
        catch {
            // The page went away while answering: nothing left to do.
        }
    }
    onRequest(r) {
        const url = r.url();
        let u;
        try {
            u = new URL(url);
        }
        catch {
            return;
        }
        if (!/^https?:$/.test(u.protocol))
            return;
        if (this.proof.matches(url))
            return; // receipts are evidence of their own
        let frame = '';
        let frameDepth;
        try {
            frame = r.frame().url();
            if (r.resourceType() === 'document') {
                frameDepth = 0;
                for (let f = r.frame().parentFrame(); f; f = f.parentFrame())
                    frameDepth++;
            }
        }
        catch {
            // a request of a service worker or a detached frame
        }
        this.requests.push({
            url,
            host: u.hostname,
            path: u.pathname,
            method: r.method(),
            resourceType: r.resourceType(),
            phase: this.current.id,
            frame,
            frameDepth,
        });
    }
    /** Requests made, classified: first or third party, service, category, beacon. */
    requestRecords() {
        return this.requests
            .filter((r) => !this.proof.matches(r.url))
            .map((r) => {
            const thirdParty = isThirdParty(r.host, this.pageHost);
            const a = thirdParty
                ? refineRequest(classifyUrl(r.url, this.site), r.url, [...this.initiators.chain(r.url), r.frame], this.gateLog.byUrl, this.site)
                : { service: null, category: null, declared: true };
            return {
                ...r,
                ...a,
                thirdParty,
                beacon: thirdParty && !a.own && isBeaconType(r.resourceType),
                initiator: this.initiators.of(r.url),
            };
        });
    }
    onPageEvent(frameUrl, e) {
        if (!e || typeof e !== 'object')
            return;
        const src = {
            url: e.src?.url ?? null,
            inline: !!e.src?.inline,
            consent: e.src?.consent,
            service: e.src?.service,
        };
        if (src.inline && !src.url)
            src.url = frameUrl;
        if (e.t === 'cookie' && e.name)
            this.noteCookieWrite(e.name, src, e.deleting);
        if (e.t === 'storage' && e.name) {
            let origin = '';
            try {
                origin = new URL(frameUrl).origin;
            }
            catch {
                // about:blank frames report no origin of their own
            }
            noteWrite(this.storageWrites, `${e.kind}|${origin}|${e.name}`, src, this.current.id);
        }
    }
    /** A cookie write; deletions are not writes (samtykke deletes other services' cookies on withdrawal). */
    noteCookieWrite(name, src, deleting) {
        if (!name || deleting)
            return;
        noteWrite(this.cookieWrites, name, src, this.current.id);
    }
    /** The scripts behind some writes, and the scripts (and documents) that loaded those. */
    writers(sources) {
        return sources.flatMap((s) => (s.url && !s.inline ? [s.url, ...this.initiators.chain(s.url)] : []));
    }
    /** Where the writes of a cookie came from, as the page and the responses reported them. */
    cookieSources(name) {
        return this.cookieWrites.get(name)?.sources ?? [];
    }
    /** Where the writes of a storage key came from. */
    storageSources(kind, origin, name) {
        return this.storageWrites.get(`${kind}|${origin}|${name}`)?.sources ?? [];
    }
    /** End of a phase: which cookies and storage entries exist now. */
    async snapshot() {
        const phase = this.current.id;
        noteCookies(this.cookies, await this.context.cookies(), phase);
        for (const page of this.context.pages()) {
            for (const frame of page.frames()) {
                this.gateLog.add(await frame.evaluate(readGates).catch(() => []), phase);
                const storage = await frame.evaluate(readStorage).catch(() => null);
                if (storage && storage.origin !== 'null')
                    noteStorage(this.storage, storage, phase);
            }
        }
    }
    async dataLayer() {
        return (await this.page.evaluate(readDataLayer).catch(() => null)) ?? null;
    }
    async screenshot(label) {
        try {
            const png = await this.page.screenshot({ type: 'png' });
            this.screenshots.push({ label, png: new Uint8Array(png) });
        }
        catch {
            // A page that is navigating cannot be photographed; the evidence tables still stand.
        }
    }
    /** Cookies seen, with who wrote them and what they belong to. */
    cookieRecords() {
        return cookieRecords(this.cookies.values(), this.cookieWrites, this.recordContext());
    }
    /** Storage entries seen, with who wrote them and what they belong to. */
    storageRecords() {
        return storageRecords(this.storage.values(), this.storageWrites, this.recordContext());
    }
    recordContext() {
        return { site: this.site, pageHost: this.pageHost, gates: this.gateLog.byUrl, writers: (sources) => this.writers(sources) };
    }
}
