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
import type { Config, Consent } from '../widget/types.js';
import { type SiteContext } from './classify.js';
import { Recorder } from './evidence.js';
import type { AuditOptions, Phase, ReceiptRecord, ScenarioResult } from './types.js';
import { Widget } from './widget.js';
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
export type Options = AuditOptions & {
    settleMs: number;
    pages: number;
    axePath: string;
};
/** Runs one plan's steps against one page, and keeps what it learns in `result`. */
export declare class Session {
    readonly rec: Recorder;
    readonly info: SiteInfo;
    readonly o: Options;
    readonly result: ScenarioResult;
    constructor(rec: Recorder, info: SiteInfo, o: Options, result: ScenarioResult);
    get page(): Page;
    problem(title: string, detail: string): void;
    note(text: string): void;
    settle(): Promise<void>;
    /** Loads a page (the audited URL by default) and lets it settle. A failed load is a run error. */
    visit(url?: string): Promise<void>;
    reload(): Promise<void>;
    /** The other pages of `--pages`, in the same context (so the choice holds on them). */
    browse(): Promise<void>;
    widget(): Promise<Widget>;
    /** Waits (bounded) until the receipts caught number at least `n` distinct ones. */
    waitReceipts(n: number, ms?: number): Promise<void>;
    /**
     * A decision: starts its phase, acts, and checks with the API that it took effect. Returns
     * the consent read back (null if none).
     */
    decide(phase: Phase, method: string, act: () => Promise<void>, ok: (c: Consent | null) => boolean, what: string): Promise<Consent | null>;
    /** Learns the site from the loaded page: samtykke or not, its notice, language, other pages. */
    learn(): Promise<void>;
}
/** Same-origin links of the page, in document order: the other pages to visit. */
export declare function links(page: Page, start: string, n: number): Promise<string[]>;
/** Receipts with distinct receiptIds (a receipt re-sent after a reload is one receipt). */
export declare function distinct(receipts: ReceiptRecord[]): ReceiptRecord[];
export declare function noInteraction(): ScenarioPlan;
/** The plans that apply: all for a samtykke site with a valid notice, else only the first. */
export declare function plans(info: SiteInfo): ScenarioPlan[];
export declare function emptyResult(plan: ScenarioPlan): ScenarioResult;
/** Runs a plan in a fresh context; whatever happens, returns what was recorded. */
export declare function runScenario(browser: Browser, plan: ScenarioPlan, info: SiteInfo, o: Options): Promise<ScenarioResult>;
