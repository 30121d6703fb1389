/**
 * Signing in with the export token and out again. Failed sign-ins share the export's token
 * buckets (limits.ts): a client that keeps guessing waits before its token is even compared,
 * and the refusals are counted in /metrics and written to the audit log, not to stderr.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { limitKey } from '../limits.js';
import { html, page, redirect, sendPage } from './html.js';
import { frameOf } from './common.js';
import { sessionCookie, shortAgent } from './session.js';
import { truncateIp } from '../ip.js';
import { say } from './words.js';
function tokenMatches(given, expected) {
    const a = createHash('sha256').update(given).digest();
    const b = createHash('sha256').update(expected).digest();
    return timingSafeEqual(a, b);
}
/** GET /controller/sign-in (and the same form again after a refusal). */
export function signInPage(visit, status = 200, problem = '') {
    const { words } = visit;
    const enabled = Boolean(visit.state.receiver.options.token);
    const expired = visit.query.has('expired') && !problem ? words.expired : '';
    const message = problem || expired || (enabled ? '' : words.noToken);
    const body = html `${message ? html `<p class="problem" role="alert" id="sign-in-problem">${message}</p>` : ''}
<p>${words.signInIntro}</p>
<form method="post" action="/controller/sign-in" class="sign-in">
<p><label for="token">${words.token}</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${message ? html ` aria-describedby="sign-in-problem"` : ''}></p>
<p><button type="submit">${words.signIn}</button></p>
</form>`;
    sendPage(visit.res, status, page(frameOf(visit), words.signIn, body), { 'set-cookie': visit.cookiesOut });
}
/** POST /controller/sign-in: a session cookie and on to the overview, or the form again. */
export async function signIn(visit, form) {
    const { receiver, sessions, audit } = visit.state;
    const expected = receiver.options.token;
    if (!expected)
        return signInPage(visit, 403);
    const client = limitKey(visit.address);
    const wait = receiver.limits.auth.waiting(client);
    if (wait > 0) {
        receiver.metrics.refused.inc({ status: '429', reason: 'rate-limited' });
        visit.res.setHeader('retry-after', String(wait));
        return signInPage(visit, 429, say(visit.words, 'tooMany', { seconds: wait }));
    }
    const given = form.get('token') ?? '';
    if (!given || !tokenMatches(given, expected)) {
        receiver.limits.auth.take(client);
        receiver.metrics.refused.inc({ status: '401', reason: 'unauthorized' });
        const who = { ip: truncateIp(visit.address), agent: shortAgent(visit.req.headers['user-agent']) };
        await audit.append({ action: 'sign-in-refused', who, detail: {} }).catch(() => undefined);
        return signInPage(visit, 401, visit.words.wrongToken);
    }
    const session = sessions.create(visit.req, given, visit.address);
    await audit.append({ action: 'sign-in', who: session.actor, detail: {} });
    redirect(visit.res, '/controller/overview', { 'set-cookie': [...visit.cookiesOut, sessionCookie(session.id, visit.secure)] });
}
/** POST /controller/sign-out */
export async function signOut(visit) {
    visit.state.sessions.end(visit.session);
    await visit.state.audit.append({ action: 'sign-out', who: visit.session.actor, detail: {} });
    redirect(visit.res, '/controller/sign-in', { 'set-cookie': [...visit.cookiesOut, sessionCookie('', visit.secure)] });
}
