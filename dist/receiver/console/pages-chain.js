/**
 * Chain status (the last verify and when, the head hash, records, tombstones, removal records,
 * the last purge and erasure) with a button that verifies now, and the erasure of one person
 * with its confirmation step. Both POSTs are CSRF-checked by the router and go to the audit log.
 */
import { formatDateTime, formatNumber } from './format.js';
import { csrfField, html, link, page, redirect, sendPage } from './html.js';
import { frameOf, problemPage } from './common.js';
import { checkChain } from './chain-check.js';
import { erase } from './erase.js';
import { auditTarget, readTarget } from './who.js';
import { say } from './words.js';
/** The last check: this process's, else the newest one in the audit log (from before a restart). */
async function lastCheck(visit) {
    const { state } = visit;
    if (state.lastCheck)
        return state.lastCheck;
    const entry = await state.audit.latest('verify').catch(() => null);
    const check = entry?.detail.check;
    return check?.result ? check : null;
}
function statusList(visit, check) {
    const { words, language } = visit;
    const { result } = check;
    const when = (iso) => (iso ? formatDateTime(language, iso) : words.never);
    const verdict = result.ok ? words.verifyOk : say(words, 'verifyFailed', { error: result.error });
    return html `<dl class="status">
<dt>${words.lastVerify}</dt><dd id="verdict" class="${result.ok ? 'ok' : 'failed'}"><strong>${verdict}</strong> (<time datetime="${check.at}">${when(check.at)}</time>)</dd>
${result.ok ? html `<dt>${words.headHash}</dt><dd><code id="head">${result.head}</code></dd>` : ''}
<dt>${words.records}</dt><dd id="records">${formatNumber(language, result.records)}</dd>
${result.ok
        ? html `<dt>${words.tombstones}</dt><dd id="tombstones">${formatNumber(language, result.tombstones)}</dd>
<dt>${words.removals}</dt><dd id="removals">${formatNumber(language, result.removals)}</dd>`
        : ''}
<dt>${words.lastPurge}</dt><dd>${when(check.lastPurge)}</dd>
<dt>${words.lastErase}</dt><dd>${when(check.lastErase)}</dd>
</dl>`;
}
/** GET /controller/chain */
export async function chainPage(visit, notice = '') {
    const { words } = visit;
    const check = await lastCheck(visit);
    const body = html `<p>${words.chainIntro}</p>
${notice ? html `<p class="notice" role="status">${notice}</p>` : ''}
${check ? statusList(visit, check) : html `<p>${words.notVerified}</p>`}
<form method="post" action="/controller/verify">${csrfField(visit.session.csrf)}<button type="submit">${words.verifyNow}</button></form>`;
    sendPage(visit.res, 200, page(frameOf(visit), words.chain, body), { 'set-cookie': visit.cookiesOut });
}
/** POST /controller/verify: runs verify (one at a time), records it, shows the chain page. */
export async function verifyNow(visit) {
    const { state } = visit;
    const run = state.busy.then(() => checkChain(state.receiver.options));
    state.busy = run.catch(() => undefined);
    let check;
    try {
        check = await run;
    }
    catch (err) {
        check = {
            at: new Date().toISOString(),
            result: { ok: false, records: 0, line: 0, error: err.message },
            lastPurge: null,
            lastErase: null,
        };
    }
    state.lastCheck = check;
    await state.audit.append({ action: 'verify', who: visit.session.actor, detail: { ok: check.result.ok, check } });
    redirect(visit.res, '/controller/chain', { 'set-cookie': visit.cookiesOut });
}
function erasureOf(query) {
    const target = readTarget(query);
    if ('error' in target || (target.consentId === null) === (target.subject === null))
        return null;
    return target.consentId !== null ? { consentId: target.consentId } : { subject: target.subject };
}
/** GET /controller/erase?consentId=… (or subject): the confirmation step. */
export function eraseConfirmPage(visit) {
    const { words } = visit;
    const who = erasureOf(visit.query);
    if (!who)
        return problemPage(visit, 400, 'give consentId (a UUID) or subject');
    const name = 'consentId' in who ? who.consentId : who.subject;
    const field = 'consentId' in who ? 'consentId' : 'subject';
    const body = html `<p class="warning" id="confirm-text">${say(words, 'eraseConfirm', { who: name })}</p>
<form method="post" action="/controller/erase">${csrfField(visit.session.csrf)}
<input type="hidden" name="${field}" value="${name}">
<input type="hidden" name="confirm" value="yes">
<p><button type="submit" class="danger" aria-describedby="confirm-text">${words.eraseButton}</button>
<a href="${link('/controller/person', { [field]: name })}">${words.cancel}</a></p></form>`;
    sendPage(visit.res, 200, page(frameOf(visit), words.eraseTitle, body), { 'set-cookie': visit.cookiesOut });
}
/** POST /controller/erase (after the confirmation): erases, logs it, shows the outcome. */
export async function eraseNow(visit, form) {
    const { state, words } = visit;
    const who = erasureOf(form);
    if (!who || form.get('confirm') !== 'yes')
        return problemPage(visit, 400, 'confirm the erasure of one consentId or subject');
    const target = {
        consentId: 'consentId' in who ? who.consentId : null,
        subject: 'subject' in who ? who.subject : null,
        period: null,
    };
    const run = state.busy.then(() => erase(state.receiver, who));
    state.busy = run.catch(() => undefined);
    let notice;
    try {
        const removed = await run;
        await state.audit.append({ action: 'erase', who: visit.session.actor, detail: { ...auditTarget(target), removed } });
        notice = say(words, 'erased', { count: removed });
    }
    catch (err) {
        const error = err.message;
        await state.audit.append({ action: 'erase', who: visit.session.actor, detail: { ...auditTarget(target), error } });
        notice = say(words, 'eraseFailed', { error });
    }
    return chainPage(visit, notice);
}
