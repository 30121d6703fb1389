import { type TrackerRule } from '../widget/fast/trackers.generated.js';
import * as presets from './presets.js';
import type { Catalogue, CatalogueEntry } from './types.js';
export { PresetError } from './presets.js';
export type { NoticeService, OutdatedPreset, PresetProblem } from './presets.js';
export type * from './types.js';
/**
 * Reads every entry of a catalogue folder (default: the one in this package). Throws an Error
 * naming the file when one is not JSON or its id is not its file name.
 */
export declare function loadCatalogue(dir?: string): Catalogue;
/** The package's own catalogue, read once. */
export declare function defaultCatalogue(): Catalogue;
/** The entry with this id (no version suffix), or undefined. */
export declare function getEntry(id: string, catalogue?: Catalogue): CatalogueEntry | undefined;
/** The current version of an entry, or undefined for an id the catalogue does not have. */
export declare function latestVersion(id: string, catalogue?: Catalogue): number | undefined;
/**
 * The catalogue service a URL belongs to, by auto-blocking's own table (the first rule that
 * matches): for the scanner and the audit, so they attribute exactly as the browser blocks.
 * Unparsable and non-http(s) URLs match nothing; relative URLs are resolved against `base`.
 */
export declare function matchService(url: string, base?: string, rules?: readonly TrackerRule[]): TrackerRule | null;
type Plain = Record<string, unknown>;
/** Expands one notice service (presets.ts's `expandPreset`), from the package's catalogue by default. */
export declare function expandPreset(service: Plain, languages?: string | string[], catalogue?: Catalogue, path?: string): Plain;
/** The notice with every preset expanded (presets.ts's `expandNotice`), from the package's catalogue by default. */
export declare function expandNotice(notice: Plain, languages?: string | string[], catalogue?: Catalogue): Plain;
/** The notice's services expanded from an older catalogue version (presets.ts), against the package's by default. */
export declare function outdatedPresets(notice: unknown, catalogue?: Catalogue): presets.OutdatedPreset[];
