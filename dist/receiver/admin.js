import { clientAddress, trustedHops } from './client.js';
import { handleExport } from './export.js';
import { sendJson } from './http.js';
import { limitKey } from './limits.js';
import { clientIp, logEntry, openStore, receiverStats, refuse, refuseQuietly, tooMany, unavailable } from './answers.js';
import { routeConsole } from './console/routes.js';
import { fingerprint, shortAgent } from './console/session.js';
/** Whether a path belongs to the admin side (besides GET on the receipts path). */
export function isAdminPath(pathname) {
    return pathname === '/healthz' || pathname === '/metrics' || pathname === '/controller' || pathname.startsWith('/controller/');
}
/** GET /metrics (Prometheus text) and GET /healthz (200 while the store takes receipts, else 503). */
async function serveOperator(context, req, res, pathname) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
        return refuse(context, req, res, 405, 'method', `method ${req.method} is not allowed: use GET`, { allow: 'GET' }, true);
    }
    const { metrics, state } = context;
    if (pathname === '/metrics') {
        const text = await metrics.registry.metrics();
        res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
        return void res.end(text);
    }
    const healthy = state.store !== null && !state.closing && state.store.healthy();
    const stats = receiverStats(context);
    sendJson(res, healthy ? 200 : 503, { ok: healthy, queued: stats.queued, records: stats.records }, healthy ? {} : { 'retry-after': '2' });
}
/**
 * GET /consent-proofs with a Bearer token: the export. Logged on stderr and in the console's
 * audit log (who: the token's fingerprint and the client's network; what: the query, how many).
 */
export async function serveExport(context, req, res, url, headers, log, client) {
    // A client that keeps failing to sign in waits before its token is even looked at.
    if (tooMany(context, req, res, context.limits.auth, client, headers, false))
        return;
    const done = await handleExport(req, res, url.searchParams, log, context.options.token, headers, (status, reason, error, extra) => {
        if (reason !== 'unauthorized')
            return refuse(context, req, res, status, reason, error, extra);
        context.limits.auth.take(client);
        refuseQuietly(context, req, res, status, reason, error, extra);
    });
    if (!done)
        return;
    // Personal data went out: who asked (network), for what, how much.
    const { format, query, records } = done;
    const range = { from: query.from && new Date(query.from).toISOString(), to: query.to && new Date(query.to).toISOString() };
    const ip = clientIp(context.options, req);
    context.logger(logEntry('info', 'export', { ip, format, consentId: query.consentId, ...range, records }));
    const who = { token: fingerprint(context.options.token), ip, agent: shortAgent(req.headers['user-agent']) };
    const consentId = query.consentId && `sha256:${fingerprint(query.consentId, 16)}`;
    await context.console.audit
        .append({ action: 'export', who, detail: { api: 'bearer', format, consentId, ...range, records } })
        .catch((err) => context.logger(logEntry('error', 'audit-failed', { error: err.message })));
}
/** Answers one request to the admin side. */
export async function routeAdmin(context, req, res, url) {
    const { pathname } = url;
    if (pathname === '/healthz' || pathname === '/metrics')
        return serveOperator(context, req, res, pathname);
    if (isAdminPath(pathname))
        return routeConsole(context.console, req, res, url);
    if (pathname !== context.path) {
        return refuse(context, req, res, 404, 'not-found', `not found: the admin side serves ${context.path}, /controller/, /metrics and /healthz`, {}, true);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
        return refuse(context, req, res, 405, 'method', `method ${req.method} is not allowed here: use GET to export`, { allow: 'GET' }, true);
    }
    if (context.state.closing)
        return unavailable(context, req, res, 'the receiver is shutting down; try again later', 5, {});
    const log = await openStore(context);
    if (!log)
        return unavailable(context, req, res, 'the proof store is not available yet', 5, {});
    const client = limitKey(clientAddress(trustedHops(context.options.trustProxy), req));
    return serveExport(context, req, res, url, {}, log, client);
}
/** Parses the URL, then routes to the admin side; a URL that does not parse is a 400. */
export function adminRoute(context, req, res) {
    let url;
    try {
        url = new URL(req.url ?? '/', 'http://receiver.invalid');
    }
    catch {
        refuse(context, req, res, 400, 'not-found', 'the request URL is not valid', {}, true);
        return Promise.resolve();
    }
    return routeAdmin(context, req, res, url);
}
