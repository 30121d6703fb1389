import { validate } from '../widget/notice/validate.js';
import { siteContext } from './classify.js';
import { Recorder } from './evidence.js';
import { learnNotice } from './notice.js';
import { accepted } from './proof-endpoint.js';
import { detect, ownScripts, runAxe, waitConsent, waitReady, Widget } from './widget.js';
/** The widget did not let the visitor do something: a finding, not a failure of the audit. */
export class WidgetProblem extends Error {
    title;
    detail;
    constructor(title, detail) {
        super(title);
        this.title = title;
        this.detail = detail;
    }
}
/** Runs one plan's steps against one page, and keeps what it learns in `result`. */
export class Session {
    rec;
    info;
    options;
    result;
    constructor(rec, info, options, result) {
        this.rec = rec;
        this.info = info;
        this.options = options;
        this.result = result;
    }
    get page() {
        return this.rec.page;
    }
    problem(title, detail) {
        this.result.problems.push({ title, detail });
    }
    note(text) {
        this.result.notes.push(text);
    }
    async settle() {
        await this.page.waitForLoadState('load').catch(() => undefined);
        await this.page
            .waitForLoadState('networkidle', { timeout: Math.max(2000, this.options.settleMs * 2) })
            .catch(() => undefined);
        await this.page.waitForTimeout(this.options.settleMs);
    }
    /** Loads a page (the audited URL by default) and lets it settle. A failed load is a run error. */
    async visit(url = this.info.url) {
        const res = await this.page.goto(url, { waitUntil: 'load' });
        if (res && res.status() >= 400)
            throw new Error(`${url} answered HTTP ${res.status()}`);
        if (!this.result.pages.includes(url))
            this.result.pages.push(url);
        if (this.info.samtykke)
            await waitReady(this.page);
        await this.settle();
    }
    async reload() {
        await this.page.reload({ waitUntil: 'load' });
        if (this.info.samtykke)
            await waitReady(this.page);
        await this.settle();
    }
    /** The other pages of `--pages`, in the same context (so the choice holds on them). */
    async browse() {
        for (const url of this.info.pages.slice(1)) {
            try {
                await this.visit(url);
            }
            catch (e) {
                this.note(`Could not load ${url}: ${e.message}`);
            }
        }
    }
    widget() {
        return Widget.open(this.page);
    }
    /**
     * Waits (bounded) until the receipts sent number at least `n` distinct ones and the endpoint
     * has answered each (a hung endpoint: until the bound, then it counts as no answer).
     */
    async waitReceipts(n, ms = 4000) {
        if (!this.info.config?.proof?.endpoint)
            return;
        const end = Date.now() + ms;
        const done = () => distinct(this.rec.receipts).length >= n &&
            this.rec.receipts.every((r) => !r.delivery || r.delivery.status !== null || r.delivery.error);
        while (!done() && Date.now() < end)
            await this.page.waitForTimeout(100);
    }
    /**
     * A decision: starts its phase, acts, and checks with the API that it took effect. Returns
     * the consent read back (null if none).
     */
    async decide(phase, method, act, ok, what) {
        this.rec.phase(phase);
        const reloaded = this.ownReload();
        try {
            await act();
        }
        catch (e) {
            throw new WidgetProblem(`${what} was not possible`, e.message.split('\n')[0]);
        }
        const c = await waitConsent(this.page, ok);
        if (!ok(c))
            this.problem(`${what} did not record the visitor’s choice`, `after ${what}, samtykke.get() returned ${JSON.stringify(c)}`);
        this.result.decisions.push({ phase: phase.id, method, consent: c });
        if (await reloaded) {
            await this.page.waitForLoadState('load').catch(() => undefined);
            if (this.info.samtykke)
                await waitReady(this.page);
            await this.settle();
        }
        return c;
    }
    /**
     * Under the frame policy (`autoBlock.frames`) granting a tracker frame reloads the page once,
     * after the decision's receipt is kept (up to about 2 s later). Resolves true when the page
     * navigated by itself within that time, so the audit waits for that reload instead of racing
     * it with its own; false at once on a notice without the policy.
     */
    ownReload() {
        const autoBlock = this.info.config?.autoBlock;
        if (!autoBlock || typeof autoBlock !== 'object' || !autoBlock.frames)
            return Promise.resolve(false);
        const page = this.page;
        return page
            .waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 4000 })
            .then(() => true)
            .catch(() => false);
    }
    /** Learns the site from the loaded page: samtykke or not, its notice, language, other pages. */
    async learn() {
        const info = this.info;
        info.samtykke = await detect(this.page).catch(() => false);
        if (info.samtykke) {
            await waitReady(this.page);
            const notice = await learnNotice(this.page, this.options.notice);
            info.configErrors.push(...notice.errors);
            for (const n of notice.notes)
                this.note(n);
            if (notice.raw !== undefined) {
                const r = validate(notice.raw);
                info.config = r.config;
                info.configErrors.push(...r.errors.map((p) => `${p.path}: ${p.message}`));
            }
            info.language = await Widget.language(this.page);
            const own = await ownScripts(this.page).catch(() => []);
            info.site = siteContext(info.url, info.config, notice.source ? [...own, notice.source] : own);
            info.site.notice = notice.raw;
            this.rec.setSite(info.site);
            if (info.configErrors.length)
                this.problem('The notice (samtykke config) is invalid, so the widget asks nothing and runs nothing', info.configErrors.join('; '));
        }
        if (this.options.pages > 1)
            info.pages = [info.url, ...(await links(this.page, info.url, this.options.pages - 1))];
    }
}
/** Same-origin links of the page, in document order: the other pages to visit. */
export async function links(page, start, n) {
    const hrefs = await page
        .evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => a.href))
        .catch(() => []);
    const origin = new URL(start).origin;
    const seen = new Set([start.replace(/#.*$/, '')]);
    const out = [];
    for (const h of hrefs) {
        let u;
        try {
            u = new URL(h);
        }
        catch {
            continue;
        }
        u.hash = '';
        if (u.origin !== origin ||
            /\.(pdf|jpe?g|png|gif|svg|webp|zip|docx?|xlsx?|mp[34]|json|xml|txt|css|js)$/i.test(u.pathname) ||
            seen.has(u.href))
            continue;
        seen.add(u.href);
        out.push(u.href);
        if (out.length >= n)
            break;
    }
    return out;
}
/**
 * Receipts with distinct receiptIds (a receipt re-sent after a reload or a retry is one
 * receipt), each with the best answer any of its sends got: accepted once is delivered.
 */
export function distinct(receipts) {
    const seen = new Map();
    for (const r of receipts) {
        const id = r.body?.receiptId;
        const key = typeof id === 'string' ? id : JSON.stringify(r.body);
        const first = seen.get(key);
        if (!first)
            seen.set(key, { ...r });
        else if (!accepted(first.delivery) && (accepted(r.delivery) || first.delivery?.status === null))
            first.delivery = r.delivery;
    }
    return [...seen.values()];
}
/** Runs axe on the page as it is now and keeps its violations with the scenario's result. */
export async function axe(s, layer) {
    try {
        const v = await runAxe(s.page, s.options.axePath, layer);
        s.result.axe = [...(s.result.axe ?? []), ...v];
    }
    catch (e) {
        s.note(`axe could not run on the ${layer}: ${e.message}`);
    }
}
