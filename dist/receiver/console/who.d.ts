import type { SelectQuery } from '../store.js';
import type { Period } from './format.js';
export interface Target {
    consentId: string | null;
    subject: string | null;
    period: Period | null;
}
/** The target of `query`, or why not. A subject is taken as given (it is the site's own reference). */
export declare function readTarget(query: URLSearchParams): Target | {
    error: string;
};
/** The store query of a target. */
export declare function selectOf(target: Target): SelectQuery;
/** The target as query parameters (links to the next page, the downloads, the history). */
export declare function targetParams(target: Target): Record<string, string | undefined>;
/** The target as the audit log records it: ids as fingerprints, never in clear. */
export declare function auditTarget(target: Target): Record<string, string>;
