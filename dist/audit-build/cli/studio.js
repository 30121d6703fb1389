/**
 * `npx samtykke studio [--port N]`: reads the command line and hands the port to the studio's
 * server (src/studio/server.mjs, passed in by bin/samtykke.mjs), which serves the studio on
 * 127.0.0.1 and prints its address. Exit code 2 on bad usage.
 */
import { parseCommand, usage, UsageError } from './options.js';
/** `samtykke studio`'s command line, described once: parsing, checks and --help come from it. */
export const STUDIO_COMMAND = {
    name: 'studio',
    operands: '',
    about: 'Serves samtykke studio on http://127.0.0.1:N/ (default: a free port). Ctrl-C stops it.',
    options: [
        {
            name: 'port',
            value: 'N',
            integer: { min: 0, max: 65535, message: '--port takes a number from 0 to 65535' },
            help: 'the port to listen on (default 0: a free one)',
        },
    ],
};
/** Runs `samtykke studio …` with the arguments after `studio`; returns the exit code. */
export async function main(args, io) {
    let port;
    try {
        const command = parseCommand(STUDIO_COMMAND, args);
        if (command.help) {
            io.out(usage(STUDIO_COMMAND).trimEnd());
            return 0;
        }
        if (command.operands.length)
            throw new UsageError(`unexpected argument "${command.operands[0]}"`);
        port = command.number('port') ?? 0;
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        io.err(`samtykke studio: ${e.message}`);
        return 2;
    }
    await io.serve(port, io);
    return 0;
}
