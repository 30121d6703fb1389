import { type Chrome, type CommandSpec } from '../cli/options.js';
import type { CatalogueEntry } from './catalogue.js';
import type { Observations, ScanReport } from './types.js';
/** The scan's command line, described once: parsing, checks and --help come from it. */
export declare const SCAN_COMMAND: CommandSpec;
export declare const SCAN_USAGE: string;
/** What the scan needs of the catalogue's loader (src/catalogue/catalogue.ts). */
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
