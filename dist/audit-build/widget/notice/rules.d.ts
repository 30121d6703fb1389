import { type Config } from './schema.js';
import type { Params, Report } from './report.js';
import type { AnyKind } from './spec.js';
export type { Params, Report } from './report.js';
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
