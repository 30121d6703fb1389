import type { AuditResult } from './types.js';
/** The result as JSON: screenshots by file name (when written), never their bytes. */
export declare function toJson(r: AuditResult): string;
export declare function renderHtml(r: AuditResult): string;
export { renderJunit, summary } from './report-text.js';
