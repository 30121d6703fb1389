import type { AuditOptions, AuditResult } from './types.js';
export type { AuditOptions, AuditResult } from './types.js';
/** A problem with how the audit was asked to run (exit code 2), not with the site. */
export declare class AuditError extends Error {
    constructor(message: string);
}
export declare function audit(url: string, options?: AuditOptions): Promise<AuditResult>;
/** Scenarios that stopped early make the result incomplete: the CLI exits 2 then. */
export declare const incomplete: (r: AuditResult) => string[];
