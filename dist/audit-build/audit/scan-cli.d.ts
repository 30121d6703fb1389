import type { Chrome } from './cli.js';
import type { CatalogueEntry } from './scan-catalogue.js';
import type { Observations, ScanReport } from './scan-types.js';
export declare const SCAN_USAGE = "Usage: samtykke scan <url> [options]\n\nLoads <url> in headless Chromium as a first-time visitor, before samtykke, follows same-site\nlinks, and records the cookies, storage, third-party requests and embeds it finds. Writes a draft\nnotice with the services it recognised from the catalogue, and \"$todo\" notes for what only you\ncan say (who you are, and anything the catalogue does not know). The draft fails validation\nuntil each \"$todo\" is done.\n\nOptions:\n  --out FILE                the draft notice (default: notice.draft.json); the report goes\n                            beside it (FILE without .json + .report.html and .report.json)\n  --pages N                 pages to visit: the URL and same-site links (default 1)\n  --controller FILE         who is responsible for the site: a JSON file with the notice's\n                            \"controller\" object (or a notice to take it from); without it the\n                            draft has a \"$todo\" for it\n  --intercept-third-party   answer every third-party request locally with an empty response:\n                            see what the page attempts without contacting anyone\n  --settle MS               time to let each page settle after it loaded (default 1500)\n  --timeout MS              navigation timeout (default 30000)\n  -h, --help                this text\n";
/** What the scan needs of the catalogue's loader (src/tools/catalogue.ts). */
export interface CatalogueApi {
    loadCatalogue(): unknown;
    expandPreset(service: {
        preset: string;
    }): unknown;
}
/** The loader's result as a list of entries, whether it gives a list, a Map or an object by id. */
export declare function entriesOf(api: CatalogueApi): Promise<CatalogueEntry[]>;
/** The draft, the report and the tags, from what a scan observed. */
export declare function draftFrom(observations: Observations, api: CatalogueApi, meta: {
    tool: string;
    browser: string;
    intercepted?: boolean;
    pagesAsked?: number;
    controller?: Record<string, unknown>;
}): Promise<{
    notice: Record<string, unknown>;
    report: ScanReport;
}>;
/** The package's own catalogue. */
export declare const packageCatalogue: CatalogueApi;
export declare function main(argv: string[], chrome: Chrome, api?: CatalogueApi): Promise<number>;
