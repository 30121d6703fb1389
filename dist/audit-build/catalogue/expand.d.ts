import { type CommandSpec } from '../cli/options.js';
/** `samtykke expand`'s command line, described once: parsing, checks and --help come from it. */
export declare const EXPAND_COMMAND: CommandSpec;
export declare const USAGE: string;
/** Runs `samtykke expand …` with the arguments after the program name; returns the exit code. */
export declare function main(argv: string[]): number;
