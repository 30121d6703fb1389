#!/usr/bin/env node
/**
 * The `samtykke-receiver` command: runs the proof endpoint (SPEC §9) on node:http, or checks,
 * purges or erases stored proof (cli-commands.ts).
 *
 * Exit codes: 0 fine, 1 the log does not verify or the server could not start, 2 bad usage.
 * On PostgreSQL it starts listening at once and waits for the database (answering 503 and
 * logging each retry) rather than exiting while the database is down.
 * On SIGTERM/SIGINT it stops taking connections, lets receipts in progress reach the disk and
 * exits 0. It must never exit 0 after a receipt was acknowledged but not synced.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createReceiver } from './handler.js';
import { isPostgresUrl } from './pg-url.js';
import { normaliseOrigins } from './cors.js';
import { runCommand } from './cli-commands.js';
const USAGE = `Usage:
  samtykke-receiver [options]        run the proof endpoint
  samtykke-receiver verify DIR       check the hash chain of the proof log in DIR
  samtykke-receiver verify --postgres URL
                                     check the hash chain of the samtykke_proofs table
  samtykke-receiver purge [--hold-days N] DIR | --postgres URL
                                     remove receipts whose expiresAt + N days (default 1095)
                                     has passed; tombstones keep the chain verifiable
  samtykke-receiver erase --consent-id ID | --subject REF  DIR | --postgres URL
                                     remove one person's receipts (tombstones likewise);
                                     purge and erase append a removal record naming what went
  samtykke-receiver migrate --postgres URL
                                     create or upgrade the table (as the admin role), so that
                                     receivers can run --no-migrate as a role that only appends
  (purge and erase on a log directory need the receiver stopped; on PostgreSQL they do not.
   verify, purge and erase wait up to --wait-seconds N (default 60) for PostgreSQL.)

Options:
  --port N          port to listen on (default 8787; 0 picks a free one)
  --host H          address to listen on (default 127.0.0.1)
  --data DIR        directory of the proof log (default ./proofs)
  --postgres URL    store receipts in PostgreSQL instead (postgres://user:password@host/db),
                    table samtykke_proofs, created if missing; several receivers may share it
                    (better: the SAMTYKKE_RECEIVER_POSTGRES environment variable, not shown by ps)
  --origin URL      a site allowed to send receipts, e.g. https://example.no
                    (repeat it, or give a comma-separated list; default: none but same-origin)
  --admin-port N    serve the admin side on a listener of its own: the export, /metrics,
                    /healthz and the controller's console (/controller/); the --port listener
                    then takes receipts only (POST /consent-proofs) and answers 404 to the rest.
                    Without it, the --port listener serves everything
  --admin-host H    address of the admin listener (default 127.0.0.1: reach it through an
                    SSH tunnel, docs/receiver.md)
  --token T         bearer token enabling GET /consent-proofs export and the console
                    (better: the SAMTYKKE_RECEIVER_TOKEN environment variable, not shown by ps)
  --max-body N      largest accepted body in bytes (default 16384)
  --segment-mb N    file log: start a new segment file past N MiB (default 16)
  --trust-proxy N   behind N reverse proxies of yours: the client address is the Nth
                    X-Forwarded-For entry from the right (the leftmost is the client's claim)
  --rate-limit N    receipts per minute per client address (IPv6: per /64), N at once at most;
                    beyond it 429 with Retry-After (default 60; 0 switches it off)
  --no-migrate      PostgreSQL: do not create or upgrade the table at start (run migrate first);
                    the receiver may then use a role that can only append (docs/receiver.md)
  --help            this text
`;
function fail(message, code) {
    process.stderr.write(`samtykke-receiver: ${message}\n`);
    process.exit(code);
}
function parse() {
    try {
        return parseArgs({
            args: process.argv.slice(2),
            allowPositionals: true,
            options: {
                port: { type: 'string', default: '8787' },
                host: { type: 'string', default: '127.0.0.1' },
                'admin-port': { type: 'string' },
                'admin-host': { type: 'string', default: '127.0.0.1' },
                data: { type: 'string', default: './proofs' },
                origin: { type: 'string', multiple: true },
                token: { type: 'string' },
                'max-body': { type: 'string', default: '16384' },
                'trust-proxy': { type: 'string', default: '0' },
                'rate-limit': { type: 'string', default: '60' },
                'no-migrate': { type: 'boolean', default: false },
                postgres: { type: 'string' },
                'hold-days': { type: 'string' },
                'consent-id': { type: 'string' },
                subject: { type: 'string' },
                'wait-seconds': { type: 'string', default: '60' },
                'segment-mb': { type: 'string', default: '16' },
                help: { type: 'boolean', default: false },
            },
        });
    }
    catch (err) {
        return fail(`${err.message}\n\n${USAGE}`, 2);
    }
}
function integer(name, text, min, max) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
        fail(`--${name} must be a whole number from ${min} to ${max}`, 2);
    return n;
}
/** The receiver's options from the command line; bad values exit 2 naming the option. */
function receiverOptions(values) {
    const maxBody = integer('max-body', values['max-body'], 1, 1 << 24);
    const listed = (values.origin ?? [])
        .flatMap((o) => o.split(','))
        .map((o) => o.trim())
        .filter(Boolean);
    let origins;
    try {
        origins = normaliseOrigins(listed.includes('*') ? '*' : listed);
    }
    catch (err) {
        return fail(`--origin: ${err.message}`, 2);
    }
    const token = values.token || process.env.SAMTYKKE_RECEIVER_TOKEN || undefined;
    // The token guards every receipt ever stored: refuse one that could be guessed.
    if (token !== undefined && token.length < 16)
        fail('the export token must be at least 16 characters', 2);
    const postgres = postgresUrl(values);
    const segmentBytes = integer('segment-mb', values['segment-mb'], 1, 2047) * (1 << 20);
    const trustProxy = integer('trust-proxy', values['trust-proxy'], 0, 16);
    const perMinute = integer('rate-limit', values['rate-limit'], 0, 1_000_000);
    return {
        ...(postgres !== undefined ? { postgres } : { dataDir: resolve(values.data), segmentBytes }),
        origins,
        token,
        maxBody,
        trustProxy,
        migrate: !values['no-migrate'],
        separateAdmin: values['admin-port'] !== undefined,
        ...(perMinute > 0 ? { rateLimit: { perMinute, burst: perMinute } } : {}),
    };
}
/** Starts a node:http server for `handler` on host:port; resolves with it and its base URL. */
function startListener(handler, port, listenHost) {
    const server = createServer(handler);
    // A receipt is small: a client that takes longer than this to send one is not a widget.
    server.requestTimeout = 15_000;
    server.headersTimeout = 10_000;
    server.on('error', (err) => fail(`cannot listen on ${listenHost}:${port}: ${err.message}`, 1));
    return new Promise((resolveListening) => server.listen(port, listenHost, () => {
        const address = server.address();
        const bound = typeof address === 'object' && address ? address.port : port;
        const host = listenHost.includes(':') ? `[${listenHost}]` : listenHost;
        resolveListening({ server, base: `http://${host}:${bound}` });
    }));
}
async function serve(values) {
    const port = integer('port', values.port, 0, 65535);
    const adminPort = values['admin-port'] === undefined ? null : integer('admin-port', values['admin-port'], 0, 65535);
    const options = receiverOptions(values);
    const { postgres, token, origins = [], dataDir } = options;
    let receiver;
    try {
        receiver = createReceiver(options);
        // A broken log must stop the start; PostgreSQL may come up later: serve 503 until it does.
        if (postgres === undefined)
            await receiver.ready;
        else
            receiver.ready.catch((err) => fail(err.message, 1));
    }
    catch (err) {
        return fail(err.message, 1);
    }
    const servers = [];
    // Signals are handled before any line is printed: a supervisor that stops the receiver as soon
    // as it reads "listening" must get the clean stop, not the default kill.
    stopOnSignals(receiver, servers);
    // The admin side first: once the public line is printed, both listeners are up.
    if (adminPort !== null) {
        const admin = await startListener(receiver.admin, adminPort, values['admin-host']);
        servers.push(admin.server);
        process.stdout.write(`samtykke-receiver: admin side on ${admin.base}/ (export, /metrics, /healthz; the console at ${admin.base}/controller/)\n`);
    }
    const open = await startListener(receiver, port, values.host);
    servers.push(open.server);
    process.stdout.write(`samtykke-receiver: listening on ${open.base}/consent-proofs ` +
        `(${postgres !== undefined ? 'PostgreSQL table samtykke_proofs' : `log in ${dataDir}, segments of ${values['segment-mb']} MiB`}; export ${token ? 'on' : 'off: no token'}` +
        `${adminPort !== null ? ' (admin side only)' : `, console at ${open.base}/controller/`}; ` +
        `origins ${origins === '*' ? 'any' : origins.length ? origins.join(' ') : 'same-origin only'})\n`);
}
/** On SIGTERM/SIGINT: stop taking connections, finish receipts in progress, exit 0. */
function stopOnSignals(receiver, servers) {
    let stopping = false;
    const stop = async (signal) => {
        if (stopping) {
            // A second signal means "now": the log is synced per batch, so nothing acknowledged is lost.
            process.exit(1);
        }
        stopping = true;
        process.stdout.write(`samtykke-receiver: ${signal}, finishing receipts in progress\n`);
        for (const server of servers) {
            server.close();
            server.closeIdleConnections();
        }
        await receiver.close();
        for (const server of servers)
            server.closeAllConnections();
        process.stdout.write('samtykke-receiver: stopped\n');
        process.exit(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
}
/** --postgres, else SAMTYKKE_RECEIVER_POSTGRES; a value that is no postgres:// URL is bad usage. */
function postgresUrl(values) {
    const url = values.postgres ?? (process.env.SAMTYKKE_RECEIVER_POSTGRES || undefined);
    if (url !== undefined && !isPostgresUrl(url))
        fail('--postgres must be a URL like postgres://user:password@host/db', 2);
    return url;
}
async function main() {
    const { values, positionals } = parse();
    if (values.help) {
        process.stdout.write(USAGE);
        process.exit(0);
    }
    const command = positionals[0];
    if (command === 'verify' || command === 'purge' || command === 'erase' || command === 'migrate') {
        const postgres = postgresUrl(values);
        if (command === 'migrate' && (postgres === undefined || positionals.length !== 1)) {
            fail(`migrate takes --postgres URL only (a log directory needs no migration)\n\n${USAGE}`, 2);
        }
        if (postgres !== undefined ? positionals.length !== 1 : positionals.length !== 2) {
            fail(`${command} takes one directory, or --postgres URL\n\n${USAGE}`, 2);
        }
        return runCommand({
            command,
            dir: positionals[1] ?? null,
            postgres,
            holdDays: values['hold-days'],
            consentId: values['consent-id'],
            subject: values.subject,
            waitSeconds: values['wait-seconds'],
        }, fail);
    }
    if (positionals.length > 0)
        fail(`unknown command ${positionals[0]}\n\n${USAGE}`, 2);
    return serve(values);
}
main().catch((err) => fail(err.message, 1));
