/**
 * The service catalogue's words (catalogue/<id>.json, catalogue/schema.json) as types. Pure
 * declarations with no imports: the Node loader (catalogue.ts), preset expansion (presets.ts),
 * the scan and the studio (in the browser) all name them from here.
 */
/** A text in several languages: language → string. */
export type Texts = Record<string, string>;
export interface CatalogueCookie {
    name: string;
    /** A regular expression over the whole name, for names that vary. */
    pattern?: string;
    storage: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';
    party: 'first' | 'third';
    /** The provider's domain a third-party cookie is set on. */
    host?: string;
    duration: Texts;
}
export interface CatalogueBlockRule {
    /** A host (and its subdomains), or "*" for any host. */
    host: string;
    path?: string;
    query?: Record<string, string>;
    kind: ('script' | 'frame' | 'pixel' | 'request')[];
}
export interface CatalogueSource {
    url: string;
    title?: string;
    facts: string[];
    checked: string;
}
/** One catalogue entry, as catalogue/schema.json defines it. */
export interface CatalogueEntry {
    id: string;
    version: number;
    name: string | Texts;
    provider: {
        name: string;
        country?: string;
        address?: string;
    };
    selfHosted?: true;
    role?: 'processor' | 'joint-controller' | 'controller';
    category: string;
    legalBasis?: 'legitimate-interests' | 'contract' | 'legal-obligation';
    purpose: Texts;
    cookies: CatalogueCookie[];
    cookieless?: true;
    block: CatalogueBlockRule[];
    /** Hosts its requests go to that auto-blocking must not hold (necessary services, fonts). */
    requests?: {
        host: string;
        path?: string;
    }[];
    transfer?: {
        countries: string[];
        mechanism: string;
        text: Texts;
    };
    policyUrl?: string;
    sources: CatalogueSource[];
    unsourced?: string[];
}
/** The catalogue: entries by id, in id order. */
export type Catalogue = ReadonlyMap<string, CatalogueEntry>;
