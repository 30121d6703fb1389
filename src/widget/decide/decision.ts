/**
 * Making a decision, in its fixed order: validate the notice, compute the next decision, write
 * the cookie, apply it to the page, tell other tabs, clean up after a withdrawal, keep and send
 * the receipt, and reload after a withdrawal. Fetched with the validator, because every decision
 * needs both; a page view that makes no decision never downloads it.
 *
 * It never records a decision for a notice the validator refused, and never grants what the
 * notice does not declare (the state machine only knows the notice's ids).
 */
import type { Provenance, ReceiptKeeper } from '../fast/provenance.js';
import { deleteCookies, readConsent, writeConsent } from '../fast/cookie.js';
import { decide, isGranted, withdrawnIds, NECESSARY } from '../fast/store.js';
import { refuseUnaskedGrant } from './grant.js';
import type { ValidatedNotice } from '../fast/notice.js';
import { uuid } from '../fast/uuid.js';
import type { Config, Consent, Method } from '../types.js';

/**
 * How long a reload waits for a kept receipt's delivery: long enough for any working endpoint,
 * short enough for the visitor who is waiting. A receipt not delivered by then stays queued
 * and goes out from the next page.
 */
const DELIVERY_WAIT = 2000;

/** Everything a decision touches, passed in by the fast path's controller (and by tests). */
export interface DecisionContext {
  /** The notice with its validated text: its settings, and its services' cookies. */
  notice: ValidatedNotice;
  previous: Consent | null;
  /** What the cookie held even if stale: its id is kept. */
  stored: Consent | null;
  method: Method;
  choices: Record<string, boolean>;
  provenance: Provenance;
  subject: string | null;
  /** Applies the decision to the page: gates, Consent Mode, events, listeners. */
  apply(next: Consent, previous: Consent | null): void;
  tellOtherTabs(): void;
  receipts(notice: ValidatedNotice): Promise<ReceiptKeeper>;
  /** Told the receipt's promise (kept, and its first delivery tried): a reload waits for it. */
  kept?(receipt: Promise<unknown>): void;
  reload(): void;
  now(): number;
  /** Cookie I/O and the id source, replaceable in tests. */
  io?: {
    write(consent: Consent): void;
    read(): Consent | null;
    deleteCookies(names: string[], patterns: RegExp[]): void;
    newId(): string;
  };
}

/** The cookie names and patterns of the services a withdrawal refuses: what code that already ran left behind. */
export function cookiesToDelete(
  config: Pick<Config, 'services'>,
  withdrawn: string[],
  next: Consent,
): { names: string[]; patterns: RegExp[] } {
  const names: string[] = [];
  const patterns: RegExp[] = [];
  for (const s of config.services) {
    if (s.category === NECESSARY || (!withdrawn.includes(s.id) && !withdrawn.includes(s.category))) continue;
    if (isGranted(next, s.category, s.id)) continue;
    for (const c of s.cookies ?? []) {
      if (c.pattern) patterns.push(new RegExp(`^(?:${c.pattern.replace(/^\^|\$$/g, '')})$`));
      else names.push(c.name);
    }
  }
  return { names, patterns };
}

export function makeDecision(context: DecisionContext): Consent {
  const { notice, previous, stored } = context;
  // Before anything is written: a page script's grant records nothing.
  refuseUnaskedGrant(context.method, context.choices, context.provenance);
  const io = context.io ?? {
    write: (consent: Consent) => writeConsent(consent, notice.cookie),
    read: () => readConsent(notice.cookie),
    deleteCookies,
    newId: uuid,
  };
  const next = decide(previous, context.method, context.choices, notice, context.now(), io.newId);
  if (!previous && stored) next.id = stored.id; // same browser, same consent id
  io.write(next);
  if (!io.read()) console.warn('samtykke: cookies are blocked here; this decision holds for this page only');
  context.apply(next, previous);
  context.tellOtherTabs();
  const withdrawn = withdrawnIds(previous, next);
  if (withdrawn.length) {
    const { names, patterns } = cookiesToDelete(notice.text, withdrawn, next);
    io.deleteCookies(names, patterns);
  }
  // The receipt is kept (IndexedDB) before a reload can take the page away (a withdrawal's here,
  // a granted frame's under the frame policy), and the delivery it starts is given a moment to
  // finish, so the receipt goes out once, from this page, not cut off and sent again from the
  // next; sending it never holds up the decision itself.
  const kept = context
    .receipts(notice)
    .then(async (keeper) => {
      await keeper.record(next, previous, { ...context.provenance, subject: context.subject });
      await keeper.settled?.(DELIVERY_WAIT);
    })
    .catch((e) => console.error('samtykke: receipt not recorded', e));
  context.kept?.(kept);
  if (withdrawn.length && notice.reloadOnWithdraw) void kept.then(context.reload);
  return next;
}
