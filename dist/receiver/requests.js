import { validateReceipt } from './validate.js';
import { Unavailable } from './store.js';
import { grantsConsent } from '../receipt/grants.js';
import { clientAddress, trustedHops } from './client.js';
import { limitKey } from './limits.js';
import { isAdminPath, routeAdmin, serveExport } from './admin.js';
import { PREFLIGHT_HEADERS, decideCors } from './cors.js';
import { contentTypeProblem, readBody, sendJson } from './http.js';
import { clientIp, logEntry, openStore, refuse, tooMany, unavailable } from './answers.js';
/** POST: reads, checks and stores one receipt; 201 when stored, 200 when it was stored before. */
async function receive(context, req, res, headers, log) {
    const typeProblem = contentTypeProblem(req);
    if (typeProblem)
        return refuse(context, req, res, 400, 'content-type', typeProblem, headers, true);
    if (!log.accepting())
        return unavailable(context, req, res, 'the proof store cannot take receipts right now', 2, headers);
    const body = await readBody(req, context.maxBody);
    if (!body.ok) {
        const reason = body.tooBig ? 'body-too-large' : 'body-unreadable';
        return refuse(context, req, res, 400, reason, body.error, headers, body.tooBig);
    }
    let parsed;
    try {
        parsed = JSON.parse(body.text);
    }
    catch {
        return refuse(context, req, res, 400, 'not-json', 'body is not valid JSON', headers);
    }
    const result = validateReceipt(parsed);
    if (!result.ok)
        return refuse(context, req, res, 400, 'schema', result.error, headers);
    const { receipt } = result;
    const key = receipt.receiptId.toLowerCase();
    const header = req.headers['idempotency-key'];
    const idempotencyKey = Array.isArray(header) ? header.join(',') : header;
    if (idempotencyKey !== undefined && idempotencyKey.trim().toLowerCase() !== key) {
        return refuse(context, req, res, 400, 'idempotency-key', 'Idempotency-Key header must equal receiptId', headers);
    }
    const record = storedRecord(receipt, clientIp(context.options, req));
    let outcome;
    try {
        outcome = await log.append(key, record);
    }
    catch (err) {
        // Not stored: the widget keeps the receipt queued and retries (SPEC §7).
        const retryAfter = err instanceof Unavailable ? err.retryAfter : 5;
        context.logger(logEntry('error', 'store-failed', { error: err.message, receiptId: receipt.receiptId }));
        return unavailable(context, req, res, 'the receipt could not be stored; try again later', retryAfter, headers);
    }
    const duplicate = outcome === 'duplicate';
    context.counts[duplicate ? 'duplicates' : 'stored'] += 1;
    context.metrics[duplicate ? 'duplicates' : 'stored'].inc();
    if (duplicate)
        context.logger(logEntry('info', 'duplicate', { receiptId: receipt.receiptId, ip: record.ip }));
    sendJson(res, duplicate ? 200 : 201, { ok: true, receiptId: receipt.receiptId, duplicate }, headers);
}
/**
 * What is stored of a receipt. One that grants nothing beyond necessary (a refusal, GPC, a
 * withdrawal) proves no consent, so nothing about the person comes with it: no IP prefix, and no
 * user agent, even from an older widget that still sends one (SPEC §7; GDPR art. 5(1)(c)).
 */
export function storedRecord(receipt, ip) {
    if (grantsConsent(receipt))
        return { ...receipt, receivedAt: new Date().toISOString(), ip };
    const { userAgent: _left, ...minimal } = receipt;
    return { ...minimal, receivedAt: new Date().toISOString(), ip: null };
}
/** Answers one request: the operator endpoints, then the receipts path with CORS, by method. */
export async function route(context, req, res) {
    let url;
    try {
        url = new URL(req.url ?? '/', 'http://receiver.invalid');
    }
    catch {
        return refuse(context, req, res, 400, 'not-found', 'the request URL is not valid', {}, true);
    }
    const separate = context.options.separateAdmin === true;
    // One listener (the default, SPEC §9): the admin side is served here too.
    if (!separate && isAdminPath(url.pathname))
        return routeAdmin(context, req, res, url);
    const { path } = context;
    if (url.pathname !== path || (separate && req.method !== 'POST' && req.method !== 'OPTIONS'))
        return refuse(context, req, res, 404, 'not-found', `not found: this receiver serves ${path} only`, {}, true);
    const cors = decideCors(req, context.origins);
    if (!cors.allowed) {
        const error = `origin ${cors.origin} is not allowed to send receipts here`;
        return refuse(context, req, res, 403, 'origin', error, { vary: 'Origin' }, true);
    }
    const { headers } = cors;
    const method = req.method ?? '';
    if (method === 'OPTIONS') {
        res.writeHead(204, { ...headers, ...PREFLIGHT_HEADERS, allow: separate ? 'POST, OPTIONS' : 'GET, POST, OPTIONS' });
        return void res.end();
    }
    if (method !== 'POST' && method !== 'GET') {
        const allow = { ...headers, allow: 'GET, POST, OPTIONS' };
        const error = `method ${method} is not allowed: use POST (or GET to export)`;
        return refuse(context, req, res, 405, 'method', error, allow, true);
    }
    if (context.state.closing)
        return unavailable(context, req, res, 'the receiver is shutting down; try again later', 5, headers);
    const log = await openStore(context);
    if (!log)
        return unavailable(context, req, res, 'the proof store is not available yet', 5, headers);
    const client = limitKey(clientAddress(trustedHops(context.options.trustProxy), req));
    if (method === 'POST') {
        if (tooMany(context, req, res, context.limits.receipts, client, headers))
            return;
        return receive(context, req, res, headers, log);
    }
    return serveExport(context, req, res, url, headers, log, client);
}
