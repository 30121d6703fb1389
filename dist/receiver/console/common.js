import { html, page, sendPage } from './html.js';
import { say } from './words.js';
export function frameOf(visit) {
    const session = 'session' in visit ? visit.session : null;
    return { language: visit.language, words: visit.words, path: visit.path, query: visit.query, csrf: session?.csrf ?? null };
}
/** The from/to pickers (`type=date`, in the page's language) and a submit button. */
export function periodForm(visit, action, period, extra = html ``) {
    const { words, language } = visit;
    return html `<form class="period" method="get" action="${action}">
${extra}
<p><label for="from">${words.from}</label> <input id="from" name="from" type="date" lang="${language}" value="${period?.from ?? ''}"></p>
<p><label for="to">${words.to}</label> <input id="to" name="to" type="date" lang="${language}" value="${period?.to ?? ''}"></p>
<p><button type="submit">${words.show}</button></p>
</form>`;
}
/** An error page: what was wrong, in the page's language, with the console's frame. */
export function problemPage(visit, status, error) {
    const { words } = visit;
    const text = status === 404 ? words.notFound : status === 403 ? words.forbidden : say(words, 'badRequest', { error });
    const body = html `<p class="problem" role="alert">${text}</p>`;
    sendPage(visit.res, status, page(frameOf(visit), words.title, body), { 'set-cookie': visit.cookiesOut });
}
/** The receiver's store, or null after answering 503 (still opening, or reopening after an erasure). */
export async function storeOf(visit) {
    const { receiver } = visit.state;
    if (!receiver.state.store) {
        let timer;
        await Promise.race([receiver.opening.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, 2000)))]);
        clearTimeout(timer);
    }
    const store = receiver.state.store;
    if (store)
        return store;
    const body = html `<p class="problem" role="alert">${visit.words.unavailable}</p>`;
    sendPage(visit.res, 503, page(frameOf(visit), visit.words.title, body), { 'retry-after': '2' });
    return null;
}
