import type { Report } from './report.js';
import type { Config } from './schema.js';
/** The warnings: what GDPR art. 13 asks a notice to say, proof, and settings that leak before consent. */
export declare function checkNotice(c: Config, report: Report): void;
