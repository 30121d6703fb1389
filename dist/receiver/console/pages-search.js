/**
 * Search (by consent id, subject and/or period, 50 receipts a page, streamed: a search "from
 * 1970" reads on only until the page is full), one person's history with every field, and the
 * downloads of either as CSV or JSON (export.ts writes them; each is in the audit log).
 */
import { writeExport } from '../export.js';
import { formatDateTime } from './format.js';
import { html, link, page, sendPage } from './html.js';
import { frameOf, periodForm, problemPage, storeOf } from './common.js';
import { recordDetails } from './record.js';
import { auditTarget, readTarget, selectOf, targetParams } from './who.js';
import { say } from './words.js';
export const PAGE_SIZE = 50;
function searchFields(visit, target) {
    const { words } = visit;
    return html `<p><label for="consentId">${words.consentId}</label> <input id="consentId" name="consentId" size="38" autocomplete="off" spellcheck="false" value="${target?.consentId ?? ''}"></p>
<p><label for="subject">${words.subject}</label> <input id="subject" name="subject" size="30" autocomplete="off" spellcheck="false" value="${target?.subject ?? ''}"></p>`;
}
function downloads(visit, target) {
    const params = targetParams(target);
    return html `<p class="downloads"><a href="${link('/controller/download', { ...params, format: 'csv' })}">${visit.words.downloadCsv}</a>
<a href="${link('/controller/download', { ...params, format: 'json' })}">${visit.words.downloadJson}</a></p>`;
}
function resultTable(visit, records) {
    const { words, language } = visit;
    const rows = records.map((r) => {
        const id = String(r.consentId ?? '');
        return html `<tr><td>${formatDateTime(language, r.receivedAt)}</td>
<th scope="row"><a href="${link('/controller/person', { consentId: id })}">${id}</a></th>
<td>${String(r.method ?? '')}</td><td>${String(r.via ?? '')}</td><td>${String(r.revision ?? '')}</td><td>${r.subject == null ? '' : String(r.subject)}</td></tr>`;
    });
    return html `<div class="table-wrap"><table id="results"><caption>${words.search}</caption>
<thead><tr><th scope="col">${words.receivedAt}</th><th scope="col">${words.consentId}</th><th scope="col">${words.method}</th><th scope="col">${words.via}</th><th scope="col">${words.revision}</th><th scope="col">${words.subject}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}
/** GET /controller/search */
export async function searchPage(visit) {
    const { words } = visit;
    const target = readTarget(visit.query);
    if ('error' in target)
        return problemPage(visit, 400, target.error);
    const pageNumber = Math.max(0, Math.min(1_000_000, Number.parseInt(visit.query.get('page') ?? '0', 10) || 0));
    const given = target.consentId !== null || target.subject !== null || target.period !== null;
    let results = html `<p>${words.searchGive}</p>`;
    if (given) {
        const store = await storeOf(visit);
        if (!store)
            return;
        const found = [];
        let skipped = 0;
        // Reads only up to one past this page: enough to know whether a next page exists.
        for await (const record of store.select(selectOf(target))) {
            if (skipped < pageNumber * PAGE_SIZE)
                skipped += 1;
            else if (found.push(record) > PAGE_SIZE)
                break;
        }
        const more = found.length > PAGE_SIZE;
        const shown = found.slice(0, PAGE_SIZE);
        const params = targetParams(target);
        const first = pageNumber * PAGE_SIZE + 1;
        results = html `<h2 id="results-heading" tabindex="-1">${shown.length ? say(words, 'results', { first, last: first + shown.length - 1 }) : words.noResults}</h2>
${shown.length ? resultTable(visit, shown) : ''}
<nav class="paging" aria-label="${words.search}">
${pageNumber > 0 ? html `<a rel="prev" href="${link('/controller/search', { ...params, page: pageNumber - 1 })}">${words.previous}</a>` : ''}
${more ? html `<a rel="next" href="${link('/controller/search', { ...params, page: pageNumber + 1 })}">${words.next}</a>` : ''}
</nav>
${shown.length ? downloads(visit, target) : ''}`;
    }
    const body = html `<p>${words.searchIntro}</p>
${periodForm(visit, '/controller/search', target.period, searchFields(visit, target))}
${results}`;
    sendPage(visit.res, 200, page(frameOf(visit), words.search, body), { 'set-cookie': visit.cookiesOut });
}
/** GET /controller/person?consentId=… or ?subject=…: every receipt of one person, every field. */
export async function personPage(visit) {
    const { words } = visit;
    const target = readTarget(visit.query);
    if ('error' in target)
        return problemPage(visit, 400, target.error);
    if ((target.consentId === null) === (target.subject === null))
        return problemPage(visit, 400, 'give consentId or subject');
    const store = await storeOf(visit);
    if (!store)
        return;
    const who = target.consentId ?? target.subject;
    const sections = [];
    for await (const record of store.select(selectOf({ ...target, period: null })))
        sections.push(recordDetails(visit, record));
    const params = targetParams({ ...target, period: null });
    const body = html `<p class="who"><code>${who}</code></p>
${sections.length ? sections : html `<p>${words.noResults}</p>`}
${sections.length ? downloads(visit, { ...target, period: null }) : ''}
${sections.length ? html `<p><a class="danger" href="${link('/controller/erase', params)}">${words.eraseTitle}</a></p>` : ''}`;
    sendPage(visit.res, 200, page(frameOf(visit), say(words, 'historyOf', { who }), body), { 'set-cookie': visit.cookiesOut });
}
/** GET /controller/download?…&format=csv|json: a search or a history as a file, logged in the audit log. */
export async function downloadFile(visit) {
    const target = readTarget(visit.query);
    if ('error' in target)
        return problemPage(visit, 400, target.error);
    const format = visit.query.get('format');
    if (format !== 'csv' && format !== 'json')
        return problemPage(visit, 400, 'format must be csv or json');
    if (target.consentId === null && target.subject === null && target.period === null) {
        return problemPage(visit, 400, 'give a consent id, a subject or a period');
    }
    const store = await storeOf(visit);
    if (!store)
        return;
    const records = await writeExport(visit.res, format, store.select(selectOf(target)), {
        'content-security-policy': "default-src 'none'",
        ...(format === 'json' ? { 'content-disposition': 'attachment; filename="consent-proofs.json"' } : {}),
    });
    await visit.state.audit.append({
        action: 'download',
        who: visit.session.actor,
        detail: { format, ...auditTarget(target), records },
    });
}
