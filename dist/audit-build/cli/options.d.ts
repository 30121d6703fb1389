/** One option of a command. */
export interface OptionSpec {
    /** The long name, without "--". */
    name: string;
    /** The value's placeholder in the help ("DIR", "N"); absent for a flag, which takes none. */
    value?: string;
    /** A one-letter alias ("h" for -h). */
    short?: string;
    /** A whole number at least `min` (and at most `max`); the parsed value is then a number. */
    integer?: {
        min: number;
        max?: number;
        message?: string;
    };
    /** What it does, in plain words; a line break continues under the first line. */
    help: string;
}
/** A command: its usage line, what it does, its options and what follows them. */
export interface CommandSpec {
    /** The word after `samtykke`. */
    name: string;
    /** What follows the name on the usage line, e.g. "<url>". */
    operands: string;
    /** What the command does, already wrapped. */
    about: string;
    options: OptionSpec[];
    /** Lines after the options: the environment it reads, its exit codes. */
    footer?: string;
}
/** Bad usage: the command prints the message and its help text, and exits 2. */
export declare class UsageError extends Error {
    constructor(message: string);
}
/** How the audit and the scan find Chromium; injected by bin/samtykke.mjs (scripts/chrome.mjs). */
export interface Chrome {
    findChrome(): string | null;
    chromeArgs: string[];
}
/** The parsed command line: `--help` asked for, the operands, and the options' values by long name. */
export interface ParsedCommand {
    help: boolean;
    operands: string[];
    /** A value option's text (undefined: not given). */
    text(name: string): string | undefined;
    /** An integer option's number (undefined: not given). */
    number(name: string): number | undefined;
    /** A flag: given or not. */
    flag(name: string): boolean;
}
/** The command's help text, in the one layout every command shares. */
export declare function usage(spec: CommandSpec): string;
/**
 * Parses `args` against the command's options. With `command`, the first operand must be the
 * command's own name (how bin/samtykke.mjs hands on the audit, the scan and expand). Throws a
 * UsageError naming the option or operand that is wrong; `--help` wins over any mistake after it.
 */
export declare function parseCommand(spec: CommandSpec, args: string[], { command }?: {
    command?: boolean | undefined;
}): ParsedCommand;
