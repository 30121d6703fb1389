/**
 * From what a scan saw to a draft notice: each request, embed, cookie and storage key is traced
 * to a catalogue entry where it can be, and the draft lists those services expanded from the
 * catalogue. Everything else becomes a service marked "$todo" that fails validation until the
 * owner has looked at it: the site's own cookies (to confirm as necessary) and each unknown
 * third party. Pure: no browser, no files.
 *
 * How the draft fails validation: a required field is left out, never filled with a
 * placeholder (a "TODO" name would pass as a non-empty string). The controller has no `name`
 * (`controller.name` is required) and each unfinished service has no `category`
 * (`services[i].category` is required); a "$todo" note beside each says what to fill in.
 */
import { type CatalogueEntry } from './catalogue.js';
import type { Observations, ScanFrames, ScanServiceReport } from './types.js';
export { describeSource } from './groups.js';
export interface DraftOptions {
    entries: CatalogueEntry[];
    /** The catalogue's expansion of `{ preset: id }` into a full notice service. */
    expand(service: {
        preset: string;
    }): Record<string, unknown>;
    /** The notice's revision (today's date). */
    revision: string;
    /** Who is responsible for the site, when the owner gave it (`--controller`): no "$todo" for it. */
    controller?: Record<string, unknown>;
}
type Json = Record<string, unknown>;
type Todo = {
    path: string;
    text: string;
};
export declare function buildDraft(obs: Observations, o: DraftOptions): {
    notice: Json;
    services: ScanServiceReport[];
    todos: Todo[];
    frames: ScanFrames | null;
};
