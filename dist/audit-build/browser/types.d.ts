/**
 * The words of a recorded visit as types, shared by the audit and the scan: what is recorded in
 * each scenario (requests, cookies, storage, receipts, gates), and the options a visit is run
 * with. Pure declarations; nothing here runs. What the audit concludes from them (findings, the
 * result) is in src/audit/types.ts.
 */
import type { Browser, BrowserContext, Route, Request } from 'playwright-core';
import type { Consent } from '../widget/types.js';
/** A stretch of a scenario with one consent state, e.g. "before any choice", "after Reject all". */
export interface Phase {
    id: string;
    /** Plain words: "before any choice", "after “Reject all”". */
    label: string;
    /** Categories granted during this phase (`necessary` always), or 'all'. */
    granted: string[] | 'all';
    /** Only necessary is granted because the visitor refused or withdrew (not merely before a choice). */
    refused?: boolean;
    /** The visitor withdrew an earlier consent in this phase. */
    withdrawn?: boolean;
}
/** What a URL, cookie or storage entry belongs to, as far as the audit can tell. */
export interface Attribution {
    /** Service id (the notice's, or the known-tracker list's), or null when unknown. */
    service: string | null;
    /** Category id, or null when unknown. */
    category: string | null;
    /** The notice lists it (the service, or for a cookie the cookie itself). */
    declared: boolean;
    /** samtykke itself (its script, decision cookie, receipts, IndexedDB). */
    own?: boolean;
}
export interface RequestRecord extends Attribution {
    url: string;
    host: string;
    path: string;
    method: string;
    /** Playwright's resource type: document, script, image, ping (sendBeacon), fetch, xhr, … */
    resourceType: string;
    phase: string;
    /** The page (frame) that made it. */
    frame: string;
    /**
     * For a document: 0 the page itself, 1 a frame of the page, 2 or more a frame inside a frame
     * (only a frame of the page itself is subject to the page's frame policy).
     */
    frameDepth?: number;
    thirdParty: boolean;
    /** Sends data rather than fetching code or content: an image pixel, sendBeacon, fetch/XHR. */
    beacon: boolean;
    /** The script that made it, or the document whose HTML held it, when Chromium said so. */
    initiator?: string | null;
}
export interface CookieRecord extends Attribution {
    name: string;
    domain: string;
    path: string;
    /** Days until it expires (one decimal); null for a session cookie. */
    expiresDays: number | null;
    thirdParty: boolean;
    httpOnly: boolean;
    secure: boolean;
    /** Who set it, where it could be traced: script URLs, "inline script on …", "Set-Cookie from …". */
    setBy: string[];
    /** Phase ids whose end-of-phase snapshot contained it. */
    phases: string[];
    /** Phase ids during which a script or a response (re)wrote it. */
    writtenIn: string[];
}
export interface StorageRecord extends Attribution {
    kind: 'localStorage' | 'sessionStorage' | 'indexedDB';
    origin: string;
    /** Key (Web Storage) or database name (IndexedDB). */
    name: string;
    setBy: string[];
    phases: string[];
    thirdParty: boolean;
}
/**
 * How the proof endpoint answered one POST of a receipt: its HTTP status (null: no answer by the
 * end of the visit), or why the browser got none or could not read it (a network error, a CORS
 * refusal). `local`: the audit answered it itself (`localProof`), so the endpoint was not tested.
 */
export interface ReceiptDelivery {
    status: number | null;
    error?: string;
    local?: boolean;
}
/** One POST to the notice's proof endpoint, as the audit saw it go out (and how it was answered). */
export interface ReceiptRecord {
    phase: string;
    url: string;
    idempotencyKey: string | null;
    contentType: string | null;
    /** The parsed JSON body, or null when it was not JSON. */
    body: unknown;
    /** Problems with it against SPEC §7 (empty: valid). */
    problems: string[];
    /** How the endpoint answered (absent in records made by hand: taken as accepted). */
    delivery?: ReceiptDelivery;
}
export interface DataLayerEntry {
    /** `arguments` of a gtag() call (or an array), or a plain object pushed (GTM events). */
    kind: 'command' | 'object' | 'other';
    /** For commands: the first two arguments as text (e.g. "consent", "default"). */
    command?: string;
    arg?: string;
    /** For objects: their `event`. */
    event?: string;
}
export interface ButtonMeasure {
    name: string;
    width: number;
    height: number;
    style: Record<string, string>;
}
export interface AxeViolation {
    id: string;
    impact: string;
    help: string;
    helpUrl: string;
    /** Where: the layer audited ("first layer", "second layer") and CSS target paths. */
    layer: string;
    targets: string[];
}
export interface Screenshot {
    label: string;
    /** PNG bytes; left out of the JSON report (written as files next to it). */
    png?: Uint8Array;
    /** File name in the output directory, once written. */
    file?: string;
}
/** A gated element (SPEC §2) of the scenario's pages: what it loads and when it was still held. */
export interface GateRecord {
    url: string;
    consent: string;
    service: string | null;
    /** Held by auto-blocking (a known tracker the page did not tag). */
    auto: boolean;
    /** An iframe. */
    frame?: boolean;
    /**
     * What the page wrote in `data-consent` when samtykke holds the element as something else
     * (`data-samtykke-tagged`: a known tracker tagged "necessary"); absent otherwise.
     */
    tagged?: string | null;
    /** Phase ids at whose end it was still held. */
    heldIn: string[];
}
export interface ScenarioResult {
    id: string;
    title: string;
    /** What the audit did, in plain words. */
    description: string;
    phases: Phase[];
    pages: string[];
    requests: RequestRecord[];
    cookies: CookieRecord[];
    storage: StorageRecord[];
    receipts: ReceiptRecord[];
    /** Receipts expected: one per decision, with its method and the phase it was made in. */
    decisions: {
        phase: string;
        method: string;
        consent: Consent | null;
    }[];
    /** window.dataLayer at the end, when the page has one. */
    dataLayer: DataLayerEntry[] | null;
    /** samtykke.get() at the end (samtykke sites). */
    consent: Consent | null;
    screenshots: Screenshot[];
    buttons?: ButtonMeasure[];
    axe?: AxeViolation[];
    /** What went wrong with the widget itself (a button missing, a choice not applied): findings. */
    problems: {
        title: string;
        detail: string;
    }[];
    notes: string[];
    /** Set when the scenario could not run at all. */
    error?: string;
    /** The pages' gates, held or activated. */
    gates?: GateRecord[];
}
/**
 * A hook that sees every request of every scenario before the audit does; return true when it
 * answered the route (fulfil/abort/continue), false to leave it to the audit. Tests use it to
 * answer the tracker hosts locally.
 */
export type RouteHook = (route: Route, request: Request) => boolean | Promise<boolean>;
/** How `audit()` runs: every field is optional; without `browser` it launches Chromium itself. */
export interface AuditOptions {
    /** Pages to visit per scenario: the URL, then same-site links found on it (default 1). */
    pages?: number;
    /** A browser to use (not closed). Otherwise one is launched from `executablePath`. */
    browser?: Browser;
    /** Chromium to launch (default: CHROME_PATH). */
    executablePath?: string;
    /** Extra launch arguments (e.g. scripts/chrome.mjs's chromeArgs). */
    launchArgs?: string[];
    /**
     * Answer every third-party request locally with an empty response of its type, so the audit
     * sees what the page attempts without contacting any third party. Also maps every host but
     * the audited one to "not found" in the browser's resolver when the audit launches it.
     */
    interceptThirdParty?: boolean;
    /** Sees each request first and may answer it (`RouteHook`): tests serve tracker hosts locally. */
    route?: RouteHook;
    /**
     * Answer the receipts at the proof endpoint itself with 201, as audits before did, so none of
     * the audit's receipts reaches the site's proof log, and the endpoint is not tested (default
     * false: the receipts go to the endpoint as the site serves it, and its answers are checked).
     */
    localProof?: boolean;
    /** Milliseconds to let the page settle after each load or choice (default 1500). */
    settleMs?: number;
    /** Navigation timeout in milliseconds (default 30000). */
    timeoutMs?: number;
    /** Scenarios run side by side (default 2). */
    concurrency?: number;
    /** Only these scenario ids (default all that apply). */
    only?: string[];
    /** Path of axe-core's axe.min.js (default: resolved from node_modules). */
    axePath?: string;
    /** Progress lines (default: none). */
    log?: (line: string) => void;
    /**
     * The notice, for a page that has none of its own to read (an app that calls `init(config)`);
     * a notice in the page (inline or data-config) comes first.
     */
    notice?: unknown;
    /** Called with each new context before its first page (extra routes, init scripts). */
    onContext?: (context: BrowserContext) => void | Promise<void>;
}
