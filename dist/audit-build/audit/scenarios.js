import { Recorder } from '../browser/evidence.js';
import { receiptProblems } from './findings.js';
import { getConsent } from '../browser/widget.js';
import { distinct, Session, WidgetProblem } from '../browser/session.js';
export { noInteraction, plans } from './plans.js';
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
export async function runScenario(browser, plan, info, options) {
    const result = emptyResult(plan);
    const rec = new Recorder(info.site, options, plan.gpc);
    const s = new Session(rec, info, options, result);
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
        const rec = r.receipts.find((x) => x.body?.method === d.method &&
            (!d.consent || x.body?.timestamp === d.consent.timestamp));
        if (!rec)
            continue;
        rec.problems = receiptProblems(rec, {
            method: d.method,
            consent: d.consent,
            gpc: gpcOn,
            pageUrl,
            config,
            previousReceiptId: previous,
        });
        const id = rec.body?.receiptId;
        previous = typeof id === 'string' ? id : null;
    }
    for (const rec of r.receipts)
        if (!r.decisions.length)
            rec.problems = ['sent although no decision was made'];
}
