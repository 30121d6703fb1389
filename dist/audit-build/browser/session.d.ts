/**
 * One scenario's visit: the page, what the audit learns about the site on the first visit, and
 * the small steps plans are written in (visit, click through the widget, browse the other pages,
 * record a problem or a note). The plans themselves are in src/audit/plans.ts, the running in
 * src/audit/scenarios.ts.
 */
import type { Page } from 'playwright-core';
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
/** The widget did not let the visitor do something: a finding, not a failure of the audit. */
export declare class WidgetProblem extends Error {
    readonly title: string;
    readonly detail: string;
    constructor(title: string, detail: string);
}
/** Runs one plan's steps against one page, and keeps what it learns in `result`. */
export declare class Session {
    readonly rec: Recorder;
    readonly info: SiteInfo;
    readonly options: Options;
    readonly result: ScenarioResult;
    constructor(rec: Recorder, info: SiteInfo, options: Options, result: ScenarioResult);
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
    /**
     * Waits (bounded) until the receipts sent number at least `n` distinct ones and the endpoint
     * has answered each (a hung endpoint: until the bound, then it counts as no answer).
     */
    waitReceipts(n: number, ms?: number): Promise<void>;
    /**
     * A decision: starts its phase, acts, and checks with the API that it took effect. Returns
     * the consent read back (null if none).
     */
    decide(phase: Phase, method: string, act: () => Promise<void>, ok: (c: Consent | null) => boolean, what: string): Promise<Consent | null>;
    /**
     * Under the frame policy (`autoBlock.frames`) granting a tracker frame reloads the page once,
     * after the decision's receipt is kept (up to about 2 s later). Resolves true when the page
     * navigated by itself within that time, so the audit waits for that reload instead of racing
     * it with its own; false at once on a notice without the policy.
     */
    private ownReload;
    /** Learns the site from the loaded page: samtykke or not, its notice, language, other pages. */
    learn(): Promise<void>;
}
/** Same-origin links of the page, in document order: the other pages to visit. */
export declare function links(page: Page, start: string, n: number): Promise<string[]>;
/**
 * Receipts with distinct receiptIds (a receipt re-sent after a reload or a retry is one
 * receipt), each with the best answer any of its sends got: accepted once is delivered.
 */
export declare function distinct(receipts: ReceiptRecord[]): ReceiptRecord[];
/** Runs axe on the page as it is now and keeps its violations with the scenario's result. */
export declare function axe(s: Session, layer: string): Promise<void>;
