/**
 * The consent core: one place that owns the visitor's decision and carries out its effects in
 * a fixed order — cookie, gates, Consent Mode, events, other tabs, receipt — and the public API
 * of SPEC §5 on top of it. The widget is only a view of it (`WidgetHost`).
 *
 * It never grants anything without a valid notice: with no valid config every query answers
 * "not granted", every decision is refused with an error, and no gate opens.
 */
import { deleteCookies, readConsent, writeConsent } from './cookie.js';
import { consentUpdate, pushChange } from './consent-mode.js';
import { earlyConfig, startEarly, type Early } from './early.js';
import { createProof, uuid, type Proof } from '../proof/proof.js';
import { changedIds, decide, isGranted, withdrawnIds, NECESSARY } from './store.js';
import type { ChangeDetail, Config, Consent, Method, ProofDetail, Receipt } from '../types.js';
import type { WidgetHost } from '../ui/host.js';

type EventName = 'ready' | 'change' | 'proof';

export interface SamtykkeAPI {
  get(): Consent | null;
  granted(category: string, service?: string): boolean;
  whenGranted(category: string, service?: string): Promise<void>;
  on(event: EventName, fn: (detail: any) => void): () => void;
  acceptAll(): Promise<Consent>;
  rejectAll(): Promise<Consent>;
  set(choices: Record<string, boolean>): Promise<Consent>;
  withdraw(): Promise<Consent>;
  show(): void;
  history(): Promise<Receipt[]>;
}

/** The view the core drives; `ui/widget.ts` implements it. */
export interface View extends HTMLElement {
  host?: WidgetHost;
  show(): void;
}

export interface CoreOptions {
  /** A guard that already ran, to adopt instead of starting another. */
  early?: Early;
  nonce?: string;
  language(config: Config): string;
  /** Creates the widget element (not yet in the document). Omitted: headless (tests, API only). */
  view?(): View;
  /** Where the language files (samtykke.<lang>.json) are: samtykke's own URL. */
  assetBase?: string;
  /** Mounts a placeholder on a blocked iframe; returns its remover. */
  placeholder?(iframe: HTMLIFrameElement, host: WidgetHost, api: SamtykkeAPI): () => void;
}

const prefix = 'samtykke:';

function emit(name: EventName, detail: unknown): void {
  document.dispatchEvent(new CustomEvent(prefix + name, { detail }));
}

function domReady(fn: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn, { once: true });
  else queueMicrotask(fn);
}

/** The ready detail once start-up is done: a listener added later still learns it. */
let readyDetail: { consent: Consent | null } | null = null;

/** `samtykke.on`: document events with their detail, and an unsubscribe function. */
export function on(event: EventName, fn: (detail: any) => void): () => void {
  const h = (e: Event) => fn((e as CustomEvent).detail);
  document.addEventListener(prefix + event, h);
  if (event === 'ready' && readyDetail) {
    const d = readyDetail;
    queueMicrotask(() => fn(d));
  }
  return () => document.removeEventListener(prefix + event, h);
}

function emitReady(consent: Consent | null): void {
  if (readyDetail) return; // once
  readyDetail = { consent };
  emit('ready', readyDetail);
}

/** A known tracker's id as its name: "meta-pixel" → "Meta Pixel", "youtube" → "YouTube". */
const prettify = (id: string) =>
  id
    .replace(/(^|-)(\w)/g, (_, s, c) => (s ? ' ' : '') + c.toUpperCase())
    .replace(/\b(You|Tik|Linked)([ti])(ube|ok|n)\b/, (_, a, b, c) => a + b.toUpperCase() + c);

export function startCore(config: Config | null, o: CoreOptions): SamtykkeAPI {
  const parts = config && earlyConfig(config);
  if (!config || !parts) {
    // Fail closed (SPEC §1): whatever is asked, nothing is granted, and known trackers stay
    // held back too.
    (o.early ?? startEarly(null, o.nonce)).closed = true;
    const refuse = () => Promise.reject(new Error('samtykke: no valid notice (config); see the console error'));
    domReady(() => emitReady(null));
    return {
      get: () => null,
      granted: () => false,
      whenGranted: () => new Promise<void>(() => {}),
      on,
      acceptAll: refuse,
      rejectAll: refuse,
      set: refuse,
      withdraw: refuse,
      show() {},
      history: async () => [],
    };
  }

  const cfg = config;
  const notice = parts;
  const early = o.early ?? startEarly(notice, o.nonce);
  if (o.early) {
    // Adopting a guard (or the early start of a fetched notice): it read the raw JSON, or none;
    // from now on the validated notice decides.
    early.config = notice;
    early.closed = false;
    early.gates.options.rules = notice.rules;
    early.reload();
  }

  const language = () => o.language(cfg);
  /** Called after every change: the widget's subscriptions and `whenGranted`'s checks. */
  const listeners = new Set<() => void>();
  let gpcHonoured = false;
  let view: View | undefined;
  let wantShow = false;
  const placeholders = new Map<Element, () => void>();

  const proof: Proof = createProof({
    config: cfg,
    language,
    emit: (receipt, status) => emit('proof', { receipt, status } satisfies ProofDetail),
  });

  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('samtykke') : null;

  /** Everything a new decision changes on this page, in order. */
  function apply(next: Consent, previous: Consent | null): void {
    early.consent = next;
    early.stored = next;
    if (notice.consentMode) consentUpdate(next);
    pushChange(next);
    void early.gates.scan();
    for (const [el, remove] of placeholders) {
      if (isGranted(next, el.getAttribute('data-consent')!, el.getAttribute('data-service') || undefined)) {
        remove();
        placeholders.delete(el);
      }
    }
    emit('change', { consent: next, previous, changed: changedIds(previous, next) } satisfies ChangeDetail);
    listeners.forEach((fn) => fn());
  }

  async function choose(method: Method, choices: Record<string, boolean> = {}): Promise<Consent> {
    const previous = early.consent;
    const next = decide(previous ?? null, method, choices, notice, Date.now(), uuid);
    if (!previous && early.stored) next.id = early.stored.id; // same browser, same consent id
    writeConsent(next, notice.cookie);
    if (!readConsent(notice.cookie)) console.warn('samtykke: cookies are blocked here; this decision holds for this page only');
    apply(next, previous);
    channel?.postMessage('change');
    const withdrawn = withdrawnIds(previous, next);
    if (withdrawn.length) cleanUp(withdrawn, next);
    // The receipt is kept (IndexedDB) before a reload can take the page away; sending it never
    // holds up the decision.
    const kept = proof.record(next, previous).catch((e) => console.error('samtykke: receipt not recorded', e));
    if (withdrawn.length && cfg.reloadOnWithdraw) void kept.then(() => location.reload());
    return next;
  }

  /** Deletes the cookies of withdrawn services: what code that already ran left behind. */
  function cleanUp(withdrawn: string[], next: Consent): void {
    const names: string[] = [];
    const patterns: RegExp[] = [];
    for (const s of cfg.services) {
      if (s.category === NECESSARY || (!withdrawn.includes(s.id) && !withdrawn.includes(s.category))) continue;
      if (isGranted(next, s.category, s.id)) continue;
      for (const c of s.cookies ?? []) {
        if (c.pattern) patterns.push(new RegExp(`^(?:${c.pattern.replace(/^\^|\$$/g, '')})$`));
        else names.push(c.name);
      }
    }
    deleteCookies(names, patterns);
  }

  /** Another tab decided: its cookie is the truth. */
  function fromOtherTab(): void {
    const previous = early.consent;
    early.reload();
    const next = early.consent;
    if (!next || (previous && next.timestamp === previous.timestamp && next.method === previous.method)) return;
    apply(next, previous);
  }
  if (channel) channel.onmessage = fromOtherTab;
  else setInterval(fromOtherTab, 1000);

  const api: SamtykkeAPI = {
    get: () => early.consent,
    granted: (c, s) => early.granted(c, s),
    whenGranted(c, s) {
      return new Promise<void>((resolve) => {
        const check = () => (early.granted(c, s) ? (listeners.delete(check), resolve()) : listeners.add(check));
        check();
      });
    },
    on,
    acceptAll: () => choose('accept-all'),
    rejectAll: () => choose('reject-all'),
    set: (choices) =>
      choices && typeof choices === 'object' && Object.values(choices).every((v) => typeof v === 'boolean')
        ? choose('api', choices)
        : Promise.reject(new TypeError('samtykke.set(choices): choices must be an object of id → true/false')),
    withdraw: () => choose('withdraw'),
    show() {
      if (view) view.show();
      else wantShow = true;
    },
    history: () => proof.history(),
  };

  const host: WidgetHost = {
    config: cfg,
    assetBase: o.assetBase,
    get consent() {
      return early.consent;
    },
    get gpcHonoured() {
      return gpcHonoured || early.consent?.method === 'gpc';
    },
    services() {
      const list = [...cfg.services];
      document.querySelectorAll('[data-samtykke-auto][data-service]').forEach((el) => {
        const id = el.getAttribute('data-service')!;
        if (!list.some((s) => s.id === id)) {
          list.push({ id, category: el.getAttribute('data-consent')!, name: prettify(id) });
        }
      });
      return list;
    },
    acceptAll: api.acceptAll,
    rejectAll: api.rejectAll,
    save: (choices) => choose('custom', choices),
    history: api.history,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };

  if (o.placeholder) {
    const mount = o.placeholder;
    early.gates.options.onBlocked = (el) => {
      if (el instanceof HTMLIFrameElement && !placeholders.has(el)) placeholders.set(el, mount(el, host, api));
    };
  }

  // A first visit with Global Privacy Control: the signal is the visitor's answer (SPEC §4).
  if (
    !early.consent &&
    cfg.gpc === 'honor' &&
    (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true
  ) {
    gpcHonoured = true;
    void choose('gpc');
  }

  domReady(() => {
    if (o.view) {
      view = document.querySelector<View>('samtykke-widget') ?? document.body.appendChild(o.view());
      view.host = host;
      if (wantShow) view.show();
    }
    void early.gates.scan();
    void proof.flush(true);
    emitReady(early.consent);
  });

  return api;
}
