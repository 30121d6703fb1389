import { createHash, timingSafeEqual } from 'node:crypto';
import { isIsoUtc, isUuid } from './validate.js';
import { startStream, write } from './http.js';
/** CSV columns, in order. Objects are written as JSON text. */
export const CSV_COLUMNS = [
    'receivedAt',
    'receiptId',
    'consentId',
    'timestamp',
    'method',
    'revision',
    'noticeHash',
    'language',
    'categories',
    'services',
    'gpc',
    'url',
    'ip',
    'previousReceiptId',
    'expiresAt',
    'via',
    'userActivation',
    'subject',
    'controller',
    'userAgent',
    'widget',
];
/** Equal tokens, compared without leaking how much of a guess was right. */
function tokenMatches(given, expected) {
    // Hashing first gives equal lengths, which timingSafeEqual needs, without leaking the length.
    const a = createHash('sha256').update(given).digest();
    const b = createHash('sha256').update(expected).digest();
    return timingSafeEqual(a, b);
}
function bearer(req) {
    const m = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '');
    return m ? m[1] : null;
}
/** "2026-01-01" (midnight UTC) or a full ISO 8601 UTC date-time, as milliseconds; else null. */
function parseTime(text) {
    const full = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
    return isIsoUtc(full) ? Date.parse(full) : null;
}
function parseQuery(params) {
    const known = ['consentId', 'from', 'to', 'format'];
    const seen = new Set();
    for (const key of params.keys()) {
        if (!known.includes(key))
            return { error: `unknown query parameter ${key} (use ${known.join(', ')})` };
        if (seen.has(key))
            return { error: `query parameter ${key} given twice` };
        seen.add(key);
    }
    const format = params.get('format') ?? 'json';
    if (format !== 'json' && format !== 'csv')
        return { error: 'format must be json or csv' };
    const select = {};
    const consentId = params.get('consentId');
    if (consentId !== null) {
        if (!isUuid(consentId))
            return { error: 'consentId must be a UUID' };
        select.consentId = consentId.toLowerCase();
    }
    // The range is on receivedAt, the receiver's own clock; a visitor's clock can be anything.
    for (const name of ['from', 'to']) {
        const text = params.get(name);
        if (text === null)
            continue;
        const t = parseTime(text);
        if (t === null)
            return { error: `${name} must be an ISO 8601 UTC date or date-time` };
        select[name] = t;
    }
    if (Object.keys(select).length === 0)
        return { error: 'give consentId, or from and/or to' };
    return { select, format };
}
/** One CSV cell: formula-neutralised, then quoted when needed (RFC 4180). */
export function csvCell(value) {
    let text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    // A leading = + - @ (or tab / CR) makes a spreadsheet evaluate the cell; a quote makes it text.
    if (/^[=+\-@\t\r]/.test(text))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function csvRow(record) {
    return `${CSV_COLUMNS.map((c) => csvCell(record[c])).join(',')}\r\n`;
}
/** Answers an export request. `token` undefined means export is switched off. Null when refused. */
export async function handleExport(req, res, params, log, token, headers, refuse) {
    if (!token) {
        refuse(403, 'export-disabled', 'export is disabled: start the receiver with a token to enable it', headers);
        return null;
    }
    const given = bearer(req);
    if (given === null || !tokenMatches(given, token)) {
        const reason = given === null ? 'Authorization: Bearer <token> is required' : 'the token is not valid';
        refuse(401, 'unauthorized', reason, { ...headers, 'www-authenticate': 'Bearer' });
        return null;
    }
    const query = parseQuery(params);
    if ('error' in query) {
        refuse(400, 'bad-query', query.error, headers);
        return null;
    }
    const records = await writeExport(res, query.format, log.select(query.select), headers);
    return { format: query.format, query: query.select, records };
}
/**
 * Streams `records` as a CSV attachment or a JSON document and ends the answer; answers how many
 * were written. Used by the Bearer export and the console's downloads alike.
 */
export async function writeExport(res, format, records, headers) {
    let count = 0;
    if (format === 'csv') {
        startStream(res, 'text/csv; charset=utf-8', {
            ...headers,
            'content-disposition': 'attachment; filename="consent-proofs.csv"',
        });
        await write(res, `${CSV_COLUMNS.join(',')}\r\n`);
        for await (const record of records) {
            await write(res, csvRow(record));
            count += 1;
        }
    }
    else {
        startStream(res, 'application/json; charset=utf-8', headers);
        await write(res, '{"receipts":[');
        let first = true;
        for await (const record of records) {
            await write(res, `${first ? '' : ','}\n${JSON.stringify(record)}`);
            first = false;
            count += 1;
        }
        await write(res, '\n]}\n');
    }
    res.end();
    return count;
}
