/**
 * Chromium for a recorded visit (the audit's and the scan's one `launch`), and the error both
 * tools throw when they could not run at all (exit code 2), as opposed to what they found.
 */
import type { Browser } from 'playwright-core';
import type { AuditOptions } from './types.js';
/** A problem with how the audit or the scan was asked to run (exit code 2), not with the site. */
export declare class AuditError extends Error {
    constructor(message: string);
}
/** Starts Chromium for an audit or a scan of `url` (with `interceptThirdParty`, nothing else resolves). */
export declare function launch(options: AuditOptions, url: URL): Promise<Browser>;
/**
 * Where `samtykke audit` and `samtykke scan` start, checked: an http(s) URL and how many pages
 * to visit from it (1 unless told).
 * @throws AuditError naming what is wrong with either.
 */
export declare function crawlTarget(url: string, pages: number | undefined): {
    start: URL;
    pages: number;
};
