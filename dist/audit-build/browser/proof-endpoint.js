import { isThirdParty } from './classify.js';
const bare = (u) => u.replace(/[?#].*$/, '');
/** Did the endpoint accept this POST (a 2xx the page could read)? Records made by hand count as accepted. */
export const accepted = (d) => !d || (d.status !== null && d.status >= 200 && d.status < 300 && !d.error);
/** The outcome in a few words: "HTTP 501", "no answer", "CORS: …", "network error …". */
export function outcome(d) {
    if (!d)
        return 'accepted';
    if (d.error)
        return d.error;
    if (d.status === null)
        return 'no answer before the visit ended (a timeout)';
    return `HTTP ${d.status}${d.local ? ' (answered by the audit itself: the endpoint was not tested)' : ''}`;
}
export class ProofEndpoint {
    options;
    phase;
    receipts = [];
    sent = new Map();
    endpoint = null;
    pageUrl = '';
    constructor(options, phase) {
        this.options = options;
        this.phase = phase;
    }
    /** The notice's endpoint, absolute (null: none); set again once the notice has been read. */
    set(endpoint, pageUrl) {
        this.pageUrl = pageUrl;
        this.endpoint = endpoint ? bare(new URL(endpoint, pageUrl).href) : null;
    }
    matches(url) {
        return !!this.endpoint && bare(url) === this.endpoint;
    }
    /** Watches the answers to the receipts let through. */
    attach(context) {
        // The answer's status and headers are what count ('requestfinished' may never come for a
        // response whose body the page does not read).
        context.on('response', (response) => void this.answered(response));
        context.on('requestfailed', (request) => {
            const record = this.sent.get(request);
            if (record && record.delivery?.status === null)
                record.delivery = { status: null, error: `network error (${request.failure()?.errorText ?? 'failed'})` };
        });
    }
    /** A request to the endpoint: kept (a POST), then let through, or answered here with `localProof`. */
    async route(route, request) {
        const local = this.options.localProof || (this.options.interceptThirdParty && this.crossSite());
        if (request.method() === 'POST') {
            const headers = await request.allHeaders();
            let body = null;
            try {
                body = JSON.parse(request.postData() ?? '');
            }
            catch {
                body = null;
            }
            const record = {
                phase: this.phase(),
                url: request.url(),
                idempotencyKey: headers['idempotency-key'] ?? null,
                contentType: headers['content-type'] ?? null,
                body,
                problems: [],
                delivery: local ? { status: 201, local: true } : { status: null },
            };
            this.receipts.push(record);
            if (!local)
                this.sent.set(request, record);
        }
        if (local)
            return this.answer(route, request);
        if (this.options.route && (await this.options.route(route, request)))
            return;
        await route.fallback();
    }
    crossSite() {
        return !!this.endpoint && isThirdParty(new URL(this.endpoint).hostname, new URL(this.pageUrl).hostname);
    }
    /** Answered by the audit (`localProof`): 201, with CORS for a cross-origin endpoint. */
    async answer(route, request) {
        const cors = {
            'access-control-allow-origin': new URL(this.pageUrl).origin,
            'access-control-allow-methods': 'POST',
            'access-control-allow-headers': 'content-type, idempotency-key',
        };
        if (request.method() === 'OPTIONS')
            return route.fulfill({ status: 204, headers: cors });
        if (request.method() !== 'POST')
            return route.fulfill({ status: 405, headers: cors });
        await route.fulfill({ status: 201, headers: cors, contentType: 'application/json', body: '{"stored":true}' });
    }
    /** The endpoint's answer; for a cross-origin endpoint, whether the page may read it (CORS). */
    async answered(response) {
        const request = response.request();
        const record = this.sent.get(request);
        if (!record)
            return;
        const status = response.status();
        const origin = new URL(this.pageUrl).origin;
        if (new URL(request.url()).origin !== origin) {
            const allowed = (await response.headerValue('access-control-allow-origin').catch(() => null)) ?? '';
            if (allowed !== '*' && allowed !== origin)
                return void (record.delivery = {
                    status,
                    error: `CORS refusal: HTTP ${status} without Access-Control-Allow-Origin for ${origin}${allowed ? ` (it allows ${allowed})` : ''}, so the page cannot read the answer`,
                });
        }
        record.delivery = { status };
    }
}
/**
 * The note the audit's report carries about its receipts: where they went, and, when they
 * reached the site's proof log, the consent ids to erase them by. Null when no receipt was sent.
 */
export function receiptsNote(receipts) {
    if (!receipts.length)
        return null;
    if (receipts.every((r) => r.delivery?.local))
        return 'The receipts of these visits were answered by the audit itself (--local-proof): none reached the site’s proof log, and the proof endpoint was not tested.';
    const ids = new Set();
    for (const r of receipts) {
        const id = r.body?.consentId;
        if (!r.delivery?.local && typeof id === 'string')
            ids.add(id);
    }
    return `The receipts of these visits went to the site’s proof endpoint, as a visitor’s would, to test it. Those it accepted are in the site’s proof log under these consent ids (the audit’s own browsers): ${[...ids].join(', ')}. Erase them with \`samtykke-receiver erase --consent-id ID\` if you want; run the audit with --local-proof to keep them out.`;
}
