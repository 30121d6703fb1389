/**
 * Proof of consent (SPEC §7): every decision becomes a receipt, kept in this browser's
 * IndexedDB and delivered to the controller's endpoint exactly once, whatever the network does.
 *
 * Never delays the page or the visitor's click: receipts are written and sent after the
 * decision has taken effect. Never forgets a receipt that was not acknowledged with a 2xx: it
 * stays queued in IndexedDB and is retried with back-off, on later page loads too.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Config, Consent, Receipt } from '../types.js';
import type { ValidatedNotice } from '../fast/notice.js';
import { markQueued } from '../fast/queue.js';
import { text as resolveText } from '../notice/text.js';
import { TEXTS } from '../notice/schema.js';
import { uuid } from '../fast/uuid.js';
import { buildReceipt, keptInBrowser, type Entry, type ReceiptProvenance } from './receipt.js';

export { uuid };
export { WIDGET } from './receipt.js';

const LOCK = 'samtykke-proof';
const TIMEOUT = 10000;
const MAX_BACKOFF = 3600;

/**
 * JSON with object keys sorted at every depth, arrays in order, no undefined: one text per notice.
 * Each object is rebuilt with its own keys in sorted order. (Keys that look like array indices
 * would still come first in number order; a notice has none: every id and language starts with
 * a letter.)
 */
export const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x) =>
    x !== Object(x) || Array.isArray(x)
      ? x
      : Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, x[k]]),
        ),
  );

/**
 * What the visitor was shown, as plain data: the notice's controller, summary, categories,
 * services, purposes, rights and authority, every text resolved to the shown language.
 * `noticeHash` is the SHA-256 of `canonical(shownNotice(config, language))`; docs/receipts.md
 * shows how a controller recomputes it.
 */
export function shownNotice(c: Config, lang: string): unknown {
  const { revision, controller, summary, categories, services, purposes, rights, authority } = c;
  return JSON.parse(
    JSON.stringify(
      { language: lang, revision, controller, summary, categories, services, purposes, rights, authority },
      (k, x) => (TEXTS.includes(k) ? resolveText(x, lang) : x),
    ),
  );
}

/**
 * `sha256:<hex>`. WebCrypto exists only in secure contexts (https, localhost): on a plain-http
 * page this rejects and no receipt is made (the decision itself still holds); the console says so.
 */
export async function sha256(text: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return 'sha256:' + Array.from(new Uint8Array(d), (x) => x.toString(16).padStart(2, '0')).join('');
}

export interface ProofOptions {
  /** Where receipts are sent (the notice's `proofEndpoint`); undefined: they are only kept here. */
  endpoint: string | undefined;
  /** The notice receipts are made for; none for a keeper that only delivers what is queued. */
  notice?: ValidatedNotice;
  emit(receipt: Receipt, status: 'delivered' | 'queued'): void;
  /** Injected for tests; defaults to samtykke's own IndexedDB store. */
  store?: UseStore;
}

export interface Proof {
  /** Makes, keeps and sends the receipt of a decision. Resolves when it is safely queued. */
  record(c: Consent, previous: Consent | null, provenance?: ReceiptProvenance): Promise<Receipt>;
  /** This browser's receipts, newest first: those the notice's retention still keeps (receipt.ts). */
  history(): Promise<Receipt[]>;
  /** Tries every undelivered receipt now (due or not). */
  flush(force?: boolean): Promise<void>;
  /**
   * Resolves once the deliveries started so far have been tried, or after `limit` ms: what a
   * reload waits for, so a receipt is not sent again from the next page (or cut off mid-request).
   */
  settled(limit: number): Promise<void>;
}

/** What one `createProof` instance keeps between calls. */
interface ProofState {
  readonly options: ProofOptions;
  readonly endpoint: string | undefined;
  /** samtykke's IndexedDB store, opened on first use. */
  store: UseStore | null;
  /** Receipts that could not be stored (IndexedDB unavailable): still sent, kept in memory. */
  readonly memory: Map<string, Entry>;
  /** Undelivered receipts known to this page, readable synchronously when the page goes away. */
  readonly pending: Map<string, Receipt>;
  /** The id of the latest receipt, which the next one links to (null: not known yet). */
  last: string | null;
  /** Deliveries, one after another. */
  chain: Promise<void>;
  /** The next retry of a receipt not yet due. */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Receipts are made one after another, so each links to the one before it. */
  recording: Promise<unknown>;
}

export function createProof(o: ProofOptions): Proof {
  const state: ProofState = {
    options: o,
    endpoint: o.endpoint,
    store: null,
    memory: new Map(),
    pending: new Map(),
    last: null,
    chain: Promise.resolve(),
    timer: undefined,
    recording: Promise.resolve(),
  };

  // Leaving the page: hand what is still queued to the browser, which finishes keepalive
  // requests after the page is gone. Not marked delivered: the next load sends again and the
  // receiver answers the duplicate with 200.
  addEventListener('pagehide', () => {
    if (state.endpoint) for (const r of state.pending.values()) void send(state.endpoint, r, true);
  });

  return {
    record: (c, previous, provenance) => record(state, c, previous, provenance),
    history: async () => (await all(state)).map((e) => e.receipt),
    flush: (force) => flush(state, force),
    settled: (limit) => Promise.race([state.chain, new Promise<void>((done) => setTimeout(done, limit))]),
  };
}

const db = (state: ProofState) => (state.store ??= state.options.store ?? createStore('samtykke', 'kv'));

/**
 * Every entry still kept, newest first, from IndexedDB and memory; notes the undelivered ones as
 * pending. Those the notice's retention no longer keeps are deleted on the way (keptInBrowser).
 */
async function all(state: ProofState): Promise<Entry[]> {
  let stored: Entry[] = [];
  try {
    stored = (await db(state)('readonly', (s) => promisifyRequest<Entry[]>(s.getAll()))).filter((e) => e?.receipt);
  } catch (e) {
    console.warn('samtykke: IndexedDB unavailable, receipts are kept for this page only', e);
  }
  const now = Date.now();
  const list: Entry[] = [];
  for (const e of [...stored, ...state.memory.values()]) {
    if (keptInBrowser(e, now, state.endpoint)) list.push(e);
    else void drop(state, e.receipt.receiptId);
  }
  for (const e of list) if (!e.delivered) state.pending.set(e.receipt.receiptId, e.receipt);
  return list.sort((a, b) => (a.receipt.timestamp < b.receipt.timestamp ? 1 : -1));
}

/** Forgets a receipt the browser no longer keeps. */
async function drop(state: ProofState, id: string): Promise<void> {
  state.memory.delete(id);
  try {
    await db(state)('readwrite', (s) => (s.delete(id), promisifyRequest(s.transaction)));
  } catch {
    // IndexedDB unavailable: nothing of it was kept there.
  }
}

/** Keeps an entry: in IndexedDB, or in memory where it is already (or `fallback` and no IndexedDB). */
async function put(state: ProofState, e: Entry, fallback?: boolean): Promise<void> {
  const id = e.receipt.receiptId;
  if (state.memory.has(id)) return void state.memory.set(id, e);
  try {
    await db(state)('readwrite', (s) => (s.put(e, id), promisifyRequest(s.transaction)));
  } catch {
    if (fallback) state.memory.set(id, e);
  }
}

/** POSTs a receipt; true on any 2xx. A hung endpoint is given up on after 10 s. */
async function send(endpoint: string, r: Receipt, keepalive = false): Promise<boolean> {
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': r.receiptId },
      body: JSON.stringify(r),
      credentials: 'omit',
      keepalive,
      signal: keepalive ? undefined : AbortSignal.timeout(TIMEOUT),
    });
    return res.ok;
  } catch {
    return false;
  }
}

/** Sends every undelivered receipt that is due (all of them: `force`), then sets the next retry. */
async function deliver(state: ProofState, force: boolean): Promise<void> {
  const now = Date.now();
  let soonest = Infinity;
  for (const e of await all(state)) {
    if (e.delivered) continue;
    if (!force && e.next > now) {
      soonest = Math.min(soonest, e.next);
      continue;
    }
    const ok = await send(state.endpoint!, e.receipt);
    const attempts = e.attempts + 1;
    // Exponential back-off with jitter, from about a second up to an hour.
    const next = Date.now() + Math.min(MAX_BACKOFF, 2 ** attempts) * 1000 * (0.5 + Math.random() / 2);
    await put(state, { ...e, delivered: ok, attempts, next });
    if (ok) state.pending.delete(e.receipt.receiptId);
    if (!ok) soonest = Math.min(soonest, next);
    state.options.emit(e.receipt, ok ? 'delivered' : 'queued');
  }
  clearTimeout(state.timer);
  markQueued(soonest < Infinity);
  if (soonest < Infinity) state.timer = setTimeout(() => flush(state, false), Math.max(0, soonest - Date.now()));
}

/** One tab sends at a time (Web Locks); where they are missing, the receiver's dedupe covers. */
function flush(state: ProofState, force = false): Promise<void> {
  if (!state.endpoint) return Promise.resolve();
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return (state.chain = state.chain
    .then((): unknown =>
      locks ? locks.request(LOCK, { ifAvailable: true }, (lock) => lock && deliver(state, force)) : deliver(state, force),
    )
    .catch((e) => console.error('samtykke: receipt delivery failed', e)) as Promise<void>);
}

/** Makes the receipt of a decision once the receipts before it are made. */
function record(state: ProofState, c: Consent, previous: Consent | null, provenance?: ReceiptProvenance): Promise<Receipt> {
  const made = state.recording.then(() => makeReceipt(state, c, previous, provenance));
  state.recording = made.catch(() => undefined);
  return made;
}

/** Makes, keeps and starts sending one receipt, linked to the one before it. */
async function makeReceipt(
  state: ProofState,
  c: Consent,
  previous: Consent | null,
  provenance?: ReceiptProvenance,
): Promise<Receipt> {
  const { notice } = state.options;
  if (!notice) throw new Error('samtykke: this receipt keeper only delivers queued receipts');
  if (state.last === null && previous) state.last = (await all(state))[0]?.receipt.receiptId ?? null;
  const noticeHash = await sha256(canonical(shownNotice(notice.text, notice.language)));
  const receipt = buildReceipt(notice, c, noticeHash, previous ? state.last : null, provenance);
  state.last = receipt.receiptId;
  const entry: Entry = { receipt, delivered: false, attempts: 0, next: 0 };
  state.pending.set(receipt.receiptId, receipt);
  markQueued(true);
  await put(state, entry, true);
  void flush(state, true);
  return receipt;
}
