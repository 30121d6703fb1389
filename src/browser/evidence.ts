/**
 * Evidence for one scenario: a fresh browser context (a new profile: no cookies, no storage)
 * that records every request with the phase it was made in, every cookie and storage write the
 * page reports (instrument.ts) and every Set-Cookie header, the receipts POSTed to the notice's
 * proof endpoint with the endpoint's answers (proof-endpoint.ts), and takes end-of-phase
 * snapshots of cookies and storage.
 *
 * It only observes: it never answers a first-party request itself (except receipts, with
 * `localProof`) and never changes the page. With `interceptThirdParty`, every third-party request is answered locally
 * with an empty response of its type.
 */
import type { Browser, BrowserContext, Page, Request, Route } from 'playwright-core';
import { classifyUrl, isBeaconType, isThirdParty, type SiteContext, type WriteSource } from './classify.js';
import { GateLog, readGates, refineRequest, type Gate } from './attribute.js';
import {
  cookieRecords,
  noteCookies,
  noteStorage,
  noteWrite,
  setCookies,
  storageRecords,
  stub,
  type CookieSeen,
  type RecordContext,
  type StorageSeen,
  type Writes,
} from './records.js';
import { Initiators } from './initiators.js';
import { ProofEndpoint } from './proof-endpoint.js';
import { BINDING, instrumentScript, readDataLayer, readStorage, type PageEvent } from './instrument.js';
import type {
  Attribution,
  AuditOptions,
  CookieRecord,
  DataLayerEntry,
  Phase,
  ReceiptRecord,
  RequestRecord,
  Screenshot,
  StorageRecord,
} from './types.js';

export class Recorder {
  context!: BrowserContext;
  page!: Page;
  readonly phases: Phase[] = [];
  private readonly requests: Omit<RequestRecord, keyof Attribution | 'thirdParty' | 'beacon'>[] = [];
  readonly screenshots: Screenshot[] = [];
  readonly pages: string[] = [];
  /** Who asked for each request (the script, or the document), as Chromium tells it. */
  readonly initiators = new Initiators();
  /** The pages' gates (SPEC §2), as seen at the end of each phase. */
  readonly gateLog = new GateLog();
  /** Cookie name → where its writes came from, and in which phases. */
  private readonly cookieWrites: Writes = new Map();
  private readonly storageWrites: Writes = new Map();
  private readonly cookies = new Map<string, CookieSeen>();
  private readonly storage = new Map<string, StorageSeen>();
  private readonly pageHost: string;
  /** The receipts sent to the proof endpoint, and its answers. */
  private readonly proof: ProofEndpoint;

  constructor(
    private site: SiteContext,
    private readonly options: AuditOptions,
    private readonly gpc = false,
  ) {
    this.pageHost = new URL(site.pageUrl).hostname;
    this.proof = new ProofEndpoint(options, () => this.current.id);
    this.setSite(site);
  }

  /** The receipts POSTed to the proof endpoint so far, each with the endpoint's answer once it came. */
  get receipts(): ReceiptRecord[] {
    return this.proof.receipts;
  }

  /**
   * What the audit knows about the site. The first scenario learns it from the page itself, so
   * it is set again once the notice has been read; records are classified at the end.
   */
  setSite(site: SiteContext): void {
    this.site = site;
    this.proof.set(site.config?.proof?.endpoint, site.pageUrl);
  }

  get current(): Phase {
    return this.phases[this.phases.length - 1];
  }

  /** Starts a phase: what happens from now on is judged against its granted categories. */
  phase(p: Phase): void {
    this.phases.push(p);
  }

  async open(browser: Browser, first: Phase): Promise<Page> {
    this.phase(first);
    this.context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      colorScheme: 'light',
      // Service workers would answer requests where the audit cannot see or intercept them.
      serviceWorkers: 'block',
      extraHTTPHeaders: this.gpc ? { 'Sec-GPC': '1' } : undefined,
    });
    this.context.setDefaultTimeout(this.options.timeoutMs ?? 30000);
    await this.context.exposeBinding(BINDING, (source, e: PageEvent) => this.onPageEvent(source.frame.url(), e));
    await this.context.addInitScript(instrumentScript({ binding: BINDING, gpc: this.gpc }));
    await this.context.route('**/*', (route, request) => this.onRoute(route, request));
    this.context.on('request', (r) => this.onRequest(r));
    this.proof.attach(this.context);
    this.context.on('response', (r) => {
      const source = { url: r.url(), header: true };
      const noteHeader = (headers: Record<string, string>) =>
        setCookies(headers['set-cookie']).forEach((c) => this.noteCookieWrite(c.name, source, c.deleting));
      void r.allHeaders().then(noteHeader, () => undefined);
    });
    await this.options.onContext?.(this.context);
    this.page = await this.context.newPage();
    await this.initiators.attach(this.context, this.page);
    this.page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    return this.page;
  }

  async close(): Promise<void> {
    await this.context?.close().catch(() => undefined);
  }

  private async onRoute(route: Route, request: Request): Promise<void> {
    try {
      const url = request.url();
      // Receipts first: they are evidence, whoever answers them.
      if (this.proof.matches(url)) return await this.proof.route(route, request);
      if (this.options.route && (await this.options.route(route, request))) return;
      const u = new URL(url);
      if (this.options.interceptThirdParty && /^https?:$/.test(u.protocol) && isThirdParty(u.hostname, this.pageHost)) {
        return await stub(route, request.resourceType());
      }
      await route.fallback();
    } catch {
      // The page went away while answering: nothing left to do.
    }
  }

  private onRequest(r: Request): void {
    const url = r.url();
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return;
    }
    if (!/^https?:$/.test(u.protocol)) return;
    if (this.proof.matches(url)) return; // receipts are evidence of their own
    let frame = '';
    let frameDepth: number | undefined;
    try {
      frame = r.frame().url();
      if (r.resourceType() === 'document') {
        frameDepth = 0;
        for (let f = r.frame().parentFrame(); f; f = f.parentFrame()) frameDepth++;
      }
    } catch {
      // a request of a service worker or a detached frame
    }
    this.requests.push({
      url,
      host: u.hostname,
      path: u.pathname,
      method: r.method(),
      resourceType: r.resourceType(),
      phase: this.current.id,
      frame,
      frameDepth,
    });
  }

  /** Requests made, classified: first or third party, service, category, beacon. */
  requestRecords(): RequestRecord[] {
    return this.requests
      .filter((r) => !this.proof.matches(r.url))
      .map((r) => {
        const thirdParty = isThirdParty(r.host, this.pageHost);
        const a: Attribution = thirdParty
          ? refineRequest(
              classifyUrl(r.url, this.site),
              r.url,
              [...this.initiators.chain(r.url), r.frame],
              this.gateLog.byUrl,
              this.site,
            )
          : { service: null, category: null, declared: true };
        return {
          ...r,
          ...a,
          thirdParty,
          beacon: thirdParty && !a.own && isBeaconType(r.resourceType),
          initiator: this.initiators.of(r.url),
        };
      });
  }

  private onPageEvent(frameUrl: string, e: PageEvent): void {
    if (!e || typeof e !== 'object') return;
    const src: WriteSource = {
      url: e.src?.url ?? null,
      inline: !!e.src?.inline,
      consent: e.src?.consent,
      service: e.src?.service,
    };
    if (src.inline && !src.url) src.url = frameUrl;
    if (e.t === 'cookie' && e.name) this.noteCookieWrite(e.name, src, e.deleting);
    if (e.t === 'storage' && e.name) {
      let origin = '';
      try {
        origin = new URL(frameUrl).origin;
      } catch {
        // about:blank frames report no origin of their own
      }
      noteWrite(this.storageWrites, `${e.kind}|${origin}|${e.name}`, src, this.current.id);
    }
  }

  /** A cookie write; deletions are not writes (samtykke deletes other services' cookies on withdrawal). */
  private noteCookieWrite(name: string, src: WriteSource, deleting: boolean): void {
    if (!name || deleting) return;
    noteWrite(this.cookieWrites, name, src, this.current.id);
  }

  /** The scripts behind some writes, and the scripts (and documents) that loaded those. */
  private writers(sources: WriteSource[]): string[] {
    return sources.flatMap((s) => (s.url && !s.inline ? [s.url, ...this.initiators.chain(s.url)] : []));
  }

  /** Where the writes of a cookie came from, as the page and the responses reported them. */
  cookieSources(name: string): WriteSource[] {
    return this.cookieWrites.get(name)?.sources ?? [];
  }

  /** Where the writes of a storage key came from. */
  storageSources(kind: StorageRecord['kind'], origin: string, name: string): WriteSource[] {
    return this.storageWrites.get(`${kind}|${origin}|${name}`)?.sources ?? [];
  }

  /** End of a phase: which cookies and storage entries exist now. */
  async snapshot(): Promise<void> {
    const phase = this.current.id;
    noteCookies(this.cookies, await this.context.cookies(), phase);
    for (const page of this.context.pages()) {
      for (const frame of page.frames()) {
        this.gateLog.add(await frame.evaluate(readGates).catch(() => [] as Gate[]), phase);
        const storage = await frame.evaluate(readStorage).catch(() => null);
        if (storage && storage.origin !== 'null') noteStorage(this.storage, storage, phase);
      }
    }
  }

  async dataLayer(): Promise<DataLayerEntry[] | null> {
    return ((await this.page.evaluate(readDataLayer).catch(() => null)) as DataLayerEntry[] | null) ?? null;
  }

  async screenshot(label: string): Promise<void> {
    try {
      const png = await this.page.screenshot({ type: 'png' });
      this.screenshots.push({ label, png: new Uint8Array(png) });
    } catch {
      // A page that is navigating cannot be photographed; the evidence tables still stand.
    }
  }

  /** Cookies seen, with who wrote them and what they belong to. */
  cookieRecords(): CookieRecord[] {
    return cookieRecords(this.cookies.values(), this.cookieWrites, this.recordContext());
  }

  /** Storage entries seen, with who wrote them and what they belong to. */
  storageRecords(): StorageRecord[] {
    return storageRecords(this.storage.values(), this.storageWrites, this.recordContext());
  }

  private recordContext(): RecordContext {
    return { site: this.site, pageHost: this.pageHost, gates: this.gateLog.byUrl, writers: (sources) => this.writers(sources) };
  }
}
