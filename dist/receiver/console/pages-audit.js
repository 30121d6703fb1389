/** The audit log page: who did what, when, newest first, 50 a page. */
import { formatDateTime } from './format.js';
import { html, link, page, sendPage } from './html.js';
import { frameOf } from './common.js';
const PAGE_SIZE = 50;
function who(entry) {
    const { token, ip, agent } = entry.who;
    return [token && `token ${token}`, ip, agent].filter(Boolean).join(' · ');
}
function detail(entry) {
    const { check: _check, ...rest } = entry.detail;
    return Object.entries(rest)
        .map(([name, value]) => `${name}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
        .join(', ');
}
/** GET /controller/audit */
export async function auditPage(visit) {
    const { words, language } = visit;
    const pageNumber = Math.max(0, Math.min(100_000, Number.parseInt(visit.query.get('page') ?? '0', 10) || 0));
    const { entries, more } = await visit.state.audit.page(pageNumber, PAGE_SIZE);
    const rows = entries.map((e) => html `<tr><td><time datetime="${e.at}">${formatDateTime(language, e.at)}</time></td><th scope="row">${e.action}</th><td>${who(e)}</td><td>${detail(e)}</td></tr>`);
    const body = html `<p>${words.auditIntro}</p>
<div class="table-wrap"><table id="audit"><caption>${words.audit}</caption>
<thead><tr><th scope="col">${words.when}</th><th scope="col">${words.action}</th><th scope="col">${words.who}</th><th scope="col">${words.detail}</th></tr></thead>
<tbody>${rows}</tbody></table></div>
<nav class="paging" aria-label="${words.audit}">
${pageNumber > 0 ? html `<a rel="prev" href="${link('/controller/audit', { page: pageNumber - 1 })}">${words.previous}</a>` : ''}
${more ? html `<a rel="next" href="${link('/controller/audit', { page: pageNumber + 1 })}">${words.next}</a>` : ''}
</nav>`;
    sendPage(visit.res, 200, page(frameOf(visit), words.audit, body), { 'set-cookie': visit.cookiesOut });
}
