/**
 * `audit(url, options)`: the programmatic entry of `samtykke audit`. Launches (or borrows)
 * Chromium, runs the first scenario to learn the site, then the others side by side, each in
 * its own fresh context, and turns the evidence into findings.
 *
 * It never sends anything on the visitor's behalf beyond what the page itself does: receipts
 * are answered by the audit, and with `interceptThirdParty` no third party is contacted at all.
 */
import { createRequire } from 'node:module';
import { siteContext } from '../browser/classify.js';
import { AuditError, crawlTarget, launch } from '../browser/launch.js';
import { findings } from './findings.js';
import { gateFindings } from './findings-gates.js';
import { moreFindings } from './findings-more.js';
import { receiptsNote } from '../browser/proof-endpoint.js';
import { noInteraction, plans, runScenario } from './scenarios.js';
export { AuditError } from '../browser/launch.js';
const require = createRequire(import.meta.url);
function version() {
    try {
        return require('../../../package.json').version ?? '';
    }
    catch {
        return '';
    }
}
function defaultAxePath() {
    try {
        return require.resolve('axe-core/axe.min.js');
    }
    catch {
        return '';
    }
}
/** Runs `fn` over `items`, at most `n` at a time, keeping the order of the results. */
async function pool(items, n, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
    return out;
}
/** The report's notes: what the audit could not judge, scenarios that stopped, minor issues, receipts. */
function notesOf(info, scenarios) {
    const notes = [];
    if (!info.samtykke)
        notes.push('This page does not use samtykke, so only the “no interaction” scenario was run. Without a notice to compare with, the audit only judges what it knows to be tracking: the known trackers and cross-site cookies. Everything else it saw is listed as evidence.');
    for (const s of scenarios) {
        if (s.error)
            notes.push(`The scenario “${s.title}” stopped early: ${s.error}`);
        for (const v of s.axe ?? [])
            if (v.impact !== 'serious' && v.impact !== 'critical')
                notes.push(`Minor accessibility issue (${v.impact}) on the ${v.layer}: ${v.help} (${v.id})`);
    }
    const proof = receiptsNote(scenarios.flatMap((s) => s.receipts));
    if (proof)
        notes.push(proof);
    return notes;
}
/**
 * Audits a live page the way `samtykke audit` does: visits it in Chromium as a first-time
 * visitor who does nothing, then, when the page uses samtykke, once per scenario (accept,
 * refuse, choose, withdraw, …), records every request, cookie, storage write and receipt, and
 * judges them against the page's notice and the law (findings), with axe's accessibility checks
 * on the widget.
 *
 * @param url The page to audit (http or https).
 * @param options Browser, pages to follow, interception of third parties, progress (`AuditOptions`).
 * @returns What each scenario saw and the findings; `result.findings` empty means none found.
 * @throws AuditError when `url` is not an http(s) URL, `pages` is not a whole number ≥ 1, or
 *   the first visit itself fails (the page cannot be loaded).
 */
export async function audit(url, options = {}) {
    const { start, pages } = crawlTarget(url, options.pages);
    const runOptions = {
        ...options,
        pages,
        settleMs: options.settleMs ?? 1500,
        axePath: options.axePath ?? defaultAxePath(),
    };
    const log = options.log ?? (() => { });
    const startedAt = new Date().toISOString();
    const browser = options.browser ?? (await launch(options, start));
    try {
        const info = {
            url: start.href,
            pages: [start.href],
            samtykke: false,
            config: null,
            configErrors: [],
            language: null,
            site: siteContext(start.href, null),
        };
        log(`scenario: No interaction (${start.href})`);
        const first = await runScenario(browser, noInteraction(), info, runOptions);
        if (first.error)
            throw new AuditError(`could not audit ${start.href}: ${first.error}`);
        let todo = plans(info);
        if (options.only)
            todo = todo.filter((p) => options.only.includes(p.id));
        const rest = await pool(todo, options.concurrency ?? 2, (p) => {
            log(`scenario: ${p.title}`);
            return runScenario(browser, p, info, runOptions);
        });
        const scenarios = [first, ...rest];
        const notes = notesOf(info, scenarios);
        const found = findings(scenarios, info.config, info.samtykke);
        found.push(...moreFindings(scenarios, info.site, info.samtykke, found, notes));
        if (info.samtykke && info.site.config)
            found.push(...gateFindings(scenarios, info.site));
        return {
            url: start.href,
            startedAt,
            finishedAt: new Date().toISOString(),
            tool: `samtykke audit${version() ? ' ' + version() : ''}`,
            browser: `Chromium ${browser.version()}`,
            samtykke: info.samtykke,
            config: info.config,
            configErrors: info.configErrors,
            language: info.language,
            scenarios,
            findings: found,
            notes: [...new Set(notes)],
        };
    }
    finally {
        if (!options.browser)
            await browser.close().catch(() => undefined);
    }
}
/** Scenarios that stopped early make the result incomplete: the CLI exits 2 then. */
export const incomplete = (r) => r.scenarios.filter((s) => s.error).map((s) => `${s.title}: ${s.error}`);
