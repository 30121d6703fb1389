/**
 * `createReceiver(options)`: the proof endpoint of SPEC §9 as a `(req, res)` handler for any
 * Node HTTP server (node:http, Express, Fastify's raw mode, …).
 *
 * Routes: POST /consent-proofs (store a receipt), GET /consent-proofs (export, token only),
 * OPTIONS (CORS preflight), GET /healthz, GET /metrics. It must never answer 2xx to a POST
 * before the receipt is durable, never store anything from a request it refuses, never store
 * a receipt twice, and never leave a client hanging: storage that is down, stalled or behind
 * gets 503 with Retry-After within a few seconds.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateReceipt } from './validate.js';
import { ProofLog } from './log.js';
import { PgStore } from './pg.js';
import { isPostgresUrl } from './pg-url.js';
import { Unavailable } from './store.js';
import type { ProofStore, StoreStats } from './store.js';
import { truncateIp } from './ip.js';
import { PREFLIGHT_HEADERS, decideCors, normaliseOrigins } from './cors.js';
import { contentTypeProblem, readBody, refuseUnread, sendError, sendJson } from './http.js';
import type { Headers } from './http.js';
import { handleExport } from './export.js';
import { createMetrics, stderrLogger } from './metrics.js';
import type { RefusalReason } from './metrics.js';
import type { Receiver, ReceiverOptions, StoredRecord } from './options.js';

export type { Receiver, ReceiverOptions, ReceiverStats, StoredRecord } from './options.js';

const DEFAULT_MAX_BODY = 16384;
/** How long a request waits for a store still opening before it gets 503. */
const OPENING_WAIT_MS = 2000;

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
  const logger = options.logger ?? stderrLogger;
  const counts = { stored: 0, duplicates: 0, rejected: 0, unavailable: 0 };
  let store: ProofStore | null = null;
  let closing = false;
  const metrics = createMetrics(() => store?.stats().queued ?? 0);
  const events = metrics.storeEvents(logger);
  const storeOptions = { maxQueue: options.maxQueue, events };
  const opening = (
    postgres !== undefined
      ? PgStore.open(
          postgres,
          { ...storeOptions, poolSize: options.postgresPoolSize, waitMs: options.storeTimeoutMs },
          () => closing,
        )
      : ProofLog.open(options.dataDir!, { ...storeOptions, segmentBytes: options.segmentBytes })
  ).then((opened: ProofStore) => {
    store = opened;
  });
  // Callers who never look at `ready` still get 503s, not an unhandled rejection.
  opening.catch((err: Error) => logger(entry('error', 'store-failed', { error: err.message })));

  let active = 0;
  let idle: (() => void) | null = null;

  function entry(level: 'info' | 'warn' | 'error', event: string, detail: Record<string, unknown> = {}) {
    return { time: new Date().toISOString(), level, event, ...detail };
  }

  /** Logs and counts a 4xx. `unread`: the body was not (fully) read: answer and cut the connection. */
  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    reason: RefusalReason,
    error: string,
    headers: Headers = {},
    unread = false,
  ) {
    counts.rejected += 1;
    metrics.refused.inc({ status: String(status), reason });
    logger(
      entry('warn', 'refused', {
        status,
        reason,
        error,
        method: req.method,
        url: req.url,
        ip: clientIp(req),
        origin: req.headers.origin,
      }),
    );
    if (unread) refuseUnread(req, res, status, error, headers);
    else sendError(res, status, error, headers);
  }

  function unavailable(req: IncomingMessage, res: ServerResponse, error: string, retryAfter: number, headers: Headers) {
    counts.unavailable += 1;
    metrics.unavailable.inc();
    logger(entry('warn', 'unavailable', { status: 503, error, method: req.method, url: req.url, ip: clientIp(req) }));
    refuseUnread(req, res, 503, error, { ...headers, 'retry-after': String(retryAfter) });
  }

  async function receive(req: IncomingMessage, res: ServerResponse, headers: Headers, log: ProofStore) {
    const typeProblem = contentTypeProblem(req);
    if (typeProblem) return refuse(req, res, 400, 'content-type', typeProblem, headers, true);
    if (!log.healthy()) return unavailable(req, res, 'the proof store cannot take receipts right now', 2, headers);
    const body = await readBody(req, maxBody);
    if (!body.ok)
      return refuse(req, res, 400, body.tooBig ? 'body-too-large' : 'body-unreadable', body.error, headers, body.tooBig);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      return refuse(req, res, 400, 'not-json', 'body is not valid JSON', headers);
    }
    const result = validateReceipt(parsed);
    if (!result.ok) return refuse(req, res, 400, 'schema', result.error, headers);
    const { receipt } = result;
    const key = receipt.receiptId.toLowerCase();
    const header = req.headers['idempotency-key'];
    const idempotencyKey = Array.isArray(header) ? header.join(',') : header;
    if (idempotencyKey !== undefined && idempotencyKey.trim().toLowerCase() !== key) {
      return refuse(req, res, 400, 'idempotency-key', 'Idempotency-Key header must equal receiptId', headers);
    }
    const record: StoredRecord = { ...receipt, receivedAt: new Date().toISOString(), ip: clientIp(req) };
    let outcome;
    try {
      outcome = await log.append(key, record);
    } catch (err) {
      // Not stored: the widget keeps the receipt queued and retries (SPEC §7).
      const retryAfter = err instanceof Unavailable ? err.retryAfter : 5;
      logger(entry('error', 'store-failed', { error: (err as Error).message, receiptId: receipt.receiptId }));
      return unavailable(req, res, 'the receipt could not be stored; try again later', retryAfter, headers);
    }
    const duplicate = outcome === 'duplicate';
    counts[duplicate ? 'duplicates' : 'stored'] += 1;
    metrics[duplicate ? 'duplicates' : 'stored'].inc();
    if (duplicate) logger(entry('info', 'duplicate', { receiptId: receipt.receiptId, ip: clientIp(req) }));
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

  /** The store once open; null if it is not open within a short wait (the caller answers 503). */
  async function openStore(): Promise<ProofStore | null> {
    if (store) return store;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, OPENING_WAIT_MS)));
    await Promise.race([opening.catch(() => undefined), waited]);
    clearTimeout(timer);
    return store;
  }

  async function serveOperator(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(req, res, 405, 'method', `method ${req.method} is not allowed: use GET`, { allow: 'GET' }, true);
    }
    if (pathname === '/metrics') {
      const text = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
      return void res.end(text);
    }
    const healthy = store !== null && !closing && store.healthy();
    const stats = receiver.stats();
    sendJson(
      res,
      healthy ? 200 : 503,
      { ok: healthy, queued: stats.queued, records: stats.records },
      healthy ? {} : { 'retry-after': '2' },
    );
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://receiver.invalid');
    } catch {
      return refuse(req, res, 400, 'not-found', 'the request URL is not valid', {}, true);
    }
    if (url.pathname === '/healthz' || url.pathname === '/metrics') return serveOperator(req, res, url.pathname);
    if (url.pathname !== path)
      return refuse(req, res, 404, 'not-found', `not found: this receiver serves ${path} only`, {}, true);
    const cors = decideCors(req, origins);
    if (!cors.allowed) {
      return refuse(
        req,
        res,
        403,
        'origin',
        `origin ${cors.origin} is not allowed to send receipts here`,
        { vary: 'Origin' },
        true,
      );
    }
    const { headers } = cors;
    const method = req.method ?? '';
    if (method === 'OPTIONS') {
      res.writeHead(204, { ...headers, ...PREFLIGHT_HEADERS, allow: 'GET, POST, OPTIONS' });
      return void res.end();
    }
    if (method !== 'POST' && method !== 'GET') {
      const allow = { ...headers, allow: 'GET, POST, OPTIONS' };
      return refuse(req, res, 405, 'method', `method ${method} is not allowed: use POST (or GET to export)`, allow, true);
    }
    if (closing) return unavailable(req, res, 'the receiver is shutting down; try again later', 5, headers);
    const log = await openStore();
    if (!log) return unavailable(req, res, 'the proof store is not available yet', 5, headers);
    if (method === 'POST') return receive(req, res, headers, log);
    return handleExport(req, res, url.searchParams, log, options.token, headers, (status, reason, error, extra) =>
      refuse(req, res, status, reason, error, extra),
    );
  }

  const receiver = ((req: IncomingMessage, res: ServerResponse) => {
    active += 1;
    route(req, res)
      .catch((err: Error) => {
        logger(entry('error', 'failed', { error: err?.message, method: req.method, url: req.url }));
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
    await store?.close();
  }

  receiver.stats = () => {
    const storeStats: Partial<StoreStats> = store?.stats() ?? {};
    return { ...counts, records: storeStats.records ?? 0, fsyncs: storeStats.fsyncs ?? 0, queued: storeStats.queued ?? 0 };
  };

  return receiver;
}
