import { type CatalogueEntry } from './catalogue.js';
import type { Observations, ScanFrames } from './types.js';
/** The frame policy for what a scan saw, or null when the pages frame nothing (no policy needed). */
export declare function draftFrames(obs: Observations, entries: CatalogueEntry[]): ScanFrames | null;
/**
 * The note an unfinished third-party service of the draft gets when its host is in the frame
 * list: the policy lets a listed host load before any consent, which is right only for what is
 * strictly necessary.
 */
export declare function frameTodo(hosts: string[], frames: ScanFrames | null, siteHost: string): string;
/** What the scan tells the owner about the frame policy, as lines of plain text. */
export declare function framesText(frames: ScanFrames | null): string[];
