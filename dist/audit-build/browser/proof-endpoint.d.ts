/**
 * The receipts a scenario's decisions POST to the notice's proof endpoint (SPEC §7), and how the
 * endpoint answered each. By default the audit lets them through to the endpoint as the site
 * serves it, as a visitor's would go: the only way to know that the site's real endpoint takes
 * them (a receiver that answers 501, refuses the page's origin, or is down would otherwise pass).
 * Each POST is kept as evidence, with the status the endpoint answered, or the network error, the
 * CORS refusal, or that no answer came before the visit ended.
 *
 * What reaches the owner's log is what a visitor's decisions would leave there: receipts of the
 * audit's own fresh browser profiles (refusals carry no user agent, and the receiver keeps no IP
 * for them; SPEC §7). The audit's report lists their consent ids so the owner can erase them
 * (`samtykke-receiver erase --consent-id ID`). `localProof` answers them here with 201 instead,
 * as audits before did: then nothing reaches the log, and the endpoint is not tested.
 */
import type { BrowserContext, Request, Route } from 'playwright-core';
import type { AuditOptions, ReceiptDelivery, ReceiptRecord } from './types.js';
/** Did the endpoint accept this POST (a 2xx the page could read)? Records made by hand count as accepted. */
export declare const accepted: (d: ReceiptDelivery | undefined) => boolean;
/** The outcome in a few words: "HTTP 501", "no answer", "CORS: …", "network error …". */
export declare function outcome(d: ReceiptDelivery | undefined): string;
export declare class ProofEndpoint {
    private readonly options;
    private readonly phase;
    readonly receipts: ReceiptRecord[];
    private readonly sent;
    private endpoint;
    private pageUrl;
    constructor(options: AuditOptions, phase: () => string);
    /** The notice's endpoint, absolute (null: none); set again once the notice has been read. */
    set(endpoint: string | undefined, pageUrl: string): void;
    matches(url: string): boolean;
    /** Watches the answers to the receipts let through. */
    attach(context: BrowserContext): void;
    /** A request to the endpoint: kept (a POST), then let through, or answered here with `localProof`. */
    route(route: Route, request: Request): Promise<void>;
    private crossSite;
    /** Answered by the audit (`localProof`): 201, with CORS for a cross-origin endpoint. */
    private answer;
    /** The endpoint's answer; for a cross-origin endpoint, whether the page may read it (CORS). */
    private answered;
}
/**
 * The note the audit's report carries about its receipts: where they went, and, when they
 * reached the site's proof log, the consent ids to erase them by. Null when no receipt was sent.
 */
export declare function receiptsNote(receipts: ReceiptRecord[]): string | null;
