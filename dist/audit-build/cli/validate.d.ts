import { type CommandSpec } from './options.js';
export interface ValidateIO {
    /** The file's text ('-': standard input); throws when it cannot be read. */
    readFile(path: string): string;
    /** Writes the file's new text (`--stamp`); throws when it cannot be written. */
    writeFile(path: string, text: string): void;
    out(line: string): void;
    err(line: string): void;
}
/** `samtykke validate`'s command line, described once: parsing and --help come from it. */
export declare const VALIDATE_COMMAND: CommandSpec;
export declare function main(args: string[], io: ValidateIO): Promise<number>;
