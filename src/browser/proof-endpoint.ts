/**
 * The receipts a scenario's decisions POST to the notice's proof endpoint (SPEC §7), and how the
 * endpoint answered each. By default the audit lets them through to the endpoint as the site
 * serves it, as a visitor's would go: the only way to know that the site's real endpoint takes
 * them (a receiver that answers 501, refuses the page's origin, or is down would otherwise pass).
 * Each POST is kept as evidence, with the status the endpoint answered, or the network error, the
 * CORS refusal, or that no answer came before the visit ended.
 *
 * What reaches the owner's log is what a visitor's decisions would leave there: receipts of the
 * audit's own fresh browser profiles (refusals carry no user agent, and the receiver keeps no IP
 * for them; SPEC §7). The audit's report lists their consent ids so the owner can erase them
 * (`samtykke-receiver erase --consent-id ID`). `localProof` answers them here with 201 instead,
 * as audits before did: then nothing reaches the log, and the endpoint is not tested.
 */
import type { BrowserContext, Request, Response, Route } from 'playwright-core';
import { isThirdParty } from './classify.js';
import type { AuditOptions, ReceiptDelivery, ReceiptRecord } from './types.js';

const bare = (u: string) => u.replace(/[?#].*$/, '');

/** Did the endpoint accept this POST (a 2xx the page could read)? Records made by hand count as accepted. */
export const accepted = (d: ReceiptDelivery | undefined): boolean =>
  !d || (d.status !== null && d.status >= 200 && d.status < 300 && !d.error);

/** The outcome in a few words: "HTTP 501", "no answer", "CORS: …", "network error …". */
export function outcome(d: ReceiptDelivery | undefined): string {
  if (!d) return 'accepted';
  if (d.error) return d.error;
  if (d.status === null) return 'no answer before the visit ended (a timeout)';
  return `HTTP ${d.status}${d.local ? ' (answered by the audit itself: the endpoint was not tested)' : ''}`;
}

export class ProofEndpoint {
  readonly receipts: ReceiptRecord[] = [];
  private readonly sent = new Map<Request, ReceiptRecord>();
  private endpoint: string | null = null;
  private pageUrl = '';

  constructor(
    private readonly options: AuditOptions,
    private readonly phase: () => string,
  ) {}

  /** The notice's endpoint, absolute (null: none); set again once the notice has been read. */
  set(endpoint: string | undefined, pageUrl: string): void {
    this.pageUrl = pageUrl;
    this.endpoint = endpoint ? bare(new URL(endpoint, pageUrl).href) : null;
  }

  matches(url: string): boolean {
    return !!this.endpoint && bare(url) === this.endpoint;
  }

  /** Watches the answers to the receipts let through. */
  attach(context: BrowserContext): void {
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
  async route(route: Route, request: Request): Promise<void> {
    const local = this.options.localProof || (this.options.interceptThirdParty && this.crossSite());
    if (request.method() === 'POST') {
      const headers = await request.allHeaders();
      let body: unknown = null;
      try {
        body = JSON.parse(request.postData() ?? '');
      } catch {
        body = null;
      }
      const record: ReceiptRecord = {
        phase: this.phase(),
        url: request.url(),
        idempotencyKey: headers['idempotency-key'] ?? null,
        contentType: headers['content-type'] ?? null,
        body,
        problems: [],
        delivery: local ? { status: 201, local: true } : { status: null },
      };
      this.receipts.push(record);
      if (!local) this.sent.set(request, record);
    }
    if (local) return this.answer(route, request);
    if (this.options.route && (await this.options.route(route, request))) return;
    await route.fallback();
  }

  private crossSite(): boolean {
    return !!this.endpoint && isThirdParty(new URL(this.endpoint).hostname, new URL(this.pageUrl).hostname);
  }

  /** Answered by the audit (`localProof`): 201, with CORS for a cross-origin endpoint. */
  private async answer(route: Route, request: Request): Promise<void> {
    const cors = {
      'access-control-allow-origin': new URL(this.pageUrl).origin,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type, idempotency-key',
    };
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (request.method() !== 'POST') return route.fulfill({ status: 405, headers: cors });
    await route.fulfill({ status: 201, headers: cors, contentType: 'application/json', body: '{"stored":true}' });
  }

  /** The endpoint's answer; for a cross-origin endpoint, whether the page may read it (CORS). */
  private async answered(response: Response): Promise<void> {
    const request = response.request();
    const record = this.sent.get(request);
    if (!record) return;
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
export function receiptsNote(receipts: ReceiptRecord[]): string | null {
  if (!receipts.length) return null;
  if (receipts.every((r) => r.delivery?.local))
    return 'The receipts of these visits were answered by the audit itself (--local-proof): none reached the site’s proof log, and the proof endpoint was not tested.';
  const ids = new Set<string>();
  for (const r of receipts) {
    const id = (r.body as { consentId?: unknown } | null)?.consentId;
    if (!r.delivery?.local && typeof id === 'string') ids.add(id);
  }
  return `The receipts of these visits went to the site’s proof endpoint, as a visitor’s would, to test it. Those it accepted are in the site’s proof log under these consent ids (the audit’s own browsers): ${[...ids].join(', ')}. Erase them with \`samtykke-receiver erase --consent-id ID\` if you want; run the audit with --local-proof to keep them out.`;
}
