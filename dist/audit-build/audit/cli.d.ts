import type { AuditResult } from './types.js';
import { type Chrome, type CommandSpec } from '../cli/options.js';
/** The audit's command line, described once: parsing, checks and --help come from it. */
export declare const AUDIT_COMMAND: CommandSpec;
export declare const USAGE: string;
/** Writes report.html, report.json and screenshots/*.png into `dir`; returns the HTML's path. */
export declare function writeReport(r: AuditResult, dir: string): Promise<string>;
/** Runs `samtykke audit …` (the arguments after the program name); returns the exit code. */
export declare function main(argv: string[], chrome: Chrome): Promise<number>;
