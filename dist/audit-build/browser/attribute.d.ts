import type { SiteContext } from './classify.js';
import type { Attribution, GateRecord } from './types.js';
/** A gated element: what it loads, and the consent it waits for. */
export interface Gate {
    url: string;
    consent: string;
    service: string | null;
    /** Still held (no `src`, or a script still `text/plain`) when it was seen. */
    inert?: boolean;
    /** Held by auto-blocking (a known tracker), not tagged by the page. */
    auto?: boolean;
    /** An iframe (auto-blocking can only race a parser-inserted one: see `untaggedFrames`). */
    frame?: boolean;
    /** What the page wrote in `data-consent`, when samtykke holds the element as something else. */
    tagged?: string | null;
}
/** Every element of this frame with `data-consent` and a URL (inert or activated). Runs in the page. */
export declare function readGates(): Gate[];
/** The gates of a scenario's pages by the URL they load, and the phases at whose end each was still held. */
export declare class GateLog {
    readonly byUrl: Map<string, Gate>;
    private readonly held;
    add(gates: Gate[], phase: string): void;
    records(): GateRecord[];
}
/** A notice service whose `hosts` cover the URL ("host" or "host/path-prefix"). */
export declare function byNoticeHosts(url: string, ctx: SiteContext): Attribution | null;
/**
 * The catalogue's service for a URL, as the notice knows it: by auto-blocking's table, else by
 * the hosts an entry's requests go to that auto-blocking does not hold (`requests`: a payment
 * form, fonts), when the notice declares that service.
 */
export declare function byCatalogue(url: string, ctx: SiteContext): Attribution | null;
/** The gate's service: its `data-service`, or the category's only service, or just the category. */
export declare function gateAttribution(g: Gate, ctx: SiteContext): Attribution;
/** The gate behind a URL: the element that loaded it, or the one that loaded its initiators, or the frame it ran in. */
export declare function byGate(urls: (string | null | undefined)[], gates: ReadonlyMap<string, Gate>, ctx: SiteContext): Attribution | null;
/**
 * A request's attribution once the known-tracker list has spoken (`a`): a service the list
 * knows, and the notice declares under a preset, becomes that declared service; an unknown
 * URL is looked up in the notice's hosts, the catalogue, and the gates.
 */
export declare function refineRequest(a: Attribution, url: string, related: (string | null | undefined)[], gates: ReadonlyMap<string, Gate>, ctx: SiteContext): Attribution;
/**
 * A cookie's or storage key's attribution once classify.ts has spoken: an untraced one is
 * traced through the scripts that wrote it to their gates (the cookie itself stays undeclared
 * unless the notice lists it).
 */
export declare function refineWrite(a: Attribution, writers: (string | null | undefined)[], gates: ReadonlyMap<string, Gate>, ctx: SiteContext): Attribution;
