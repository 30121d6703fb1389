import type { AuditOptions, AuditResult } from './types.js';
export type { AuditOptions, AuditResult } from './types.js';
export { AuditError } from '../browser/launch.js';
/**
 * Audits a live page the way `samtykke audit` does: visits it in Chromium as a first-time
 * visitor who does nothing, then, when the page uses samtykke, once per scenario (accept,
 * refuse, choose, withdraw, …), records every request, cookie, storage write and receipt, and
 * judges them against the page's notice and the law (findings), with axe's accessibility checks
 * on the widget.
 *
 * @param url The page to audit (http or https).
 * @param options Browser, pages to follow, interception of third parties, progress (`AuditOptions`).
 * @returns What each scenario saw and the findings; `result.findings` empty means none found.
 * @throws AuditError when `url` is not an http(s) URL, `pages` is not a whole number ≥ 1, or
 *   the first visit itself fails (the page cannot be loaded).
 */
export declare function audit(url: string, options?: AuditOptions): Promise<AuditResult>;
/** Scenarios that stopped early make the result incomplete: the CLI exits 2 then. */
export declare const incomplete: (r: AuditResult) => string[];
