import { type CatalogueEntry } from './catalogue.js';
import type { ScanElement, ScanServiceReport, ScanTag } from './types.js';
/** The two tags every page gets, first in `<head>`: the notice, then the widget. */
export declare function headTags(notice: unknown, widgetUrl?: string): string[];
/** Each element of a found service, with its inert form. */
export declare function gateTags(elements: ScanElement[], services: ScanServiceReport[], entries: CatalogueEntry[], site: string): ScanTag[];
