import type { Config } from './schema.js';
export interface Report {
    error(path: string, message: string): void;
    warning(path: string, message: string): void;
}
/**
 * The problem with a legal basis of legitimate interests on a category (`categoryId`) or a
 * service (`service`), or null: outside `necessary`, cookies need consent.
 */
export declare function legitimateInterests(owner: {
    categoryId: string;
} | {
    serviceId: string;
    category: string;
}): string | null;
/** Checks the law on a notice whose fields have been checked (parts that failed are absent). */
export declare function checkLaw(c: Config, report: Report): void;
