/**
 * What `createReceiver(options)` takes and gives (handler.ts builds it): its options, the handler
 * with its lifecycle, its counters, and a stored record.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Receipt } from './validate.js';
import type { Origins } from './cors.js';
import type { Logger } from './logger.js';
import type { RateLimit } from './limits.js';
/**
 * How `createReceiver` stores and serves receipts. Give `dataDir` (a proof log on this machine)
 * or `postgres` (a shared table); everything else has a default fit for one site behind one
 * reverse proxy you configure with `trustProxy`.
 */
export interface ReceiverOptions {
    /** Directory of the proof log (created if missing). Required unless `postgres` is given. */
    dataDir?: string;
    /**
     * A PostgreSQL connection URL (postgres://user:password@host/db): receipts go to its
     * `samtykke_proofs` table instead of the log, so several receivers can share one store.
     * While the database is down the receiver waits for it (answering 503) instead of failing.
     */
    postgres?: string;
    /** Connections to PostgreSQL at most. Default 10. */
    postgresPoolSize?: number;
    /** Receipts waiting to be stored at most; beyond it POSTs get 503. Default 20000. */
    maxQueue?: number;
    /** How long a POST waits for its receipt to be stored before it gets 503. Default 4000 ms. */
    storeTimeoutMs?: number;
    /** File log: start a new segment file past this many bytes. Default 16 MiB. */
    segmentBytes?: number;
    /** Origins whose pages may POST receipts, exact ("https://example.no"), or '*'. Default: none. */
    origins?: Origins;
    /** Bearer token for export. Without one, export is switched off. */
    token?: string;
    /** Largest accepted body in bytes. Default 16384. */
    maxBody?: number;
    /**
     * Behind N reverse proxies of your own: the client address is the Nth X-Forwarded-For entry
     * from the right (client.ts). `true` means 1. Default: none, the socket's address.
     */
    trustProxy?: boolean | number;
    /**
     * Receipts per client (IPv4 address, IPv6 /64) at most: `perMinute`, up to `burst` at once;
     * beyond it 429 with Retry-After, counted in /metrics. Default: no limit (the CLI sets one).
     */
    rateLimit?: RateLimit;
    /** Failed export sign-ins per client at most. Default 10 at once, 10 a minute. */
    authLimit?: RateLimit;
    /**
     * PostgreSQL: create or upgrade the table at start (default true, needs the admin role).
     * false: `samtykke-receiver migrate` did it, and this receiver may run as the role that can
     * only append (docs/receiver.md).
     */
    migrate?: boolean;
    /**
     * true: this handler takes receipts only (POST and its CORS preflight on `path`) and answers
     * 404 to everything else; the export, /metrics, /healthz and the console are served by
     * `receiver.admin` alone, mounted on a listener only operators reach (the CLI's
     * `--admin-port`). Default false: one handler serves everything, as SPEC §9 describes.
     */
    separateAdmin?: boolean;
    /** The one path receipts are served on. Default "/consent-proofs". */
    path?: string;
    /** How long close() waits for requests still being read or stored. Default 10 s. */
    closeTimeoutMs?: number;
    /** Where the structured log goes (one JSON object per event). Default: stderr. */
    logger?: Logger;
}
/** A stored record: the receipt as received, plus what the receiver adds. */
export type StoredRecord = Receipt & {
    receivedAt: string;
    ip: string | null;
};
/** What `receiver.stats()` counts since this process started, plus the store's record count. */
export interface ReceiverStats {
    /** Receipts stored by this process. */
    stored: number;
    /** POSTs answered 200 because the receipt was already stored. */
    duplicates: number;
    /** Requests answered 4xx. */
    rejected: number;
    /** Requests answered 503. */
    unavailable: number;
    /** Records in the store, from earlier runs too. */
    records: number;
    /** Durable writes (fdatasync or COMMIT): group commit keeps this far below `stored`. */
    fsyncs: number;
    /** Receipts waiting for the next durable write. */
    queued: number;
}
/**
 * The receiver: a Node `(req, res)` handler to mount on `http.createServer` (or any framework
 * that hands over Node's request and response), with its store's lifecycle. Wait for `ready`
 * before taking traffic you cannot answer 503, and call `close()` before the process exits so
 * that every receipt answered 200 is on disk.
 */
export interface Receiver {
    (req: IncomingMessage, res: ServerResponse): void;
    /** Settles when the store is open (rejects if it cannot be: e.g. its chain is broken). */
    readonly ready: Promise<void>;
    /**
     * The admin side as a `(req, res)` handler of its own: GET /consent-proofs (the Bearer export),
     * GET /metrics, GET /healthz and the controller's console under /controller/. Mount it on a
     * listener only operators reach (loopback, a VPN, an SSH tunnel), with `separateAdmin: true`
     * so that the public handler no longer serves them.
     */
    readonly admin: (req: IncomingMessage, res: ServerResponse) => void;
    /** Answers new requests 503, finishes the ones in progress, syncs and closes the store. */
    close(): Promise<void>;
    /** A snapshot of the counters (a new object each call; it does not change afterwards). */
    stats(): ReceiverStats;
}
