/**
 * The contract between the consent controller (controller.ts) and the decision part
 * (decide/decision.ts) about a decision's origin and its receipt: types only, in a leaf module so
 * neither of the two imports the other back.
 */
import type { Consent, Via } from '../types.js';

/** How a decision came about, for its receipt (SPEC §7). */
export interface Provenance {
  via: Via;
  /**
   * Whether the visitor had just clicked or pressed a key when the decision was asked for
   * (api.ts `userActivation()`); a page script's grant without it is refused (decide/grant.ts).
   */
  userActivation: boolean;
}

/** What the receipt part does with a decision (proof/proof.ts). */
export interface ReceiptKeeper {
  record(consent: Consent, previous: Consent | null, provenance: Provenance & { subject: string | null }): Promise<unknown>;
  /** Resolves once the deliveries started so far were tried, or after `limit` ms (proof/proof.ts). */
  settled?(limit: number): Promise<void>;
}
