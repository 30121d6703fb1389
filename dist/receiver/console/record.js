/** One stored receipt with every field, as a history page shows it. */
import { formatDateTime } from './format.js';
import { html } from './html.js';
function choices(visit, value) {
    if (value === null || typeof value !== 'object')
        return html ``;
    const items = Object.entries(value).map(([name, on]) => html `<li><span class="choice ${on === true ? 'on' : 'off'}">${name}: ${on === true ? visit.words.yes : visit.words.no}</span></li>`);
    return html `<ul class="choices">${items}</ul>`;
}
function text(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** The fields in the order a DPO reads them; the rest of the record follows as it is. */
const FIELDS = [
    ['receivedAt', 'receivedAt'],
    ['timestamp', 'timestamp'],
    ['method', 'method'],
    ['via', 'via'],
    ['userActivation', 'userActivation'],
    ['categories', 'categories'],
    ['services', 'services'],
    ['url', 'url'],
    ['ip', 'ip'],
    ['subject', 'subject'],
    ['revision', 'revision'],
    ['noticeHash', 'noticeHash'],
    ['language', 'language'],
    ['gpc', 'gpc'],
    ['expiresAt', 'expiresAt'],
    ['receiptId', 'receiptId'],
    ['previousReceiptId', 'previousReceiptId'],
    ['consentId', 'consentId'],
    ['widget', 'widget'],
];
function value(visit, name, field) {
    if (name === 'categories' || name === 'services')
        return choices(visit, field);
    if (name === 'receivedAt' || name === 'timestamp' || name === 'expiresAt') {
        return html `<time datetime="${text(field)}">${formatDateTime(visit.language, field)}</time>`;
    }
    if (typeof field === 'boolean')
        return field ? visit.words.yes : visit.words.no;
    return html `<code>${text(field)}</code>`;
}
export function recordDetails(visit, record) {
    const known = new Set(FIELDS.map(([name]) => name));
    const rows = FIELDS.map(([name, key]) => html `<dt>${visit.words[key]}</dt><dd data-field="${name}">${value(visit, name, record[name])}</dd>`);
    const rest = Object.entries(record)
        .filter(([name]) => !known.has(name))
        .map(([name, field]) => html `<dt>${name}</dt><dd data-field="${name}"><code>${text(field)}</code></dd>`);
    return html `<section class="receipt" aria-label="${visit.words.receiptId} ${text(record.receiptId)}">
<h2>${formatDateTime(visit.language, record.receivedAt)} · ${text(record.method)}</h2>
<dl>${rows}${rest}</dl></section>`;
}
