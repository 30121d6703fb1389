/**
 * `createReceiver(options)`: the proof endpoint of SPEC §9 as a `(req, res)` handler for any
 * Node HTTP server (node:http, Express, Fastify's raw mode, …).
 *
 * Routes: POST /consent-proofs (store a receipt), GET /consent-proofs (export, token only),
 * OPTIONS (CORS preflight). It must never answer 2xx to a POST before the receipt is on disk,
 * never store anything from a request it refuses, and never store a receipt twice.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateReceipt } from './validate.js';
import type { Receipt } from './validate.js';
import { ProofLog } from './log.js';
import { PgStore, isPostgresUrl } from './pg.js';
import type { ProofStore } from './store.js';
import { truncateIp } from './ip.js';
import { PREFLIGHT_HEADERS, decideCors, normaliseOrigins } from './cors.js';
import type { Origins } from './cors.js';
import { contentTypeProblem, readBody, sendError, sendJson } from './http.js';
import type { Headers } from './http.js';
import { handleExport } from './export.js';

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
export type StoredRecord = Receipt & { receivedAt: string; ip: string | null };

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

const DEFAULT_MAX_BODY = 16384;

export function createReceiver(options: ReceiverOptions): Receiver {
  const postgres = options?.postgres;
  if (postgres !== undefined && !isPostgresUrl(postgres)) {
    throw new TypeError('createReceiver: options.postgres must be a connection URL like postgres://user@host/db');
  }
  if (postgres === undefined && (typeof options?.dataDir !== 'string' || options.dataDir === '')) {
    throw new TypeError('createReceiver: options.dataDir (the proof log directory) or options.postgres is required');
  }
  const origins = normaliseOrigins(options.origins);
  const maxBody = options.maxBody ?? DEFAULT_MAX_BODY;
  const path = options.path ?? '/consent-proofs';
  const counts = { stored: 0, duplicates: 0, rejected: 0 };
  let log: ProofStore | null = null;
  const opening = (
    postgres !== undefined
      ? PgStore.open(postgres, options.postgresPoolSize)
      : ProofLog.open(options.dataDir!, (r) => String(r.receiptId).toLowerCase())
  ).then((opened: ProofStore) => {
    log = opened;
  });
  // Callers who never look at `ready` still get 503s, not an unhandled rejection.
  opening.catch(() => undefined);

  let closing = false;
  let active = 0;
  let idle: (() => void) | null = null;

  async function receive(req: IncomingMessage, res: ServerResponse, headers: Headers, store: ProofStore) {
    const refuse = (error: string, extra: Headers = {}) => {
      counts.rejected += 1;
      sendError(res, 400, error, { ...headers, ...extra });
    };
    const typeProblem = contentTypeProblem(req);
    if (typeProblem) return refuse(typeProblem);
    const body = await readBody(req, maxBody);
    if (!body.ok) return refuse(body.error, body.tooBig ? { connection: 'close' } : {});
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      return refuse('body is not valid JSON');
    }
    const result = validateReceipt(parsed);
    if (!result.ok) return refuse(result.error);
    const { receipt } = result;
    const key = receipt.receiptId.toLowerCase();
    const header = req.headers['idempotency-key'];
    const idempotencyKey = Array.isArray(header) ? header.join(',') : header;
    if (idempotencyKey !== undefined && idempotencyKey.trim().toLowerCase() !== key) {
      return refuse('Idempotency-Key header must equal receiptId');
    }
    const record: StoredRecord = { ...receipt, receivedAt: new Date().toISOString(), ip: clientIp(req) };
    let outcome;
    try {
      outcome = await store.append(key, record);
    } catch {
      // Not stored: the widget keeps the receipt queued and retries (SPEC §7).
      return sendError(res, 503, 'the receipt could not be stored; try again later', { ...headers, 'retry-after': '5' });
    }
    const duplicate = outcome === 'duplicate';
    counts[duplicate ? 'duplicates' : 'stored'] += 1;
    sendJson(res, duplicate ? 200 : 201, { ok: true, receiptId: receipt.receiptId, duplicate }, headers);
  }

  function clientIp(req: IncomingMessage): string | null {
    if (options.trustProxy) {
      const forwarded = req.headers['x-forwarded-for'];
      const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0];
      if (first !== undefined) return truncateIp(first.trim());
    }
    return truncateIp(req.socket.remoteAddress);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://receiver.invalid');
    } catch {
      return sendError(res, 400, 'the request URL is not valid');
    }
    if (url.pathname !== path) return sendError(res, 404, `not found: this receiver serves ${path} only`);
    const cors = decideCors(req, origins);
    if (!cors.allowed) {
      counts.rejected += 1;
      return sendError(res, 403, `origin ${cors.origin} is not allowed to send receipts here`, { vary: 'Origin' });
    }
    const { headers } = cors;
    const method = req.method ?? '';
    if (method === 'OPTIONS') {
      res.writeHead(204, { ...headers, ...PREFLIGHT_HEADERS, allow: 'GET, POST, OPTIONS' });
      return void res.end();
    }
    if (method !== 'POST' && method !== 'GET') {
      return sendError(res, 405, `method ${method} is not allowed: use POST (or GET to export)`, {
        ...headers,
        allow: 'GET, POST, OPTIONS',
      });
    }
    if (closing) {
      return sendError(res, 503, 'the receiver is shutting down; try again later', {
        ...headers,
        'retry-after': '5',
        connection: 'close',
      });
    }
    try {
      await opening;
    } catch {
      return sendError(res, 503, 'the proof log is not available', headers);
    }
    if (method === 'POST') return receive(req, res, headers, log!);
    return handleExport(req, res, url.searchParams, log!, options.token, headers);
  }

  const receiver = ((req: IncomingMessage, res: ServerResponse) => {
    active += 1;
    route(req, res)
      .catch(() => {
        // An unexpected failure: answer if we still can, else cut the connection.
        if (!res.headersSent) sendError(res, 500, 'internal error');
        else res.destroy();
      })
      .finally(() => {
        active -= 1;
        if (active === 0 && idle) idle();
      });
  }) as Receiver;

  Object.defineProperty(receiver, 'ready', { value: opening });

  let closed: Promise<void> | null = null;
  receiver.close = () => (closed ??= shutDown());
  async function shutDown(): Promise<void> {
    closing = true;
    if (active > 0) {
      // Requests already past the door get to finish: their receipts may be mid-way to disk.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.closeTimeoutMs ?? 10_000);
        idle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    await opening.catch(() => undefined);
    await log?.close();
  }

  receiver.stats = () => {
    const logStats = log?.stats();
    return { ...counts, records: logStats?.records ?? 0, fsyncs: logStats?.fsyncs ?? 0 };
  };

  return receiver;
}
