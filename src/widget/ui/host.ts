/**
 * What the widget needs from the consent core, and nothing more. The element never touches the
 * cookie, the gates or the network itself: it renders `host` state and calls `host` methods, so
 * the consent logic stays testable without a UI and the UI without a browser's cookie jar.
 */
import type { Language } from '../i18n/language.js';
import type { Config, Consent, Receipt } from '../types.js';

export interface WidgetHost {
  /** The validated notice's text: what is shown. */
  readonly config: Config;
  /** The language it is shown in: the notice's, resolved for this page once (fast/notice.ts). */
  readonly language: Language;
  /** The visitor's current decision, or null before any (the banner shows then). */
  readonly consent: Consent | null;
  /** True when the current decision was made by honouring Global Privacy Control. */
  readonly gpcHonoured: boolean;
  /** Services shown in the second layer: the ones the notice declares. */
  services(): Config['services'];
  /**
   * The answers. `trigger` is the click or key event that asked for it: only a real person's
   * event inside the widget makes the receipt say `via: "banner"` or `"dialog"`; anything else
   * (a page script calling this) is recorded as `via: "api"`.
   */
  acceptAll(trigger?: Event): Promise<Consent>;
  rejectAll(trigger?: Event): Promise<Consent>;
  /** Save choices from the second layer (method `custom`): every category and service id. */
  save(choices: Record<string, boolean>, trigger?: Event): Promise<Consent>;
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

export type { PlaceholderInfo } from '../fast/controls.js';
