import { type Config } from './schema.js';
import type { AnyKind } from './spec.js';
/** What a message is about, by name, for a translation of it (`{ service: "hotjar" }`). */
export type Params = Record<string, string>;
/** Where the checks report: each problem with its path, its English message, a code and its parameters. */
export interface Report {
    error(path: string, message: string, code?: string, params?: Params): void;
    warning(path: string, message: string, code?: string, params?: Params): void;
}
/**
 * The problem with a legal basis other than consent on a category (`categoryId`) or a service
 * (`serviceId` in `category`), or null: outside `necessary`, cookies and trackers need consent,
 * whatever else a site may rest other processing on (purposes keep their free choice).
 */
export declare function basisNeedsConsent(basis: string, owner: {
    categoryId: string;
} | {
    serviceId: string;
    category: string;
}): {
    message: string;
    params: Params;
} | null;
/**
 * Calls `visit` with every text of `value` (a checked part of the notice of `kind`) and its path:
 * `summary.nb`, `services[2].purpose`, `categories.analytics.title.en`. Every text a visitor
 * may read, whatever its field: a field added to the schema is read too.
 */
export declare function eachText(kind: AnyKind, value: unknown, path: string, visit: (path: string, text: string) => void): void;
/** Checks the law on a notice whose fields have been checked (parts that failed are absent). */
export declare function checkLaw(c: Config, report: Report): void;
