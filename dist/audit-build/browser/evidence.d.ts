/**
 * Evidence for one scenario: a fresh browser context (a new profile: no cookies, no storage)
 * that records every request with the phase it was made in, every cookie and storage write the
 * page reports (instrument.ts) and every Set-Cookie header, the receipts POSTed to the notice's
 * proof endpoint with the endpoint's answers (proof-endpoint.ts), and takes end-of-phase
 * snapshots of cookies and storage.
 *
 * It only observes: it never answers a first-party request itself (except receipts, with
 * `localProof`) and never changes the page. With `interceptThirdParty`, every third-party request is answered locally
 * with an empty response of its type.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type SiteContext, type WriteSource } from './classify.js';
import { GateLog } from './attribute.js';
import { Initiators } from './initiators.js';
import type { AuditOptions, CookieRecord, DataLayerEntry, Phase, ReceiptRecord, RequestRecord, Screenshot, StorageRecord } from './types.js';
export declare class Recorder {
    private site;
    private readonly options;
    private readonly gpc;
    context: BrowserContext;
    page: Page;
    readonly phases: Phase[];
    private readonly requests;
    readonly screenshots: Screenshot[];
    readonly pages: string[];
    /** Who asked for each request (the script, or the document), as Chromium tells it. */
    readonly initiators: Initiators;
    /** The pages' gates (SPEC §2), as seen at the end of each phase. */
    readonly gateLog: GateLog;
    /** Cookie name → where its writes came from, and in which phases. */
    private readonly cookieWrites;
    private readonly storageWrites;
    private readonly cookies;
    private readonly storage;
    private readonly pageHost;
    /** The receipts sent to the proof endpoint, and its answers. */
    private readonly proof;
    constructor(site: SiteContext, options: AuditOptions, gpc?: boolean);
    /** The receipts POSTed to the proof endpoint so far, each with the endpoint's answer once it came. */
    get receipts(): ReceiptRecord[];
    /**
     * What the audit knows about the site. The first scenario learns it from the page itself, so
     * it is set again once the notice has been read; records are classified at the end.
     */
    setSite(site: SiteContext): void;
    get current(): Phase;
    /** Starts a phase: what happens from now on is judged against its granted categories. */
    phase(p: Phase): void;
    open(browser: Browser, first: Phase): Promise<Page>;
    close(): Promise<void>;
    private onRoute;
    private onRequest;
    /** Requests made, classified: first or third party, service, category, beacon. */
    requestRecords(): RequestRecord[];
    private onPageEvent;
    /** A cookie write; deletions are not writes (samtykke deletes other services' cookies on withdrawal). */
    private noteCookieWrite;
    /** The scripts behind some writes, and the scripts (and documents) that loaded those. */
    private writers;
    /** Where the writes of a cookie came from, as the page and the responses reported them. */
    cookieSources(name: string): WriteSource[];
    /** Where the writes of a storage key came from. */
    storageSources(kind: StorageRecord['kind'], origin: string, name: string): WriteSource[];
    /** End of a phase: which cookies and storage entries exist now. */
    snapshot(): Promise<void>;
    dataLayer(): Promise<DataLayerEntry[] | null>;
    screenshot(label: string): Promise<void>;
    /** Cookies seen, with who wrote them and what they belong to. */
    cookieRecords(): CookieRecord[];
    /** Storage entries seen, with who wrote them and what they belong to. */
    storageRecords(): StorageRecord[];
    private recordContext;
}
