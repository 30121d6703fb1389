/**
 * The words of `samtykke scan` as types: what a scan observes on a site (pure data, so the draft
 * can be built and tested without a browser), and the report it writes next to the draft.
 */
/** Where a cookie or storage write came from (see src/browser/instrument.ts and evidence.ts). */
export interface ScanSource {
    /** The script's URL, the page's URL for an inline script, the response's for a header. */
    url: string | null;
    inline?: boolean;
    header?: boolean;
}
export interface ScanRequest {
    url: string;
    host: string;
    /** Playwright's resource type: script, image, document (an iframe), fetch, ping, … */
    resourceType: string;
    /** The page being visited when it was made. */
    page: string;
    /** The frame that made it (an embed's own URL for requests inside an iframe). */
    frame: string;
    /** For a document: 0 the page, 1 a frame of the page, 2 or more a frame inside a frame. */
    frameDepth?: number;
    thirdParty: boolean;
    /** The script whose code made it, or the document that the parser found it in, when known. */
    initiator: string | null;
    /** Written in the page's HTML (rather than made by a script). */
    fromHtml?: boolean;
}
export interface ScanCookie {
    name: string;
    domain: string;
    path: string;
    /** Days until it expires when seen; null for a session cookie. */
    expiresDays: number | null;
    thirdParty: boolean;
    httpOnly: boolean;
    /** Pages after whose visit it existed. */
    pages: string[];
    setBy: ScanSource[];
}
export interface ScanStorage {
    kind: 'localStorage' | 'sessionStorage' | 'indexedDB';
    origin: string;
    name: string;
    thirdParty: boolean;
    pages: string[];
    setBy: ScanSource[];
}
/** A script, iframe or image written in a page's HTML (as served, before any script ran). */
export interface ScanElement {
    page: string;
    tag: 'script' | 'iframe' | 'img';
    /** Absolute src, or null for an inline script. */
    url: string | null;
    /** The element's attributes as written (for the tagged copy). */
    attributes: [string, string][];
    /** An inline script's code (shortened). */
    code?: string;
}
export interface Observations {
    url: string;
    pages: string[];
    requests: ScanRequest[];
    cookies: ScanCookie[];
    storage: ScanStorage[];
    elements: ScanElement[];
    /** Same-site links whose address or text suggests the privacy notice. */
    policyLinks: string[];
}
/** One thing found, in plain words, with where it was found. */
export interface ScanEvidence {
    kind: 'request' | 'embed' | 'cookie' | 'storage';
    page: string;
    text: string;
}
/** A service of the draft and why it is there. */
export interface ScanServiceReport {
    id: string;
    /** Found in the catalogue (its entry and version), or left for the owner. */
    preset: string | null;
    category: string | null;
    todo: string | null;
    evidence: ScanEvidence[];
}
/** What to change in a page's HTML so the service runs only after consent. */
export interface ScanTag {
    page: string;
    service: string;
    category: string | null;
    original: string;
    tagged: string;
}
export interface ScanReport {
    url: string;
    scannedAt: string;
    tool: string;
    browser: string;
    pages: string[];
    services: ScanServiceReport[];
    tags: ScanTag[];
    /** The two tags every page gets, first in <head>. */
    head: string[];
    /** Every "$todo" of the draft, by JSON path. */
    todos: {
        path: string;
        text: string;
    }[];
    /** The frames the pages have, and the frame policy the draft writes for them (null: no frames). */
    frames: ScanFrames | null;
    /** Whether the draft carries the `validated` stamp, and why not when it does not. */
    stamp: {
        stamped: boolean;
        why: string;
    };
    notes: string[];
}
/** A host the pages frame that is no catalogue tracker: listed in the draft's `autoBlock.frames`. */
export interface ScanFrameHost {
    host: string;
    /** The catalogue service it belongs to (a necessary one, e.g. a payment form), or null. */
    service: string | null;
    /** Pages it was framed on, and one frame address as an example. */
    pages: string[];
    example: string;
}
/** The frames of the scanned pages and the frame policy drafted for them (SPEC §2, `autoBlock.frames`). */
export interface ScanFrames {
    /** Listed in `autoBlock.frames`: framed hosts that are no catalogue tracker. */
    listed: ScanFrameHost[];
    /** Framed catalogue trackers: left out, the policy lets them load once the visitor grants them. */
    trackers: {
        host: string;
        service: string;
    }[];
    /** Framed hosts left out for another reason (an address with a port, which the list cannot name). */
    skipped: {
        host: string;
        why: string;
    }[];
}
