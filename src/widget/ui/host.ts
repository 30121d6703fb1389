/**
 * What the widget needs from the consent core, and nothing more. The element never touches the
 * cookie, the gates or the network itself: it renders `host` state and calls `host` methods, so
 * the consent logic stays testable without a UI and the UI without a browser's cookie jar.
 */
import type { Config, Consent, Receipt } from '../types.js';

export interface WidgetHost {
  /** The validated notice. */
  readonly config: Config;
  /** The visitor's current decision, or null before any (the banner shows then). */
  readonly consent: Consent | null;
  /** True when the current decision was made by honouring Global Privacy Control. */
  readonly gpcHonoured: boolean;
  /** Services shown in the second layer: the config's plus known trackers found on the page. */
  services(): Config['services'];
  acceptAll(): Promise<Consent>;
  rejectAll(): Promise<Consent>;
  /** Save choices from the second layer (method `custom`): every category and service id. */
  save(choices: Record<string, boolean>): Promise<Consent>;
  history(): Promise<Receipt[]>;
  /** Called after every change of `consent` (any source: this tab, another tab, the API). */
  subscribe(fn: () => void): () => void;
  /**
   * The URL the widget's script was loaded from (or any URL in the same directory): the sv, da
   * and de strings are fetched from `samtykke.<lang>.json` beside it. Without it, those
   * visitors get English.
   */
  readonly assetBase?: string;
}

/** Where a blocked iframe's placeholder asks for permission. */
export interface PlaceholderInfo {
  serviceId: string | null;
  serviceName: string;
  category: string;
  categoryTitle: string;
  /** Grants just this service (and its category, for this service only). */
  allow(): void;
}
