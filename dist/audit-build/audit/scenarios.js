import { text } from '../widget/notice/text.js';
import { validate } from '../widget/notice/validate.js';
import { siteContext } from './classify.js';
import { Recorder } from './evidence.js';
import { receiptProblems } from './findings.js';
import { learnNotice } from './notice.js';
import { detect, getConsent, ownScripts, runAxe, waitConsent, waitReady, Widget } from './widget.js';
const BEFORE = { id: 'before', label: 'before any choice', granted: ['necessary'] };
/** The widget did not let the visitor do something: a finding, not a failure of the audit. */
class WidgetProblem extends Error {
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
    o;
    result;
    constructor(rec, info, o, result) {
        this.rec = rec;
        this.info = info;
        this.o = o;
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
        await this.page.waitForLoadState('networkidle', { timeout: Math.max(2000, this.o.settleMs * 2) }).catch(() => undefined);
        await this.page.waitForTimeout(this.o.settleMs);
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
    /** Waits (bounded) until the receipts caught number at least `n` distinct ones. */
    async waitReceipts(n, ms = 4000) {
        if (!this.info.config?.proof?.endpoint)
            return;
        const end = Date.now() + ms;
        while (distinct(this.rec.receipts).length < n && Date.now() < end)
            await this.page.waitForTimeout(100);
    }
    /**
     * A decision: starts its phase, acts, and checks with the API that it took effect. Returns
     * the consent read back (null if none).
     */
    async decide(phase, method, act, ok, what) {
        this.rec.phase(phase);
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
        return c;
    }
    /** Learns the site from the loaded page: samtykke or not, its notice, language, other pages. */
    async learn() {
        const info = this.info;
        info.samtykke = await detect(this.page).catch(() => false);
        if (info.samtykke) {
            await waitReady(this.page);
            const notice = await learnNotice(this.page, this.o.notice);
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
        if (this.o.pages > 1)
            info.pages = [info.url, ...(await links(this.page, info.url, this.o.pages - 1))];
    }
}
/** Same-origin links of the page, in document order: the other pages to visit. */
export async function links(page, start, n) {
    const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => a.href)).catch(() => []);
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
        if (u.origin !== origin || /\.(pdf|jpe?g|png|gif|svg|webp|zip|docx?|xlsx?|mp[34]|json|xml|txt|css|js)$/i.test(u.pathname) || seen.has(u.href))
            continue;
        seen.add(u.href);
        out.push(u.href);
        if (out.length >= n)
            break;
    }
    return out;
}
/** Receipts with distinct receiptIds (a receipt re-sent after a reload is one receipt). */
export function distinct(receipts) {
    const seen = new Set();
    return receipts.filter((r) => {
        const id = r.body?.receiptId;
        const key = typeof id === 'string' ? id : JSON.stringify(r.body);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
// ---------------------------------------------------------------------------------------------
// The plans
const categories = (c) => Object.keys(c.categories).filter((id) => id !== 'necessary');
const only = (c, granted) => !!c && Object.entries(c.categories).every(([id, v]) => v === (id === 'necessary' || granted.includes(id)));
export function noInteraction() {
    return {
        id: 'none',
        title: 'No interaction',
        description: 'We opened the page in a fresh browser (no cookies, nothing stored) and did not touch the consent banner. Only what the notice declares as necessary may happen.',
        first: BEFORE,
        async run(s) {
            await s.visit();
            await s.learn();
            if (s.info.samtykke && s.info.config) {
                const w = await s.widget();
                if (!(await w.bannerVisible())) {
                    s.problem('The consent banner did not appear', 'a fresh visitor saw no “Accept all / Reject all / Choose” buttons');
                }
                else {
                    s.result.buttons = await w.measureFirstLayer().catch((e) => {
                        s.note(`Could not measure the first-layer buttons: ${e.message}`);
                        return undefined;
                    });
                    await axe(s, 'first layer (banner)');
                }
            }
            await s.rec.screenshot('What a first-time visitor sees');
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
function rejectAll() {
    return {
        id: 'reject-all',
        title: 'Reject all',
        description: 'We clicked “Reject all” on the banner, then loaded the page again. Only what is necessary may happen.',
        first: BEFORE,
        async run(s) {
            await s.visit();
            const w = await s.widget();
            await s.rec.snapshot();
            await s.decide({ id: 'rejected', label: 'after “Reject all”', granted: ['necessary'], refused: true }, 'reject-all', () => w.click('rejectAll'), (c) => c?.method === 'reject-all' && only(c, []), `Clicking “${w.labels.rejectAll}”`);
            await s.waitReceipts(1);
            await s.reload();
            await s.rec.screenshot('After “Reject all”, the next page view');
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
function acceptCategory(cat) {
    return {
        id: `accept-${cat}`,
        title: `Only “${cat}” accepted`,
        description: `We clicked “Choose”, switched on only the category “${cat}”, saved, and loaded the page again. Only necessary and ${cat} may happen.`,
        first: BEFORE,
        async run(s) {
            await s.visit();
            const w = await s.widget();
            const config = s.info.config;
            const title = text(config.categories[cat]?.title, s.info.language ?? 'en') || cat;
            await s.rec.snapshot();
            const phase = { id: `accepted-${cat}`, label: `after accepting only “${cat}”`, granted: ['necessary', cat] };
            const wanted = (c) => only(c, [cat]);
            let viaApi = false;
            try {
                await w.openChoices();
                await w.setCategory(title, true);
                if (!s.info.axedSecondLayer) {
                    s.info.axedSecondLayer = true;
                    await axe(s, 'second layer (choices)');
                }
                await s.rec.screenshot(`The choice: only “${title}” switched on`);
            }
            catch (e) {
                viaApi = true;
                s.note(`Could not use the widget’s switches (${e.message}); the choice was made with samtykke.set({ "${cat}": true }) instead.`);
            }
            await s.decide(phase, viaApi ? 'api' : 'custom', viaApi
                ? () => s.page.evaluate((cat) => window.samtykke.set({ [cat]: true }).then(() => undefined), cat)
                : () => w.click('save', w.dialog()), (c) => c?.method === (viaApi ? 'api' : 'custom') && wanted(c), viaApi ? `samtykke.set({ "${cat}": true })` : `Switching on “${title}” and clicking “${w.labels.save}”`);
            await s.waitReceipts(1);
            await s.reload();
            await s.rec.screenshot(`After accepting only “${title}”, the next page view`);
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
function acceptAll() {
    return {
        id: 'accept-all',
        title: 'Accept all',
        description: 'We clicked “Accept all” and loaded the page again. Everything may run now, but all of it must be declared in the notice.',
        first: BEFORE,
        async run(s) {
            await s.visit();
            const w = await s.widget();
            await s.rec.snapshot();
            await s.decide({ id: 'accepted', label: 'after “Accept all”', granted: 'all' }, 'accept-all', () => w.click('acceptAll'), (c) => c?.method === 'accept-all' && Object.values(c.categories).every(Boolean), `Clicking “${w.labels.acceptAll}”`);
            await s.waitReceipts(1);
            await s.reload();
            await s.rec.screenshot('After “Accept all”, the next page view');
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
function gpc(config) {
    const honour = config.gpc === 'honor';
    return {
        id: 'gpc',
        title: 'Global Privacy Control on',
        description: `We opened the page with the browser’s Global Privacy Control signal on (navigator.globalPrivacyControl and the Sec-GPC: 1 header) and did not click anything. ${honour ? 'The notice honours GPC: it must count as a refusal, without a banner.' : 'The notice ignores GPC: the banner must still ask, and nothing non-essential may run.'}`,
        gpc: true,
        first: { id: 'gpc', label: 'with Global Privacy Control on', granted: ['necessary'], refused: honour },
        async run(s) {
            await s.visit();
            const w = await s.widget();
            if (honour) {
                const c = await waitConsent(s.page, (c) => c?.method === 'gpc');
                s.result.decisions.push({ phase: 'gpc', method: 'gpc', consent: c });
                if (c?.method !== 'gpc' || !only(c, []))
                    s.problem('Global Privacy Control was not honoured', `with GPC on and "gpc": "honor", samtykke.get() returned ${JSON.stringify(c)}`);
                if (await w.bannerVisible(500))
                    s.problem('The banner asked although Global Privacy Control had answered', 'with GPC on and "gpc": "honor", the first layer was shown');
                await s.waitReceipts(1);
            }
            else if (!(await w.bannerVisible())) {
                s.problem('The consent banner did not appear', 'with GPC on and "gpc": "ignore", no first layer was shown');
            }
            await s.rec.screenshot('With Global Privacy Control on');
            await s.reload();
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
function withdrawal(config) {
    return {
        id: 'withdrawal',
        title: 'Withdrawal after Accept all',
        description: 'We clicked “Accept all”, loaded the page again so every service could run, then re-opened the choices and clicked “Reject all” (withdrawal). After that, the cookies of the withdrawn services must be gone and nothing non-essential may run.',
        first: BEFORE,
        async run(s) {
            await s.visit();
            let w = await s.widget();
            await s.rec.snapshot();
            await s.decide({ id: 'accepted', label: 'after “Accept all”', granted: 'all' }, 'accept-all', () => w.click('acceptAll'), (c) => c?.method === 'accept-all', `Clicking “${w.labels.acceptAll}”`);
            await s.waitReceipts(1);
            await s.reload();
            await s.rec.snapshot();
            w = await s.widget();
            const phase = { id: 'withdrawn', label: 'after withdrawing consent', granted: ['necessary'], refused: true, withdrawn: true };
            try {
                await w.openChoices();
            }
            catch (e) {
                throw new WidgetProblem('The choices could not be re-opened after a decision', `no “${w.labels.reopen}” button worked: ${e.message.split('\n')[0]}`);
            }
            await s.rec.screenshot('Withdrawing: the choices re-opened');
            const page = s.page;
            const navigated = page
                .waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 5000 })
                .then(() => true)
                .catch(() => false);
            await s.decide(phase, 'reject-all', async () => {
                await w.click('rejectAll', w.dialog());
                if (await navigated)
                    await s.settle();
                else {
                    if (config.reloadOnWithdraw)
                        s.note('The page did not reload after withdrawal, although the notice says "reloadOnWithdraw": true; the audit reloaded it.');
                    await s.reload();
                }
            }, (c) => c?.method === 'reject-all' && only(c, []), `Clicking “${w.labels.rejectAll}” in the re-opened choices`);
            await s.waitReceipts(2);
            await s.rec.screenshot('After withdrawing consent');
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
/** The plans that apply: all for a samtykke site with a valid notice, else only the first. */
export function plans(info) {
    const c = info.config;
    if (!info.samtykke || !c)
        return [];
    return [rejectAll(), ...categories(c).map(acceptCategory), acceptAll(), gpc(c), withdrawal(c)];
}
async function axe(s, layer) {
    try {
        const v = await runAxe(s.page, s.o.axePath, layer);
        s.result.axe = [...(s.result.axe ?? []), ...v];
    }
    catch (e) {
        s.note(`axe could not run on the ${layer}: ${e.message}`);
    }
}
// ---------------------------------------------------------------------------------------------
export function emptyResult(plan) {
    return {
        id: plan.id,
        title: plan.title,
        description: plan.description,
        phases: [],
        pages: [],
        requests: [],
        cookies: [],
        storage: [],
        receipts: [],
        decisions: [],
        dataLayer: null,
        consent: null,
        screenshots: [],
        problems: [],
        notes: [],
    };
}
/** Runs a plan in a fresh context; whatever happens, returns what was recorded. */
export async function runScenario(browser, plan, info, o) {
    const result = emptyResult(plan);
    const rec = new Recorder(info.site, o, plan.gpc);
    const s = new Session(rec, info, o, result);
    try {
        await rec.open(browser, plan.first);
        await plan.run(s);
        result.dataLayer = await rec.dataLayer();
        if (info.samtykke)
            result.consent = await getConsent(rec.page);
    }
    catch (e) {
        if (e instanceof WidgetProblem)
            s.problem(e.title, e.detail);
        else
            result.error = e.message.split('\n')[0];
        await rec.snapshot().catch(() => undefined);
        await rec.screenshot('Where the visit stopped');
    }
    finally {
        result.phases = rec.phases;
        result.requests = rec.requestRecords();
        result.cookies = rec.cookieRecords();
        result.storage = rec.storageRecords();
        result.screenshots = rec.screenshots;
        result.receipts = distinct(rec.receipts);
        result.gates = rec.gateLog.records();
        await rec.close();
    }
    if (info.config)
        checkReceipts(result, info.config, info.url, !!plan.gpc);
    return result;
}
/** Checks each decision's receipt against SPEC §7 and the decision (and the one it replaces). */
function checkReceipts(r, config, pageUrl, gpcOn) {
    // A fresh browser: the first decision replaces nothing.
    let previous = null;
    for (const d of r.decisions) {
        const rec = r.receipts.find((x) => x.body?.method === d.method && (!d.consent || x.body?.timestamp === d.consent.timestamp));
        if (!rec)
            continue;
        rec.problems = receiptProblems(rec, { method: d.method, consent: d.consent, gpc: gpcOn, pageUrl, config, previousReceiptId: previous });
        const id = rec.body?.receiptId;
        previous = typeof id === 'string' ? id : null;
    }
    for (const rec of r.receipts)
        if (!r.decisions.length)
            rec.problems = ['sent although no decision was made'];
}
