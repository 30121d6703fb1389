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
import type { Config, Consent, Method } from '../types.js';
import { changedIds, isCurrent, isGranted } from './store.js';
import type { RuntimeNotice } from './notice.js';
import type { Provenance, ReceiptKeeper } from './provenance.js';

export type { Provenance, ReceiptKeeper } from './provenance.js';

export interface ControllerDeps {
  /** The notice the fast path decides with. */
  notice: RuntimeNotice;
  /** The fully validated notice and the decision maker; rejects when the notice is invalid. */
  decider(): Promise<{ config: Config; makeDecision(context: DecisionContext): Consent }>;
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
  receipts(config: Config): Promise<ReceiptKeeper>;
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

// eslint-disable-next-line max-lines-per-function -- split by the notice-flow work
export function createController(deps: ControllerDeps): Controller {
  const notice = deps.notice;
  const listeners = new Set<() => void>();
  let stored = deps.readCookie();
  let consent: Consent | null = isCurrent(stored, notice, deps.now()) ? stored : null;
  let subject: string | null = null;
  /** Decisions run one after another, in the order they were asked for. */
  let queue: Promise<unknown> = Promise.resolve();
  /** The receipt of this page's latest decision, kept (decide/decision.ts `kept`). */
  let receiptsKept: Promise<unknown> = Promise.resolve();

  const granted = (category: string, service?: string) => isGranted(consent, category, service);

  /** Everything a new decision changes on this page, in order. */
  function apply(next: Consent, previous: Consent | null): void {
    consent = stored = next;
    if (deps.consentMode) {
      deps.consentMode.update(next);
      deps.consentMode.change(next);
    }
    // Before the gates: a stub queues the decision ahead of the library it is about to load.
    deps.vendors?.tell(next);
    deps.scanGates();
    deps.emitChange({ consent: frozenCopy(next)!, previous: frozenCopy(previous), changed: changedIds(previous, next) });
    listeners.forEach((listener) => listener());
  }

  async function decideNow(method: Method, choices: Record<string, boolean>, provenance: Provenance): Promise<Consent> {
    // The full validator runs before any decision is recorded, whatever the fast path read.
    const { config, makeDecision } = await deps.decider();
    const next = makeDecision({
      notice,
      config,
      previous: consent,
      stored,
      method,
      choices,
      provenance,
      subject,
      apply,
      tellOtherTabs: deps.tellOtherTabs,
      receipts: deps.receipts,
      // Set before makeDecision returns, so before any gate this decision opens can ask for a
      // reload. The latest is enough: receipts are made one after another (proof/proof.ts).
      kept: (receipt) => void (receiptsKept = receipt),
      reload: deps.reload,
      now: deps.now,
    });
    return frozenCopy(next)!;
  }

  return {
    current: () => frozenCopy(consent),
    stored: () => frozenCopy(stored),
    granted,
    decide(method, choices, provenance) {
      const result = queue.then(() => decideNow(method, choices, provenance));
      queue = result.catch(() => undefined);
      return result;
    },
    fromOtherTab() {
      const previous = consent;
      const fresh = deps.readCookie();
      if (!isCurrent(fresh, notice, deps.now())) return;
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
