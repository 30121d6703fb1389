/**
 * `npx samtykke studio [--port N]`: reads the command line and hands the port to the studio's
 * server (src/studio/server.mjs, passed in by bin/samtykke.mjs), which serves the studio on
 * 127.0.0.1 and prints its address. Exit code 2 on bad usage.
 */
import { type CommandSpec } from './options.js';
/** `samtykke studio`'s command line, described once: parsing, checks and --help come from it. */
export declare const STUDIO_COMMAND: CommandSpec;
/** What the command needs of the studio's server and the terminal. */
export interface StudioIO {
    /** Starts the server on 127.0.0.1 at `port` and prints its address. */
    serve(port: number, io: {
        out(line: string): void;
    }): Promise<void>;
    out(line: string): void;
    err(line: string): void;
}
/** Runs `samtykke studio …` with the arguments after `studio`; returns the exit code. */
export declare function main(args: string[], io: StudioIO): Promise<number>;
