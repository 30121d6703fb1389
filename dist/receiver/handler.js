import { ProofLog } from './log.js';
import { PgStore } from './pg.js';
import { isPostgresUrl } from './pg-url.js';
import { normaliseOrigins } from './cors.js';
import { sendError } from './http.js';
import { createMetrics, stderrLogger } from './metrics.js';
import { logEntry, receiverStats } from './answers.js';
import { route } from './requests.js';
import { TokenBuckets } from './limits.js';
import { adminRoute } from './admin.js';
import { createConsoleState } from './console/routes.js';
const DEFAULT_MAX_BODY = 16384;
/** Failed export sign-ins: ten tries at once, then one every six seconds. */
const DEFAULT_AUTH_LIMIT = { perMinute: 10, burst: 10 };
/**
 * Creates the proof receiver of SPEC §9: a `(req, res)` handler that validates each receipt
 * POSTed to `options.path` (default /consent-proofs), stores it durably (the hash-chained proof
 * log in `options.dataDir`, or PostgreSQL at `options.postgres`) and only then answers 200; it
 * also serves the Bearer export, /metrics, /healthz and the controller's console unless
 * `separateAdmin` moves them to `receiver.admin`. The store opens in the background: `ready`
 * settles when it has (requests meanwhile wait, then get 503 if it cannot open).
 *
 * @param options Where to store receipts and whom to accept them from (`ReceiverOptions`).
 * @returns The handler, with `ready`, `admin`, `close()` and `stats()`.
 * @throws TypeError when neither `dataDir` nor a valid `postgres` URL is given.
 */
export function createReceiver(options) {
    checkStorageOptions(options);
    const origins = normaliseOrigins(options.origins);
    const logger = options.logger ?? stderrLogger;
    const state = { store: null, closing: false, active: 0, idle: null };
    const metrics = createMetrics(() => state.store?.stats().queued ?? 0);
    const events = metrics.storeEvents(logger);
    const opening = openProofStore(options, state, events);
    // Callers who never look at `ready` still get 503s, not an unhandled rejection.
    opening.catch((err) => logger(logEntry('error', 'store-failed', { error: err.message })));
    const context = {
        options,
        origins,
        maxBody: options.maxBody ?? DEFAULT_MAX_BODY,
        path: options.path ?? '/consent-proofs',
        logger,
        counts: { stored: 0, duplicates: 0, rejected: 0, unavailable: 0 },
        metrics,
        state,
        opening,
        limits: {
            receipts: options.rateLimit ? new TokenBuckets(options.rateLimit) : null,
            auth: new TokenBuckets(options.authLimit ?? DEFAULT_AUTH_LIMIT),
        },
        reopen: () => openProofStore(options, state, events).catch((err) => logger(logEntry('error', 'store-failed', { error: `could not reopen the store: ${err.message}` }))),
        console: null,
    };
    context.console = createConsoleState(context);
    const receiver = ((req, res) => handleRequest(context, route, req, res));
    Object.defineProperty(receiver, 'ready', { value: opening });
    Object.defineProperty(receiver, 'admin', {
        value: (req, res) => handleRequest(context, adminRoute, req, res),
    });
    let closed = null;
    receiver.close = () => (closed ??= shutDown(context));
    receiver.stats = () => receiverStats(context);
    return receiver;
}
/** Throws a TypeError naming the option unless there is exactly a usable place to store receipts. */
function checkStorageOptions(options) {
    const postgres = options?.postgres;
    if (postgres !== undefined && !isPostgresUrl(postgres)) {
        throw new TypeError('createReceiver: options.postgres must be a connection URL like postgres://user@host/db');
    }
    if (postgres === undefined && (typeof options?.dataDir !== 'string' || options.dataDir === '')) {
        throw new TypeError('createReceiver: options.dataDir (the proof log directory) or options.postgres is required');
    }
}
/** Starts opening the PostgreSQL store or the proof log; `state.store` is set once it is open. */
function openProofStore(options, state, events) {
    const postgres = options.postgres;
    const storeOptions = { maxQueue: options.maxQueue, events };
    return (postgres !== undefined
        ? PgStore.open(postgres, { ...storeOptions, poolSize: options.postgresPoolSize, waitMs: options.storeTimeoutMs, migrate: options.migrate }, () => state.closing)
        : ProofLog.open(options.dataDir, { ...storeOptions, segmentBytes: options.segmentBytes })).then((opened) => {
        state.store = opened;
    });
}
/** Routes one request, counting it in flight so that close() can wait for it. */
function handleRequest(context, routeTo, req, res) {
    const { state } = context;
    state.active += 1;
    routeTo(context, req, res)
        .catch((err) => {
        context.logger(logEntry('error', 'failed', { error: err?.message, method: req.method, url: req.url }));
        // An unexpected failure: answer if we still can, else cut the connection.
        if (!res.headersSent)
            sendError(res, 500, 'internal error');
        else
            res.destroy();
    })
        .finally(() => {
        state.active -= 1;
        if (state.active === 0 && state.idle)
            state.idle();
    });
}
/** Refuses new requests, lets those in flight finish (up to closeTimeoutMs), then closes the store. */
async function shutDown(context) {
    const { state } = context;
    state.closing = true;
    if (state.active > 0) {
        // Requests already past the door get to finish: their receipts may be mid-way to disk.
        await new Promise((resolve) => {
            const timer = setTimeout(resolve, context.options.closeTimeoutMs ?? 10_000);
            state.idle = () => {
                clearTimeout(timer);
                resolve();
            };
        });
    }
    await context.opening.catch(() => undefined);
    // An erasure from the console may be closing and reopening the log: let it finish first.
    await context.console.busy;
    await state.store?.close();
    await context.console.audit.close();
}
