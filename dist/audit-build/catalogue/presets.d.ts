/**
 * Presets in a notice (SPEC §3): a service written `{ "preset": "google-analytics" }`, plus any
 * field to override, becomes a full notice service from the service catalogue, with
 * `"preset": "google-analytics@<version>"` recording where it came from. The page's notice is
 * always the expanded one: the browser never needs the catalogue.
 *
 * - `"preset": "<id>"` is expanded from the catalogue's current version; every other field the
 *   service gives replaces the catalogue's (a `cookies` list replaces the whole list).
 * - `"preset": "<id>@<version>"` is already expanded (from that version) and is left as it is,
 *   so expanding twice changes nothing. To take a newer version, write `"<id>"` again.
 * - It never guesses: an unknown id, a malformed preset or a version the catalogue never had is
 *   an error naming the field. Facts the catalogue could not source are simply absent, so the
 *   notice validator asks the owner for them (a service with no cookies that is not cookieless).
 */
import type { Catalogue, Texts } from './types.js';
/** A notice service (SPEC §3) as a preset expands to. */
export interface NoticeService {
    id: string;
    category: string;
    name: string | Texts;
    /** The legal entity and its country; absent for self-hosted software (no third party). */
    provider?: string;
    role?: 'processor' | 'joint-controller' | 'controller';
    preset: string;
    purpose: string | Texts;
    legalBasis: string;
    cookies: {
        name: string;
        pattern?: string;
        duration: string | Texts;
    }[];
    transfer?: string | Texts;
    policyUrl?: string;
    /** What auto-blocking holds for it: "host" or "host/path" (rules a notice can express). */
    hosts?: string[];
    cookieless?: true;
    [field: string]: unknown;
}
export interface PresetProblem {
    /** JSON path, written like `services[2].preset`. */
    path: string;
    message: string;
}
/** Thrown when a preset cannot be expanded; `problems` names every field and why. */
export declare class PresetError extends Error {
    readonly problems: PresetProblem[];
    constructor(problems: PresetProblem[]);
}
type Plain = Record<string, unknown>;
/**
 * Expands one notice service (see the module comment). A service without a preset, or with an
 * already expanded one (`"<id>@<version>"`), comes back as a copy, unchanged. `languages` keeps
 * only those languages of the catalogue's texts (all by default). `path` names the service in
 * error messages.
 */
export declare function expandPreset(service: Plain, languages: string | string[] | undefined, catalogue: Catalogue, path?: string): Plain;
/**
 * A copy of the notice with every preset service expanded and every other service left alone.
 * Throws a PresetError naming every service that cannot be expanded; the input is not changed.
 */
export declare function expandNotice(notice: Plain, languages: string | string[] | undefined, catalogue: Catalogue): Plain;
export interface OutdatedPreset {
    /** The service's id in the notice. */
    service: string;
    /** Where it is, like `services[2]`. */
    path: string;
    /** What it was expanded from, like "google-analytics@1". */
    preset: string;
    /** The catalogue's current version, like "google-analytics@2". */
    latest: string;
}
/** The notice's services expanded from an older catalogue version than the current one. */
export declare function outdatedPresets(notice: unknown, catalogue: Catalogue): OutdatedPreset[];
export {};
