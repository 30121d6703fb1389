import { type CatalogueEntry } from './catalogue.js';
import type { Observations, ScanEvidence, ScanSource } from './types.js';
import { cookieDuration } from './words.js';
type Duration = ReturnType<typeof cookieDuration>;
/** One service of the draft to be: what was traced to it. */
export interface Group {
    id: string;
    kind: 'catalogue' | 'site' | 'third';
    entry?: CatalogueEntry;
    hosts: Set<string>;
    cookies: Map<string, {
        name: string;
        duration: Duration;
        hint: string;
    }>;
    evidence: ScanEvidence[];
}
export declare const hostOf: (url: string) => string;
export declare function describeSource(s: ScanSource): string;
/** Every observation traced to its group, in the order: requests, cookies, storage. */
export declare function groupObservations(obs: Observations, entries: CatalogueEntry[]): Map<string, Group>;
export {};
