/**
 * The scan's report, for the site owner: what was found on which page, which catalogue service
 * it was traced to (or that it is left for the owner), what to fill in, and the tags to paste
 * and change. Self-contained HTML that runs no script; every text from the site is escaped.
 */
import type { ScanReport } from './types.js';
export declare function renderScanHtml(r: ScanReport): string;
