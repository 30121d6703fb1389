/**
 * The audit's eyes inside the page: an init script (runs in every frame before any of the page's
 * own scripts) that reports each cookie write (`document.cookie`, `cookieStore.set`), each Web
 * Storage key written and each IndexedDB database opened, with the script that did it: the first
 * http(s) frame of `new Error().stack`, and the tagged element (`data-consent`, `data-service`)
 * that was executing, where the page knows it. With `gpc`, it also turns on Global Privacy
 * Control (`navigator.globalPrivacyControl === true`).
 *
 * It must never change what the page does: every wrapper calls the original with the same
 * arguments and returns its result, and it reports names only, never cookie or storage values.
 */
/** Name of the binding (context.exposeBinding) the page reports through. */
export declare const BINDING = "__samtykkeAudit";
export interface PageSource {
    url: string | null;
    inline: boolean;
    consent: string | null;
    service: string | null;
}
export type PageEvent = {
    t: 'cookie';
    name: string;
    deleting: boolean;
    src: PageSource;
} | {
    t: 'storage';
    kind: 'localStorage' | 'sessionStorage' | 'indexedDB';
    name: string;
    src: PageSource;
};
/**
 * Runs in the page, as part of `instrumentScript` (serialised, so it and the page functions it
 * calls must be self-contained: no imports, no closures over this module; each is a function
 * declaration listed in PAGE_FUNCTIONS).
 */
export declare function instrument(arg: {
    binding: string;
    gpc: boolean;
}): void;
/** The page script that runs `instrument(arg)`: for `context.addInitScript`. */
export declare function instrumentScript(arg: {
    binding: string;
    gpc: boolean;
}): string;
/** The page's storage right now (this frame): Web Storage keys and IndexedDB database names. */
export declare function readStorage(): Promise<{
    origin: string;
    local: string[];
    session: string[];
    idb: string[];
}>;
/** window.dataLayer as plain data: each entry's kind and its first two arguments or its event. */
export declare function readDataLayer(): unknown;
