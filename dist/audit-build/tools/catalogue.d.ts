import { type TrackerRule } from '../widget/fast/trackers.generated.js';
export { expandNotice, expandPreset, outdatedPresets, PresetError } from './presets.js';
export type { NoticeService, OutdatedPreset } from './presets.js';
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
/**
 * Reads every entry of a catalogue folder (default: the one in this package). Throws an Error
 * naming the file when one is not JSON or its id is not its file name.
 */
export declare function loadCatalogue(dir?: string): Catalogue;
/** The package's own catalogue, read once. */
export declare function defaultCatalogue(): Catalogue;
/** The entry with this id (no version suffix), or undefined. */
export declare function getEntry(id: string, catalogue?: Catalogue): CatalogueEntry | undefined;
/** The current version of an entry, or undefined for an id the catalogue does not have. */
export declare function latestVersion(id: string, catalogue?: Catalogue): number | undefined;
/**
 * The catalogue service a URL belongs to, by auto-blocking's own table (the first rule that
 * matches): for the scanner and the audit, so they attribute exactly as the browser blocks.
 * Unparsable and non-http(s) URLs match nothing; relative URLs are resolved against `base`.
 */
export declare function matchService(url: string, base?: string, rules?: readonly TrackerRule[]): TrackerRule | null;
