import { validateReceipt } from '../receiver/validate.js';
/** A plain object (not null, not an array). */
export const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
const isBoolMap = (v) => isObj(v) && Object.values(v).every((b) => typeof b === 'boolean');
const sameMap = (a, b) => {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
};
/**
 * The receipt schema's verdict in the audit's words: the field in quotes ("v" must be 1 …).
 * The schema (src/receipt/schema.ts) is the one the receiver stores by, so a receipt the audit
 * passes is one the receiver accepts, and the other way round.
 */
function schemaProblem(body) {
    const checked = validateReceipt(body);
    if (checked.ok)
        return null;
    return checked.error
        .replace(/^([\w.]+) (must|is required)/, '"$1" $2')
        .replace(/^unknown field ([\w.]+)/, 'unknown field "$1"');
}
/** What is wrong with a receipt against SPEC §7 and the decision it records (empty: nothing). */
export function receiptProblems(r, e) {
    const p = [];
    const b = r.body;
    if (!isObj(b))
        return ['the body is not a JSON object'];
    const format = schemaProblem(b);
    if (format)
        p.push(format);
    // Beyond the format: does the receipt record this decision, on this page, under this notice?
    if (typeof b.method === 'string' && b.method !== e.method)
        p.push(`"method" is "${b.method}", but the visitor's choice was "${e.method}"`);
    if (typeof b.revision === 'string' && b.revision !== e.config.revision)
        p.push(`"revision" is "${b.revision}", but the notice's is "${e.config.revision}"`);
    if (isObj(b.controller) && typeof b.controller.name === 'string') {
        if (b.controller.name !== e.config.controller.name)
            p.push(`"controller.name" is "${b.controller.name}", not the notice's "${e.config.controller.name}"`);
        const org = e.config.controller.orgNumber;
        if (org && b.controller.orgNumber !== org)
            p.push(`"controller.orgNumber" is ${JSON.stringify(b.controller.orgNumber)}, not the notice's "${org}"`);
    }
    if (isBoolMap(b.categories) && b.categories.necessary !== true)
        p.push('"categories" must have necessary: true');
    if (typeof b.gpc === 'boolean' && b.gpc !== e.gpc)
        p.push(`"gpc" is ${b.gpc}, but the browser ${e.gpc ? 'sent' : 'did not send'} Global Privacy Control`);
    if (typeof b.url === 'string') {
        if (/[?#]/.test(b.url))
            p.push('"url" must be origin and path only (no query, no fragment)');
        const page = new URL(e.pageUrl);
        if (b.url.replace(/[?#].*$/, '') !== page.origin + page.pathname)
            p.push(`"url" is ${b.url}, but the decision was made on ${page.origin + page.pathname}`);
    }
    if (typeof b.widget === 'string' && !/^[\w.-]+@\S+$/.test(b.widget))
        p.push('"widget" must name the widget and its version, like "samtykke@1.0.0"');
    if (e.previousReceiptId !== undefined &&
        (b.previousReceiptId === null || typeof b.previousReceiptId === 'string') &&
        b.previousReceiptId !== e.previousReceiptId)
        p.push(`"previousReceiptId" is ${JSON.stringify(b.previousReceiptId)}, but the decision it replaces has receipt ${JSON.stringify(e.previousReceiptId)}`);
    const c = e.consent;
    if (c) {
        if (b.consentId !== c.id)
            p.push(`"consentId" is not the visitor's consent id (${c.id})`);
        if (b.timestamp !== c.timestamp)
            p.push(`"timestamp" is not the decision's (${c.timestamp})`);
        if (isBoolMap(b.categories) && !sameMap(b.categories, c.categories))
            p.push(`"categories" ${JSON.stringify(b.categories)} differ from the decision ${JSON.stringify(c.categories)}`);
        if (isBoolMap(b.services) && !sameMap(b.services, c.services))
            p.push(`"services" ${JSON.stringify(b.services)} differ from the decision ${JSON.stringify(c.services)}`);
    }
    if (typeof b.timestamp === 'string' && typeof b.expiresAt === 'string') {
        const days = (Date.parse(b.expiresAt) - Date.parse(b.timestamp)) / 86400000;
        if (!(Math.abs(days - e.config.cookie.expiresAfterDays) <= 1))
            p.push(`"expiresAt" is ${Math.round(days)} days after the decision, not the notice's ${e.config.cookie.expiresAfterDays}`);
    }
    if (r.idempotencyKey !== b.receiptId)
        p.push(`the Idempotency-Key header (${JSON.stringify(r.idempotencyKey)}) must equal "receiptId"`);
    if (!/^application\/json\b/i.test(r.contentType ?? ''))
        p.push(`the Content-Type must be application/json (got ${JSON.stringify(r.contentType)})`);
    return p;
}
/** Problems with Consent Mode in a dataLayer (empty: fine). */
export function consentModeProblems(dl, expectDefault) {
    if (!dl)
        return expectDefault ? [{ title: 'Google Consent Mode default is missing', text: 'the page has no window.dataLayer' }] : [];
    const isDefault = (e) => e.kind === 'command' && e.command === 'consent' && e.arg === 'default';
    const isTag = (e) => (e.kind === 'command' && (e.command === 'js' || e.command === 'config')) || (e.kind === 'object' && e.event === 'gtm.js');
    const d = dl.findIndex(isDefault);
    const t = dl.findIndex(isTag);
    const describe = (e) => e.kind === 'command' ? `gtag('${e.command}'${e.arg ? `, '${e.arg}'` : ''})` : `{ event: '${e.event}' }`;
    if (d < 0 && (t >= 0 || expectDefault))
        return [
            {
                title: 'Google Consent Mode default is missing',
                text: t >= 0
                    ? `dataLayer has ${describe(dl[t])} at position ${t} but no gtag('consent', 'default', …)`
                    : "dataLayer has no gtag('consent', 'default', …)",
            },
        ];
    if (t >= 0 && d > t)
        return [
            {
                title: 'A Google tag ran before the Consent Mode default',
                text: `dataLayer has ${describe(dl[t])} at position ${t}, before gtag('consent', 'default', …) at position ${d}`,
            },
        ];
    return [];
}
/** Differences between the three first-layer buttons (empty: equal). */
export function prominenceProblems(buttons) {
    if (buttons.length < 2)
        return [];
    const p = [];
    const [a, ...rest] = buttons;
    for (const b of rest) {
        if (Math.abs(a.width - b.width) > 1 || Math.abs(a.height - b.height) > 1)
            p.push(`“${a.name}” is ${fmt(a.width)}×${fmt(a.height)} px, “${b.name}” ${fmt(b.width)}×${fmt(b.height)} px`);
        for (const k of Object.keys(a.style))
            if (a.style[k] !== b.style[k])
                p.push(`${k}: “${a.name}” ${a.style[k]}, “${b.name}” ${b.style[k]}`);
    }
    return p;
}
const fmt = (n) => String(Math.round(n * 10) / 10);
