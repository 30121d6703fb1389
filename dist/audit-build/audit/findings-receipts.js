import { isObj } from './checks.js';
import { WHY, FIX } from './findings-words.js';
import { accepted, outcome } from '../browser/proof-endpoint.js';
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
    endpointFindings(out, s, config);
    missingReceiptFindings(out, ctx, s, config);
    if (!s.decisions.length)
        for (const r of s.receipts)
            out.add(`receipt:unexpected:${s.id}`, 'receipt', 'A receipt was sent although the visitor decided nothing', WHY.receipt, FIX.receipt, s.id, `POST ${r.url}: ${JSON.stringify(r.body).slice(0, 300)}`, r.phase);
}
/**
 * The endpoint did not take a receipt the widget sent (SPEC §7: any 2xx is delivered): a status
 * outside 2xx, a CORS refusal, a network error, or no answer before the visit ended. One finding
 * per kind of failure, with each receipt as evidence.
 */
function endpointFindings(out, s, config) {
    for (const r of s.receipts) {
        if (accepted(r.delivery))
            continue;
        const what = outcome(r.delivery);
        const kind = r.delivery?.error ? what.replace(/[:(].*$/, '').trim() : what.split(' (')[0];
        out.add(`receipt:endpoint:${kind}`, 'receipt', `The proof endpoint did not accept receipts: ${kind}`, WHY.endpoint, FIX.endpoint, s.id, `POST ${r.url} (receipt ${String(isObj(r.body) ? r.body.receiptId : '?')}, “${String(isObj(r.body) ? r.body.method : '?')}”): ${what}; the widget keeps it queued and retries (endpoint ${config.proof?.endpoint})`, r.phase);
    }
}
/**
 * A finding for each decision no receipt was accepted for (same method and, if any, timestamp):
 * not sent, or sent and not taken by the endpoint.
 */
function missingReceiptFindings(out, ctx, s, config) {
    for (const d of s.decisions) {
        const mine = s.receipts.filter((r) => isObj(r.body) && r.body.method === d.method && (!d.consent || r.body.timestamp === d.consent.timestamp));
        if (!mine.some((r) => accepted(r.delivery))) {
            const seen = mine.length
                ? `its receipt was POSTed, and the endpoint did not accept it: ${outcome(mine[0].delivery)}`
                : s.receipts.length
                    ? `receipts received: ${s.receipts.map((r) => (isObj(r.body) ? String(r.body.method) : 'not JSON')).join(', ')}`
                    : 'nothing was POSTed to the proof endpoint';
            out.add(`receipt:missing:${s.id}:${d.method}`, 'receipt', `No receipt was logged for the decision “${d.method}” (${ctx.scenarioTitles.get(s.id)})`, WHY.receipt, FIX.receipt, s.id, `${seen} (endpoint ${config.proof?.endpoint})`, d.phase);
        }
    }
}
