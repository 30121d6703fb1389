/**
 * `createReceiver(options)`: the proof endpoint of SPEC §9 as a `(req, res)` handler for any
 * Node HTTP server (node:http, Express, Fastify's raw mode, …).
 *
 * Routes: POST /consent-proofs (store a receipt), GET /consent-proofs (export, token only),
 * OPTIONS (CORS preflight). It must never answer 2xx to a POST before the receipt is on disk,
 * never store anything from a request it refuses, and never store a receipt twice.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Receipt } from './validate.js';
import type { Origins } from './cors.js';
export interface ReceiverOptions {
    /** Directory of the proof log (created if missing). Required unless `postgres` is given. */
    dataDir?: string;
    /**
     * A PostgreSQL connection URL (postgres://user:password@host/db): receipts go to its
     * `samtykke_proofs` table instead of the log, so several receivers can share one store.
     * Needs the `pg` package.
     */
    postgres?: string;
    /** Connections to PostgreSQL at most. Default 10. */
    postgresPoolSize?: number;
    /** Origins whose pages may POST receipts, exact ("https://example.no"), or '*'. Default: none. */
    origins?: Origins;
    /** Bearer token for export. Without one, export is switched off. */
    token?: string;
    /** Largest accepted body in bytes. Default 16384. */
    maxBody?: number;
    /** Behind a reverse proxy: take the client address from the first X-Forwarded-For entry. */
    trustProxy?: boolean;
    /** The one path served. Default "/consent-proofs". */
    path?: string;
    /** How long close() waits for requests still being read or stored. Default 10 s. */
    closeTimeoutMs?: number;
}
/** A stored record: the receipt as received, plus what the receiver adds. */
export type StoredRecord = Receipt & {
    receivedAt: string;
    ip: string | null;
};
export interface ReceiverStats {
    /** Receipts stored by this process. */
    stored: number;
    /** POSTs answered 200 because the receipt was already stored. */
    duplicates: number;
    /** POSTs answered 4xx. */
    rejected: number;
    /** Records in the log, from earlier runs too. */
    records: number;
    /** write+fdatasync rounds: group commit keeps this far below `stored`. */
    fsyncs: number;
}
export interface Receiver {
    (req: IncomingMessage, res: ServerResponse): void;
    /** Settles when the log is open (rejects if it cannot be: e.g. its chain is broken). */
    readonly ready: Promise<void>;
    /** Answers new requests 503, finishes the ones in progress, syncs and closes the log. */
    close(): Promise<void>;
    stats(): ReceiverStats;
}
export declare function createReceiver(options: ReceiverOptions): Receiver;
