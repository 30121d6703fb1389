/**
 * Running one scenario plan in a fresh browser context, and checking the receipts of the
 * decisions it made (SPEC §7). Every scenario ends with what was recorded, whatever happened.
 */
import type { Browser } from 'playwright-core';
import type { Config } from '../widget/types.js';
import { Recorder } from '../browser/evidence.js';
import { receiptProblems } from './findings.js';
import type { ScenarioResult } from './types.js';
import { getConsent } from '../browser/widget.js';
import { distinct, Session, WidgetProblem, type Options, type ScenarioPlan, type SiteInfo } from '../browser/session.js';

export { noInteraction, plans } from './plans.js';
export type { Options, ScenarioPlan, SiteInfo } from '../browser/session.js';

export function emptyResult(plan: ScenarioPlan): ScenarioResult {
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
export async function runScenario(
  browser: Browser,
  plan: ScenarioPlan,
  info: SiteInfo,
  options: Options,
): Promise<ScenarioResult> {
  const result = emptyResult(plan);
  const rec = new Recorder(info.site, options, plan.gpc);
  const s = new Session(rec, info, options, result);
  try {
    await rec.open(browser, plan.first);
    await plan.run(s);
    result.dataLayer = await rec.dataLayer();
    if (info.samtykke) result.consent = await getConsent(rec.page);
  } catch (e) {
    if (e instanceof WidgetProblem) s.problem(e.title, e.detail);
    else result.error = (e as Error).message.split('\n')[0];
    await rec.snapshot().catch(() => undefined);
    await rec.screenshot('Where the visit stopped');
  } finally {
    result.phases = rec.phases;
    result.requests = rec.requestRecords();
    result.cookies = rec.cookieRecords();
    result.storage = rec.storageRecords();
    result.screenshots = rec.screenshots;
    result.receipts = distinct(rec.receipts);
    result.gates = rec.gateLog.records();
    await rec.close();
  }
  if (info.config) checkReceipts(result, info.config, info.url, !!plan.gpc);
  return result;
}

/** Checks each decision's receipt against SPEC §7 and the decision (and the one it replaces). */
function checkReceipts(r: ScenarioResult, config: Config, pageUrl: string, gpcOn: boolean): void {
  // A fresh browser: the first decision replaces nothing.
  let previous: string | null = null;
  for (const d of r.decisions) {
    const rec = r.receipts.find(
      (x) =>
        (x.body as { method?: unknown })?.method === d.method &&
        (!d.consent || (x.body as { timestamp?: unknown })?.timestamp === d.consent.timestamp),
    );
    if (!rec) continue;
    rec.problems = receiptProblems(rec, {
      method: d.method,
      consent: d.consent,
      gpc: gpcOn,
      pageUrl,
      config,
      previousReceiptId: previous,
    });
    const id = (rec.body as { receiptId?: unknown })?.receiptId;
    previous = typeof id === 'string' ? id : null;
  }
  for (const rec of r.receipts) if (!r.decisions.length) rec.problems = ['sent although no decision was made'];
}
