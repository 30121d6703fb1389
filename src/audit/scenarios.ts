/**
 * The consent states the audit puts a site through, each in a fresh browser context: no
 * interaction; Reject all; each category accepted alone; Accept all; Global Privacy Control;
 * withdrawal after Accept all. Choices are made the way a visitor makes them, through the
 * widget's buttons and switches; `window.samtykke.get()` is read afterwards as the check that
 * the click did what it said. Every scenario ends by loading the page again (and the other
 * pages of `--pages`), since most of what a choice changes shows on the next page view.
 *
 * The first scenario ("no interaction") is also how the audit learns the site: whether it runs
 * samtykke, its notice, its language and the pages to visit.
 */
import type { Browser, Page } from 'playwright-core';
import { text } from '../widget/notice/text.js';
import { validate } from '../widget/notice/validate.js';
import type { Config, Consent } from '../widget/types.js';
import { siteContext, type SiteContext } from './classify.js';
import { Recorder } from './evidence.js';
import { receiptProblems } from './findings.js';
import type { AuditOptions, Phase, ReceiptRecord, ScenarioResult } from './types.js';
import { learnNotice } from './notice.js';
import { detect, getConsent, ownScripts, runAxe, waitConsent, waitReady, Widget } from './widget.js';

/** What the audit knows about the site; filled in by the first scenario. */
export interface SiteInfo {
  url: string;
  pages: string[];
  samtykke: boolean;
  config: Config | null;
  configErrors: string[];
  language: string | null;
  site: SiteContext;
  /** Whether the second layer was already checked with axe (once per audit is enough). */
  axedSecondLayer?: boolean;
}

export interface ScenarioPlan {
  id: string;
  title: string;
  description: string;
  gpc?: boolean;
  first: Phase;
  run(s: Session): Promise<void>;
}

export type Options = AuditOptions & { settleMs: number; pages: number; axePath: string };

const BEFORE: Phase = { id: 'before', label: 'before any choice', granted: ['necessary'] };

/** The widget did not let the visitor do something: a finding, not a failure of the audit. */
class WidgetProblem extends Error {
  constructor(
    readonly title: string,
    readonly detail: string,
  ) {
    super(title);
  }
}

/** Runs one plan's steps against one page, and keeps what it learns in `result`. */
export class Session {
  constructor(
    readonly rec: Recorder,
    readonly info: SiteInfo,
    readonly o: Options,
    readonly result: ScenarioResult,
  ) {}

  get page(): Page {
    return this.rec.page;
  }

  problem(title: string, detail: string): void {
    this.result.problems.push({ title, detail });
  }

  note(text: string): void {
    this.result.notes.push(text);
  }

  async settle(): Promise<void> {
    await this.page.waitForLoadState('load').catch(() => undefined);
    await this.page.waitForLoadState('networkidle', { timeout: Math.max(2000, this.o.settleMs * 2) }).catch(() => undefined);
    await this.page.waitForTimeout(this.o.settleMs);
  }

  /** Loads a page (the audited URL by default) and lets it settle. A failed load is a run error. */
  async visit(url = this.info.url): Promise<void> {
    const res = await this.page.goto(url, { waitUntil: 'load' });
    if (res && res.status() >= 400) throw new Error(`${url} answered HTTP ${res.status()}`);
    if (!this.result.pages.includes(url)) this.result.pages.push(url);
    if (this.info.samtykke) await waitReady(this.page);
    await this.settle();
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
    if (this.info.samtykke) await waitReady(this.page);
    await this.settle();
  }

  /** The other pages of `--pages`, in the same context (so the choice holds on them). */
  async browse(): Promise<void> {
    for (const url of this.info.pages.slice(1)) {
      try {
        await this.visit(url);
      } catch (e) {
        this.note(`Could not load ${url}: ${(e as Error).message}`);
      }
    }
  }

  widget(): Promise<Widget> {
    return Widget.open(this.page);
  }

  /** Waits (bounded) until the receipts caught number at least `n` distinct ones. */
  async waitReceipts(n: number, ms = 4000): Promise<void> {
    if (!this.info.config?.proof?.endpoint) return;
    const end = Date.now() + ms;
    while (distinct(this.rec.receipts).length < n && Date.now() < end) await this.page.waitForTimeout(100);
  }

  /**
   * A decision: starts its phase, acts, and checks with the API that it took effect. Returns
   * the consent read back (null if none).
   */
  async decide(phase: Phase, method: string, act: () => Promise<void>, ok: (c: Consent | null) => boolean, what: string): Promise<Consent | null> {
    this.rec.phase(phase);
    try {
      await act();
    } catch (e) {
      throw new WidgetProblem(`${what} was not possible`, (e as Error).message.split('\n')[0]);
    }
    const c = await waitConsent(this.page, ok);
    if (!ok(c))
      this.problem(
        `${what} did not record the visitor’s choice`,
        `after ${what}, samtykke.get() returned ${JSON.stringify(c)}`,
      );
    this.result.decisions.push({ phase: phase.id, method, consent: c });
    return c;
  }

  /** Learns the site from the loaded page: samtykke or not, its notice, language, other pages. */
  async learn(): Promise<void> {
    const info = this.info;
    info.samtykke = await detect(this.page).catch(() => false);
    if (info.samtykke) {
      await waitReady(this.page);
      const notice = await learnNotice(this.page, this.o.notice);
      info.configErrors.push(...notice.errors);
      for (const n of notice.notes) this.note(n);
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
    if (this.o.pages > 1) info.pages = [info.url, ...(await links(this.page, info.url, this.o.pages - 1))];
  }
}

/** Same-origin links of the page, in document order: the other pages to visit. */
export async function links(page: Page, start: string, n: number): Promise<string[]> {
  const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href)).catch(() => [] as string[]);
  const origin = new URL(start).origin;
  const seen = new Set([start.replace(/#.*$/, '')]);
  const out: string[] = [];
  for (const h of hrefs) {
    let u: URL;
    try {
      u = new URL(h);
    } catch {
      continue;
    }
    u.hash = '';
    if (u.origin !== origin || /\.(pdf|jpe?g|png|gif|svg|webp|zip|docx?|xlsx?|mp[34]|json|xml|txt|css|js)$/i.test(u.pathname) || seen.has(u.href)) continue;
    seen.add(u.href);
    out.push(u.href);
    if (out.length >= n) break;
  }
  return out;
}

/** Receipts with distinct receiptIds (a receipt re-sent after a reload is one receipt). */
export function distinct(receipts: ReceiptRecord[]): ReceiptRecord[] {
  const seen = new Set<string>();
  return receipts.filter((r) => {
    const id = (r.body as { receiptId?: unknown } | null)?.receiptId;
    const key = typeof id === 'string' ? id : JSON.stringify(r.body);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// The plans

const categories = (c: Config) => Object.keys(c.categories).filter((id) => id !== 'necessary');
const only = (c: Consent | null, granted: string[]) =>
  !!c && Object.entries(c.categories).every(([id, v]) => v === (id === 'necessary' || granted.includes(id)));

export function noInteraction(): ScenarioPlan {
  return {
    id: 'none',
    title: 'No interaction',
    description:
      'We opened the page in a fresh browser (no cookies, nothing stored) and did not touch the consent banner. Only what the notice declares as necessary may happen.',
    first: BEFORE,
    async run(s) {
      await s.visit();
      await s.learn();
      if (s.info.samtykke && s.info.config) {
        const w = await s.widget();
        if (!(await w.bannerVisible())) {
          s.problem('The consent banner did not appear', 'a fresh visitor saw no “Accept all / Reject all / Choose” buttons');
        } else {
          s.result.buttons = await w.measureFirstLayer().catch((e) => {
            s.note(`Could not measure the first-layer buttons: ${(e as Error).message}`);
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

function rejectAll(): ScenarioPlan {
  return {
    id: 'reject-all',
    title: 'Reject all',
    description: 'We clicked “Reject all” on the banner, then loaded the page again. Only what is necessary may happen.',
    first: BEFORE,
    async run(s) {
      await s.visit();
      const w = await s.widget();
      await s.rec.snapshot();
      await s.decide(
        { id: 'rejected', label: 'after “Reject all”', granted: ['necessary'], refused: true },
        'reject-all',
        () => w.click('rejectAll'),
        (c) => c?.method === 'reject-all' && only(c, []),
        `Clicking “${w.labels.rejectAll}”`,
      );
      await s.waitReceipts(1);
      await s.reload();
      await s.rec.screenshot('After “Reject all”, the next page view');
      await s.browse();
      await s.rec.snapshot();
    },
  };
}

function acceptCategory(cat: string): ScenarioPlan {
  return {
    id: `accept-${cat}`,
    title: `Only “${cat}” accepted`,
    description: `We clicked “Choose”, switched on only the category “${cat}”, saved, and loaded the page again. Only necessary and ${cat} may happen.`,
    first: BEFORE,
    async run(s) {
      await s.visit();
      const w = await s.widget();
      const config = s.info.config!;
      const title = text(config.categories[cat]?.title, s.info.language ?? 'en') || cat;
      await s.rec.snapshot();
      const phase: Phase = { id: `accepted-${cat}`, label: `after accepting only “${cat}”`, granted: ['necessary', cat] };
      const wanted = (c: Consent | null) => only(c, [cat]);
      let viaApi = false;
      try {
        await w.openChoices();
        await w.setCategory(title, true);
        if (!s.info.axedSecondLayer) {
          s.info.axedSecondLayer = true;
          await axe(s, 'second layer (choices)');
        }
        await s.rec.screenshot(`The choice: only “${title}” switched on`);
      } catch (e) {
        viaApi = true;
        s.note(`Could not use the widget’s switches (${(e as Error).message}); the choice was made with samtykke.set({ "${cat}": true }) instead.`);
      }
      await s.decide(
        phase,
        viaApi ? 'api' : 'custom',
        viaApi
          ? () => s.page.evaluate((cat) => (window as unknown as { samtykke: { set(c: Record<string, boolean>): Promise<unknown> } }).samtykke.set({ [cat]: true }).then(() => undefined), cat)
          : () => w.click('save', w.dialog()),
        (c) => c?.method === (viaApi ? 'api' : 'custom') && wanted(c),
        viaApi ? `samtykke.set({ "${cat}": true })` : `Switching on “${title}” and clicking “${w.labels.save}”`,
      );
      await s.waitReceipts(1);
      await s.reload();
      await s.rec.screenshot(`After accepting only “${title}”, the next page view`);
      await s.browse();
      await s.rec.snapshot();
    },
  };
}

function acceptAll(): ScenarioPlan {
  return {
    id: 'accept-all',
    title: 'Accept all',
    description: 'We clicked “Accept all” and loaded the page again. Everything may run now, but all of it must be declared in the notice.',
    first: BEFORE,
    async run(s) {
      await s.visit();
      const w = await s.widget();
      await s.rec.snapshot();
      await s.decide(
        { id: 'accepted', label: 'after “Accept all”', granted: 'all' },
        'accept-all',
        () => w.click('acceptAll'),
        (c) => c?.method === 'accept-all' && Object.values(c.categories).every(Boolean),
        `Clicking “${w.labels.acceptAll}”`,
      );
      await s.waitReceipts(1);
      await s.reload();
      await s.rec.screenshot('After “Accept all”, the next page view');
      await s.browse();
      await s.rec.snapshot();
    },
  };
}

function gpc(config: Config): ScenarioPlan {
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
        if (await w.bannerVisible(500)) s.problem('The banner asked although Global Privacy Control had answered', 'with GPC on and "gpc": "honor", the first layer was shown');
        await s.waitReceipts(1);
      } else if (!(await w.bannerVisible())) {
        s.problem('The consent banner did not appear', 'with GPC on and "gpc": "ignore", no first layer was shown');
      }
      await s.rec.screenshot('With Global Privacy Control on');
      await s.reload();
      await s.browse();
      await s.rec.snapshot();
    },
  };
}

function withdrawal(config: Config): ScenarioPlan {
  return {
    id: 'withdrawal',
    title: 'Withdrawal after Accept all',
    description:
      'We clicked “Accept all”, loaded the page again so every service could run, then re-opened the choices and clicked “Reject all” (withdrawal). After that, the cookies of the withdrawn services must be gone and nothing non-essential may run.',
    first: BEFORE,
    async run(s) {
      await s.visit();
      let w = await s.widget();
      await s.rec.snapshot();
      await s.decide(
        { id: 'accepted', label: 'after “Accept all”', granted: 'all' },
        'accept-all',
        () => w.click('acceptAll'),
        (c) => c?.method === 'accept-all',
        `Clicking “${w.labels.acceptAll}”`,
      );
      await s.waitReceipts(1);
      await s.reload();
      await s.rec.snapshot();
      w = await s.widget();
      const phase: Phase = { id: 'withdrawn', label: 'after withdrawing consent', granted: ['necessary'], refused: true, withdrawn: true };
      try {
        await w.openChoices();
      } catch (e) {
        throw new WidgetProblem('The choices could not be re-opened after a decision', `no “${w.labels.reopen}” button worked: ${(e as Error).message.split('\n')[0]}`);
      }
      await s.rec.screenshot('Withdrawing: the choices re-opened');
      const page = s.page;
      const navigated = page
        .waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 5000 })
        .then(() => true)
        .catch(() => false);
      await s.decide(
        phase,
        'reject-all',
        async () => {
          await w.click('rejectAll', w.dialog());
          if (await navigated) await s.settle();
          else {
            if (config.reloadOnWithdraw) s.note('The page did not reload after withdrawal, although the notice says "reloadOnWithdraw": true; the audit reloaded it.');
            await s.reload();
          }
        },
        (c) => c?.method === 'reject-all' && only(c, []),
        `Clicking “${w.labels.rejectAll}” in the re-opened choices`,
      );
      await s.waitReceipts(2);
      await s.rec.screenshot('After withdrawing consent');
      await s.browse();
      await s.rec.snapshot();
    },
  };
}

/** The plans that apply: all for a samtykke site with a valid notice, else only the first. */
export function plans(info: SiteInfo): ScenarioPlan[] {
  const c = info.config;
  if (!info.samtykke || !c) return [];
  return [rejectAll(), ...categories(c).map(acceptCategory), acceptAll(), gpc(c), withdrawal(c)];
}

async function axe(s: Session, layer: string): Promise<void> {
  try {
    const v = await runAxe(s.page, s.o.axePath, layer);
    s.result.axe = [...(s.result.axe ?? []), ...v];
  } catch (e) {
    s.note(`axe could not run on the ${layer}: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------

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
export async function runScenario(browser: Browser, plan: ScenarioPlan, info: SiteInfo, o: Options): Promise<ScenarioResult> {
  const result = emptyResult(plan);
  const rec = new Recorder(info.site, o, plan.gpc);
  const s = new Session(rec, info, o, result);
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
      (x) => (x.body as { method?: unknown })?.method === d.method && (!d.consent || (x.body as { timestamp?: unknown })?.timestamp === d.consent.timestamp),
    );
    if (!rec) continue;
    rec.problems = receiptProblems(rec, { method: d.method, consent: d.consent, gpc: gpcOn, pageUrl, config, previousReceiptId: previous });
    const id = (rec.body as { receiptId?: unknown })?.receiptId;
    previous = typeof id === 'string' ? id : null;
  }
  for (const rec of r.receipts) if (!r.decisions.length) rec.problems = ['sent although no decision was made'];
}
