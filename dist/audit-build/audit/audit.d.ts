import { type Browser } from 'playwright-core';
import type { AuditOptions, AuditResult } from './types.js';
export type { AuditOptions, AuditResult } from './types.js';
/** A problem with how the audit was asked to run (exit code 2), not with the site. */
export declare class AuditError extends Error {
    constructor(message: string);
}
/** Starts Chromium for an audit or a scan of `url` (with `interceptThirdParty`, nothing else resolves). */
export declare function launch(o: AuditOptions, url: URL): Promise<Browser>;
export declare function audit(url: string, options?: AuditOptions): Promise<AuditResult>;
/** Scenarios that stopped early make the result incomplete: the CLI exits 2 then. */
export declare const incomplete: (r: AuditResult) => string[];
