/**
 * The consent controller: the one place that owns the visitor's decision. It applies a decision
 * to the page in a fixed order — Consent Mode, vendors, gates, events, listeners — whether it was just
 * made here (by the decision part, decide/decision.ts, which writes the cookie, cleans up and
 * keeps the receipt) or in another tab. Everything it touches is passed in (`ControllerDeps`),
 * so the order is unit-tested without a browser.
 *
 * It never records a decision for a notice that has not passed the full validator on this page,
 * never grants what the notice does not declare, and never hands its state out: callers get
 * frozen copies.
 */
import type { DecisionContext } from '../decide/decision.js';
import type { Consent, Method } from '../types.js';
import { changedIds, isCurrent, isGranted } from './store.js';
import type { RuntimeNotice, ValidatedNotice } from './notice.js';
import type { Provenance, ReceiptKeeper } from './provenance.js';

export type { Provenance, ReceiptKeeper } from './provenance.js';

/**
 * The notice with its validated text, and the decision maker: what every decision, and every
 * part that shows the notice, waits for (made by decider.ts). Rejects when the notice is invalid.
 */
export type Decider = () => Promise<{ notice: ValidatedNotice; makeDecision(context: DecisionContext): Consent }>;

export interface ControllerDeps {
  /** The trusted notice: what a stored decision must answer (revision, expiry). */
  notice: RuntimeNotice;
  /** The notice with its validated text, and the decision maker; rejects when the notice is invalid. */
  decider: Decider;
  /** The decision cookie as it is now (null when absent, unreadable or tampered with). */
  readCookie(): Consent | null;
  /** Activates every gate the current decision grants. */
  scanGates(): void;
  /** Google Consent Mode's update and the dataLayer event, or null when Consent Mode is off. */
  consentMode: { update(consent: Consent): void; change(consent: Consent): void } | null;
  /** Tells the vendors whose code is on the page (fast/vendors.ts). */
  vendors?: { tell(consent: Consent): void };
  /** Fires `samtykke:change`. */
  emitChange(detail: { consent: Consent; previous: Consent | null; changed: string[] }): void;
  /** Tells other tabs that the cookie changed. */
  tellOtherTabs(): void;
  /** The receipt part, loaded when first needed. */
  receipts(notice: ValidatedNotice): Promise<ReceiptKeeper>;
  now(): number;
  reload(): void;
}

export interface Controller {
  /** The current decision (a frozen copy), or null. */
  current(): Consent | null;
  /** What the cookie held even if stale: its id is kept for the next decision. */
  stored(): Consent | null;
  granted(category: string, service?: string): boolean;
  /** Makes a decision; resolves with it once it has taken effect (its receipt is on its way). */
  decide(method: Method, choices: Record<string, boolean>, provenance: Provenance): Promise<Consent>;
  /** Another tab decided: its cookie is the truth. */
  fromOtherTab(): void;
  /** The site's opaque reference for the visitor, put in later receipts. */
  identify(subject: string | null): void;
  /** Called after every change (the interface's subscriptions, `whenGranted`). */
  subscribe(listener: () => void): () => void;
  /**
   * Resolves once the receipts of the decisions made so far on this page are kept in IndexedDB
   * (and their first delivery tried): what a reload of the page waits for (fast/frames.ts).
   */
  settled(): Promise<unknown>;
}

/** A deep copy that cannot be changed: what callers get instead of the controller's state. */
export function frozenCopy(consent: Consent | null): Consent | null {
  if (!consent) return null;
  return Object.freeze({
    ...consent,
    categories: Object.freeze({ ...consent.categories }),
    services: Object.freeze({ ...consent.services }),
  });
}

/**
 * What a decision changes on the page besides the controller's own state, in order: Consent
 * Mode, the vendors, the gates, the `samtykke:change` event.
 */
function applyToPage(deps: ControllerDeps, next: Consent, previous: Consent | null): void {
  if (deps.consentMode) {
    deps.consentMode.update(next);
    deps.consentMode.change(next);
  }
  // Before the gates: a stub queues the decision ahead of the library it is about to load.
  deps.vendors?.tell(next);
  deps.scanGates();
  deps.emitChange({ consent: frozenCopy(next)!, previous: frozenCopy(previous), changed: changedIds(previous, next) });
}

/** What the controller knows of a decision when its turn comes; the rest of its context is `deps`. */
type Asked = Omit<DecisionContext, 'notice' | 'tellOtherTabs' | 'receipts' | 'reload' | 'now'>;

/**
 * Makes one decision with the validated notice: the decision part records it and applies it
 * (`asked().apply`). `asked` is read once the notice is here, not before.
 */
async function decideNow(deps: ControllerDeps, asked: () => Asked): Promise<Consent> {
  // The full validator runs before any decision is recorded, whatever the fast path read.
  const { notice, makeDecision } = await deps.decider();
  const { tellOtherTabs, receipts, reload, now } = deps;
  return frozenCopy(makeDecision({ ...asked(), notice, tellOtherTabs, receipts, reload, now }))!;
}

export function createController(deps: ControllerDeps): Controller {
  const listeners = new Set<() => void>();
  let stored = deps.readCookie();
  let consent: Consent | null = isCurrent(stored, deps.notice, deps.now()) ? stored : null;
  let subject: string | null = null;
  /** Decisions run one after another, in the order they were asked for. */
  let queue: Promise<unknown> = Promise.resolve();
  /** The receipt of this page's latest decision, kept (decide/decision.ts `kept`). */
  let receiptsKept: Promise<unknown> = Promise.resolve();

  // Set before makeDecision returns, so before any gate this decision opens can ask for a
  // reload. The latest is enough: receipts are made one after another (proof/proof.ts).
  const kept = (receipt: Promise<unknown>) => void (receiptsKept = receipt);
  /** Everything a new decision changes on this page, in order. */
  function apply(next: Consent, previous: Consent | null): void {
    consent = stored = next;
    applyToPage(deps, next, previous);
    listeners.forEach((listener) => listener());
  }

  return {
    current: () => frozenCopy(consent),
    stored: () => frozenCopy(stored),
    granted: (category, service) => isGranted(consent, category, service),
    decide(method, choices, provenance) {
      // Read when this decision's turn comes and the validated notice is here, not now: the
      // decisions before it, or another tab, may change them meanwhile.
      const asked = () => ({ previous: consent, stored, method, choices, provenance, subject, apply, kept });
      const result = queue.then(() => decideNow(deps, asked));
      queue = result.catch(() => undefined);
      return result;
    },
    fromOtherTab() {
      const previous = consent;
      const fresh = deps.readCookie();
      if (!isCurrent(fresh, deps.notice, deps.now())) return;
      if (previous && fresh.timestamp === previous.timestamp && fresh.method === previous.method) return;
      apply(fresh, previous);
    },
    identify(next) {
      subject = next;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settled: () => receiptsKept,
  };
}
