import { type CatalogueEntry } from './scan-catalogue.js';
import type { Observations, ScanServiceReport, ScanSource } from './scan-types.js';
export interface DraftOptions {
    entries: CatalogueEntry[];
    /** The catalogue's expansion of `{ preset: id }` into a full notice service. */
    expand(service: {
        preset: string;
    }): Record<string, unknown>;
    /** The notice's revision (today's date). */
    revision: string;
}
type Json = Record<string, unknown>;
export declare function describeSource(s: ScanSource): string;
export declare function buildDraft(obs: Observations, o: DraftOptions): {
    notice: Json;
    services: ScanServiceReport[];
    todos: {
        path: string;
        text: string;
    }[];
};
export {};
