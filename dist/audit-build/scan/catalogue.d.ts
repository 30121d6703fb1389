/**
 * Matching what a browser saw against the service catalogue (`catalogue/<id>.json`): which entry
 * a URL, a cookie or a storage key belongs to. Pure functions over plain data; the entries come
 * from the catalogue's own loader (src/catalogue/catalogue.ts), so only the fields read here are
 * declared, and anything else an entry carries passes through untouched.
 */
import type { Text } from '../widget/types.js';
/** What auto-blocking holds for an entry: a host ("*": any host), a path prefix, query values. */
export interface CatalogueBlock {
    host: string;
    path?: string;
    /** Query parameter → regular expression its value must match (e.g. `{ "id": "^G-" }`). */
    query?: Record<string, string>;
    /** What is loaded from there: script, frame, pixel, request. */
    kind?: string | string[];
}
/** A cookie or storage key an entry sets. */
export interface CatalogueCookie {
    name: string;
    /** A regular expression over the whole name, for names that vary. */
    pattern?: string;
    /** cookie, localStorage, sessionStorage, indexedDB. */
    storage?: string;
    /** first or third (party). */
    party?: string;
    duration?: Text;
}
export interface CatalogueEntry {
    id: string;
    version?: number | string;
    name?: Text;
    category?: string;
    block?: CatalogueBlock[];
    /** Hosts (and paths) of a service that auto-blocking must not hold: a payment form, fonts. */
    requests?: {
        host: string;
        path?: string;
    }[];
    cookies?: CatalogueCookie[];
    [field: string]: unknown;
}
/** An entry and the rule of it that matched. */
export interface BlockMatch {
    entry: CatalogueEntry;
    rule: CatalogueBlock;
}
/** `host` is `rule` itself or one of its subdomains ("*" is any host). */
export declare function hostMatches(host: string, rule: string): boolean;
/** The catalogue entry a URL belongs to (the most specific rule wins), or null. */
export declare function matchUrl(url: string, entries: CatalogueEntry[]): BlockMatch | null;
/**
 * The entry a URL belongs to: a tracker rule (`matchUrl`), else a host the entry's requests go to
 * that auto-blocking does not hold (`requests`: a payment form, fonts). `tracker` says which.
 */
export declare function matchService(url: string, entries: CatalogueEntry[]): {
    entry: CatalogueEntry;
    tracker: boolean;
} | null;
/** Where a name was found: a cookie, or a Web Storage / IndexedDB key. */
export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';
/** The catalogue entry (and its cookie) that names this cookie or storage key, or null. */
export declare function matchName(name: string, kind: StorageKind, entries: CatalogueEntry[]): {
    entry: CatalogueEntry;
    cookie: CatalogueCookie;
} | null;
/** The entry's default category (the catalogue's `category`). */
export declare const entryCategory: (e: CatalogueEntry) => string;
/** `id@version`: what a notice service's `preset` records. */
export declare const presetOf: (e: CatalogueEntry) => string;
