/**
 * One receipt (SPEC §7) as this browser keeps it: how it is made from a decision, and how long
 * the browser keeps it. It carries no more about the person than the decision needs: a receipt
 * that grants nothing beyond necessary proves no consent, so it leaves the user agent out.
 */
import type { Consent, Receipt } from '../types.js';
import type { Provenance } from '../fast/controller.js';
import type { ValidatedNotice } from '../fast/notice.js';
import { grantsConsent } from '../../receipt/grants.js';
import { ONE_DAY_MS } from '../notice/defaults.js';
import { uuid } from '../fast/uuid.js';
import { VERSION } from './version.generated.js';

/** What receipts name as their widget (SPEC §7): the version is package.json's, written at build time. */
export const WIDGET = `samtykke@${VERSION}`;

/** A receipt in samtykke's IndexedDB store, with its delivery state. */
export interface Entry {
  receipt: Receipt;
  delivered: boolean;
  attempts: number;
  /** Epoch ms before which the in-page timer does not retry. */
  next: number;
}

/** The decision a receipt is made for comes with how it was made (SPEC §7) and by whom. */
export type ReceiptProvenance = Provenance & { subject: string | null };

/**
 * Whether the browser still keeps a receipt. The notice states how long a decision lives
 * (`cookie.expiresAfterDays`, the receipt's `expiresAt`); once it has expired the receipt proves
 * nothing the visitor still has, so it is dropped, but never while it waits for delivery to the
 * controller's endpoint: the controller's copy is the proof. Without an endpoint nothing waits.
 */
export function keptInBrowser(entry: Entry, now: number, endpoint: string | undefined): boolean {
  const expiresAt = Date.parse(entry.receipt.expiresAt);
  if (!(expiresAt <= now)) return true; // alive (or unreadable: kept rather than guessed away)
  return !entry.delivered && !!endpoint;
}

/** The receipt (SPEC §7) of decision `c`, for `notice` shown in its language, with a fresh id. */
export function buildReceipt(
  notice: Pick<ValidatedNotice, 'text' | 'language' | 'expiresAfterDays'>,
  c: Consent,
  noticeHash: string,
  previousReceiptId: string | null,
  provenance?: ReceiptProvenance,
): Receipt {
  return {
    v: 1,
    receiptId: uuid(),
    consentId: c.id,
    timestamp: c.timestamp,
    method: c.method,
    revision: c.revision,
    noticeHash,
    language: notice.language,
    controller: { name: notice.text.controller.name, orgNumber: notice.text.controller.orgNumber },
    categories: c.categories,
    services: c.services,
    gpc: (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    url: location.origin + location.pathname,
    // Only a consent needs to be shown to have come from this browser (GDPR art. 5(1)(c)).
    ...(grantsConsent(c) ? { userAgent: navigator.userAgent } : {}),
    widget: WIDGET,
    previousReceiptId,
    expiresAt: new Date(Date.parse(c.timestamp) + notice.expiresAfterDays * ONE_DAY_MS).toISOString(),
    via: provenance?.via ?? 'api',
    userActivation: provenance?.userActivation ?? false,
    subject: provenance?.subject ?? null,
  };
}
