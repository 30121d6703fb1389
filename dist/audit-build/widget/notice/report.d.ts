/**
 * Where the notice's checks report a problem: a leaf of types, so rules.ts and the checks it
 * runs (rules-necessary.ts, rules-notice.ts) share it without importing each other.
 */
/** What a message is about, by name, for a translation of it (`{ service: "hotjar" }`). */
export type Params = Record<string, string>;
/** Where the checks report: each problem with its path, its English message, a code and its parameters. */
export interface Report {
    error(path: string, message: string, code?: string, params?: Params): void;
    warning(path: string, message: string, code?: string, params?: Params): void;
}
