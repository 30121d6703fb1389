import type { Config } from '../widget/types.js';
import type { TrackerRule } from '../widget/fast/trackers.generated.js';
import type { Attribution, Phase } from './types.js';
/**
 * The registrable domain ("site") of a host by the public suffix list (tldts), as browsers draw
 * the line: example.no for www.example.no, example.co.uk for a.example.co.uk, and the private
 * section too (one github.io page is not first party to another). An IP address, localhost or
 * a single label is its own site.
 */
export declare function siteOf(host: string): string;
export declare const isThirdParty: (host: string, pageHost: string) => boolean;
/** What the audit knows about the site: its notice, its tracker rules, samtykke's own URLs. */
export interface SiteContext {
    pageUrl: string;
    config: Config | null;
    rules: TrackerRule[];
    /** Rules that came from the notice itself (`autoBlock.trackers`): declared by definition. */
    noticeRules: Set<TrackerRule>;
    /** The decision cookie's name. */
    cookieName: string;
    /** Absolute URLs that are samtykke itself: its scripts, data-config, proof endpoint. */
    ownUrls: Set<string>;
    /** The notice as written (before validation): its services' `hosts` and `preset` (attribute.ts). */
    notice?: unknown;
}
/**
 * The notice's own tracker rules first, then the built-in list, each re-mapped to the notice's
 * category where the notice lists the same service id (as the widget does, src/early.ts).
 */
export declare function siteContext(pageUrl: string, config: Config | null, ownUrls?: string[]): SiteContext;
export declare function isOwnUrl(url: string, ctx: SiteContext): boolean;
/** A URL's service and category: samtykke's own, a tracker rule's, or unknown. */
export declare function classifyUrl(url: string, ctx: SiteContext): Attribution;
/** The notice's service that lists a cookie of this name (by name, or `pattern` over the whole name). */
export declare function declaredCookie(name: string, config: Config | null): {
    service: string;
    category: string;
} | null;
export declare function knownName(name: string): string | null;
/** Where a write came from, as the page reported it (see instrument.ts). */
export interface WriteSource {
    /** The script's URL (first http(s) frame of the stack), or null. */
    url: string | null;
    /** The executing tagged script's data-consent / data-service, when the page knew it. */
    consent?: string | null;
    service?: string | null;
    /** The write ran in an inline script (or code evaluated from one) of this page. */
    inline?: boolean;
    /** The cookie came in a Set-Cookie header of this response. */
    header?: boolean;
}
/** Attribution from one write source: a tagged element says it outright; else its URL. */
export declare function classifySource(src: WriteSource, ctx: SiteContext): Attribution;
/** A cookie's attribution: samtykke's own, declared by the notice, a known name, or its writers. */
export declare function attributeCookie(name: string, sources: WriteSource[], ctx: SiteContext): Attribution;
/** A storage key's attribution: samtykke's own IndexedDB, a known name, or its writers. */
export declare function attributeStorage(kind: string, name: string, sources: WriteSource[], ctx: SiteContext): Attribution;
/** The built-in list's default category of a service id. */
export declare function categoryOf(service: string): string | null;
/**
 * Whether something of this attribution may run in this phase. Unknown things may only run
 * once more than necessary is granted (they are reported as undeclared then, not as tracking
 * without consent: the audit cannot tell which choice they belong to).
 */
export declare function permitted(a: Attribution, phase: Phase): boolean;
/** Resource types that carry data out rather than fetch code or content. */
export declare const isBeaconType: (t: string) => boolean;
