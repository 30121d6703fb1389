import { isObj } from './checks.js';
import { WHY, FIX } from './findings-words.js';
/** The receipt findings of one scenario, in the order: no endpoint, or invalid, missing, unexpected. */
export function receiptFindings(out, ctx, s, config) {
    if (!config.proof?.endpoint && s.decisions.length) {
        out.add('receipt:no-endpoint', 'receipt', 'Decisions are not logged: the notice has no proof endpoint', WHY.receipt, FIX.receipt, s.id, 'the notice has no "proof": { "endpoint": … }');
        return;
    }
    for (const r of s.receipts) {
        if (r.problems.length)
            out.add(`receipt:invalid:${s.id}:${r.body?.receiptId ?? r.url}`, 'receipt', `A receipt does not match the proof format (${ctx.scenarioTitles.get(s.id)})`, WHY.receipt, FIX.receipt, s.id, r.problems.join('; '), r.phase);
    }
    missingReceiptFindings(out, ctx, s, config);
    if (!s.decisions.length)
        for (const r of s.receipts)
            out.add(`receipt:unexpected:${s.id}`, 'receipt', 'A receipt was sent although the visitor decided nothing', WHY.receipt, FIX.receipt, s.id, `POST ${r.url}: ${JSON.stringify(r.body).slice(0, 300)}`, r.phase);
}
/** A finding for each decision no receipt was POSTed for (same method and, if any, timestamp). */
function missingReceiptFindings(out, ctx, s, config) {
    for (const d of s.decisions) {
        const got = s.receipts.some((r) => isObj(r.body) && r.body.method === d.method && (!d.consent || r.body.timestamp === d.consent.timestamp));
        if (!got) {
            const seen = s.receipts.length
                ? `receipts received: ${s.receipts.map((r) => (isObj(r.body) ? String(r.body.method) : 'not JSON')).join(', ')}`
                : 'nothing was POSTed to the proof endpoint';
            out.add(`receipt:missing:${s.id}:${d.method}`, 'receipt', `No receipt was logged for the decision “${d.method}” (${ctx.scenarioTitles.get(s.id)})`, WHY.receipt, FIX.receipt, s.id, `${seen} (endpoint ${config.proof?.endpoint})`, d.phase);
        }
    }
}
