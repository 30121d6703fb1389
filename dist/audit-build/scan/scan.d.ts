import type { Observations } from './types.js';
import type { AuditOptions } from '../browser/types.js';
/** How `scan()` runs: the audit's browser options, plus how many pages and how long each settles. */
export interface ScanOptions extends Pick<AuditOptions, 'browser' | 'executablePath' | 'launchArgs' | 'interceptThirdParty' | 'route' | 'timeoutMs' | 'onContext'> {
    /** Pages to visit: the URL, then same-site links, breadth first (default 1). */
    pages?: number;
    /** Milliseconds to let each page settle after it loaded (default 1500). */
    settleMs?: number;
    /** Progress lines (default: none). */
    log?: (line: string) => void;
}
/** Scans `url`; returns what it saw, and the browser it saw it with. */
export declare function scan(url: string, options?: ScanOptions): Promise<{
    observations: Observations;
    browser: string;
}>;
