export interface ValidateIO {
    /** The file's text ('-': standard input); throws when it cannot be read. */
    readFile(path: string): string;
    out(line: string): void;
    err(line: string): void;
}
export declare function main(args: string[], io: ValidateIO): number;
