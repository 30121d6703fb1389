import { type KnownHost } from './known.generated.js';
import type { Report } from './report.js';
import type { Config, Service } from './schema.js';
/** A service as a message names it: by its id, when that is valid. */
export declare const named: (s: Service) => string;
/** The category a known tracker belongs in instead of necessary, quoted. */
export declare const categoryFor: (service: string) => string;
/** The known tracker a host (and optional path) of the notice covers, or undefined. */
export declare function knownTrackerAt(host: string, path: string): KnownHost | undefined;
/** Known trackers filed as necessary: by a service, or by a tracker rule. */
export declare function checkNecessary(c: Config, report: Report): void;
