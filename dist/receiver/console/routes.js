import { clientAddress, trustedHops } from '../client.js';
import { readBody, refuseUnread } from '../http.js';
import { fileAuditLog, pgAuditLog } from './audit.js';
import { problemPage } from './common.js';
import { redirect } from './html.js';
import { auditPage } from './pages-audit.js';
import { chainPage, eraseConfirmPage, eraseNow, verifyNow } from './pages-chain.js';
import { overviewPage } from './pages-overview.js';
import { downloadFile, personPage, searchPage } from './pages-search.js';
import { signIn, signInPage, signOut } from './pages-sign-in.js';
import { Sessions, csrfMatches, parseCookies, sameOrigin } from './session.js';
import { STYLESHEET } from './style.js';
import { WORDS, languageCookie, pickLanguage } from './words.js';
const FORM_LIMIT = 4096;
/** The console's state for one receiver: sessions in memory, the audit log beside the store. */
export function createConsoleState(receiver) {
    const { options } = receiver;
    const audit = options.postgres !== undefined ? pgAuditLog(options.postgres) : fileAuditLog(options.dataDir);
    return { receiver, sessions: new Sessions(), audit, lastCheck: null, busy: Promise.resolve() };
}
/** HTTPS: a TLS socket, or a trusted proxy's X-Forwarded-Proto (the last entry, its own). */
function isSecure(receiver, req) {
    if (req.socket.encrypted)
        return true;
    if (trustedHops(receiver.options.trustProxy) === 0)
        return false;
    const header = req.headers['x-forwarded-proto'];
    const text = Array.isArray(header) ? header.join(',') : (header ?? '');
    return text.split(',').pop()?.trim().toLowerCase() === 'https';
}
function visitOf(state, req, res, url) {
    const cookies = parseCookies(req);
    const language = pickLanguage(req, url.searchParams, cookies);
    const secure = isSecure(state.receiver, req);
    const cookiesOut = url.searchParams.has('lang') ? [languageCookie(language, secure)] : [];
    const address = clientAddress(trustedHops(state.receiver.options.trustProxy), req);
    return {
        req,
        res,
        path: url.pathname,
        query: url.searchParams,
        cookies,
        language,
        words: WORDS[language],
        secure,
        address,
        cookiesOut,
        state,
    };
}
async function readForm(req, res) {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') {
        refuseUnread(req, res, 415, 'a form (application/x-www-form-urlencoded) is expected');
        return null;
    }
    const body = await readBody(req, FORM_LIMIT);
    if (!body.ok) {
        refuseUnread(req, res, 400, body.error);
        return null;
    }
    return new URLSearchParams(body.text);
}
const GET_PAGES = {
    '/controller/overview': overviewPage,
    '/controller/search': searchPage,
    '/controller/person': personPage,
    '/controller/download': downloadFile,
    '/controller/chain': (visit) => chainPage(visit),
    '/controller/erase': eraseConfirmPage,
    '/controller/audit': auditPage,
};
const POST_ACTIONS = {
    '/controller/sign-out': (visit) => signOut(visit),
    '/controller/verify': (visit) => verifyNow(visit),
    '/controller/erase': eraseNow,
};
/** Answers one request under /controller. */
export async function routeConsole(state, req, res, url) {
    const visit = visitOf(state, req, res, url);
    const { path } = visit;
    const method = req.method ?? 'GET';
    if (path === '/controller/console.css' && (method === 'GET' || method === 'HEAD'))
        return sendStylesheet(res);
    if (path === '/controller' || path === '/controller/')
        return redirect(res, '/controller/overview', { 'set-cookie': visit.cookiesOut });
    if (method === 'POST')
        return routePost(visit);
    if (method !== 'GET' && method !== 'HEAD')
        return refuseUnread(req, res, 405, `method ${method} is not allowed`, { allow: 'GET, POST' });
    if (path === '/controller/sign-in')
        return signInPage(visit);
    const handler = GET_PAGES[path];
    const session = state.sessions.find(visit.cookies);
    if (!session)
        return redirect(res, `/controller/sign-in${visit.cookies.has('samtykke_console') ? '?expired' : ''}`, {
            'set-cookie': visit.cookiesOut,
        });
    if (!handler)
        return problemPage(visit, 404, 'not found');
    return handler({ ...visit, session });
}
async function routePost(visit) {
    const { req, res, path, state } = visit;
    if (!sameOrigin(req)) {
        refuseUnread(req, res, 403, 'this form did not come from the console');
        return;
    }
    const form = await readForm(req, res);
    if (!form)
        return;
    if (path === '/controller/sign-in')
        return signIn(visit, form);
    const session = state.sessions.find(visit.cookies);
    const action = POST_ACTIONS[path];
    if (!session || !csrfMatches(session, form.get('csrf')))
        return problemPage(visit, 403, 'forbidden');
    if (!action)
        return problemPage({ ...visit }, 404, 'not found');
    return action({ ...visit, session }, form);
}
function sendStylesheet(res) {
    res.writeHead(200, {
        'content-type': 'text/css; charset=utf-8',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'content-length': String(Buffer.byteLength(STYLESHEET)),
    });
    res.end(STYLESHEET);
}
