import { validateReceipt } from './validate.js';
import { ProofLog } from './log.js';
import { PgStore, isPostgresUrl } from './pg.js';
import { truncateIp } from './ip.js';
import { PREFLIGHT_HEADERS, decideCors, normaliseOrigins } from './cors.js';
import { contentTypeProblem, readBody, sendError, sendJson } from './http.js';
import { handleExport } from './export.js';
const DEFAULT_MAX_BODY = 16384;
export function createReceiver(options) {
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
    let log = null;
    const opening = (postgres !== undefined
        ? PgStore.open(postgres, options.postgresPoolSize)
        : ProofLog.open(options.dataDir, (r) => String(r.receiptId).toLowerCase())).then((opened) => {
        log = opened;
    });
    // Callers who never look at `ready` still get 503s, not an unhandled rejection.
    opening.catch(() => undefined);
    let closing = false;
    let active = 0;
    let idle = null;
    async function receive(req, res, headers, store) {
        const refuse = (error, extra = {}) => {
            counts.rejected += 1;
            sendError(res, 400, error, { ...headers, ...extra });
        };
        const typeProblem = contentTypeProblem(req);
        if (typeProblem)
            return refuse(typeProblem);
        const body = await readBody(req, maxBody);
        if (!body.ok)
            return refuse(body.error, body.tooBig ? { connection: 'close' } : {});
        let parsed;
        try {
            parsed = JSON.parse(body.text);
        }
        catch {
            return refuse('body is not valid JSON');
        }
        const result = validateReceipt(parsed);
        if (!result.ok)
            return refuse(result.error);
        const { receipt } = result;
        const key = receipt.receiptId.toLowerCase();
        const header = req.headers['idempotency-key'];
        const idempotencyKey = Array.isArray(header) ? header.join(',') : header;
        if (idempotencyKey !== undefined && idempotencyKey.trim().toLowerCase() !== key) {
            return refuse('Idempotency-Key header must equal receiptId');
        }
        const record = { ...receipt, receivedAt: new Date().toISOString(), ip: clientIp(req) };
        let outcome;
        try {
            outcome = await store.append(key, record);
        }
        catch {
            // Not stored: the widget keeps the receipt queued and retries (SPEC §7).
            return sendError(res, 503, 'the receipt could not be stored; try again later', { ...headers, 'retry-after': '5' });
        }
        const duplicate = outcome === 'duplicate';
        counts[duplicate ? 'duplicates' : 'stored'] += 1;
        sendJson(res, duplicate ? 200 : 201, { ok: true, receiptId: receipt.receiptId, duplicate }, headers);
    }
    function clientIp(req) {
        if (options.trustProxy) {
            const forwarded = req.headers['x-forwarded-for'];
            const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0];
            if (first !== undefined)
                return truncateIp(first.trim());
        }
        return truncateIp(req.socket.remoteAddress);
    }
    async function route(req, res) {
        let url;
        try {
            url = new URL(req.url ?? '/', 'http://receiver.invalid');
        }
        catch {
            return sendError(res, 400, 'the request URL is not valid');
        }
        if (url.pathname !== path)
            return sendError(res, 404, `not found: this receiver serves ${path} only`);
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
        }
        catch {
            return sendError(res, 503, 'the proof log is not available', headers);
        }
        if (method === 'POST')
            return receive(req, res, headers, log);
        return handleExport(req, res, url.searchParams, log, options.token, headers);
    }
    const receiver = ((req, res) => {
        active += 1;
        route(req, res)
            .catch(() => {
            // An unexpected failure: answer if we still can, else cut the connection.
            if (!res.headersSent)
                sendError(res, 500, 'internal error');
            else
                res.destroy();
        })
            .finally(() => {
            active -= 1;
            if (active === 0 && idle)
                idle();
        });
    });
    Object.defineProperty(receiver, 'ready', { value: opening });
    let closed = null;
    receiver.close = () => (closed ??= shutDown());
    async function shutDown() {
        closing = true;
        if (active > 0) {
            // Requests already past the door get to finish: their receipts may be mid-way to disk.
            await new Promise((resolve) => {
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
