/**
 * What start-up is given (start.ts), and what begin.ts reads of it once the notice is trusted:
 * types only, in a leaf module so begin.ts need not import start.ts back.
 */
import type { mountControls } from './interface.js';
import type { Parts } from './parts.js';

/** Where the notice comes from: its JSON text (inline or fetched), or an object (`init(config)`). */
export type NoticeSource = { text: string } | { object: unknown } | { missing: string };

export interface StartOptions {
  /** The notice when it is here now (inline JSON); otherwise `later` brings it. */
  now?: NoticeSource;
  later?: Promise<NoticeSource>;
  parts: Parts;
  /** The nonce of samtykke's own script tag, for activated inline scripts under a strict CSP. */
  nonce?: string;
  /** Where the sv, da and de strings are fetched from (samtykke's own URL); none for bundles. */
  assetBase?: string;
  /**
   * Mounts the visitor interface (the widget element, re-open control, placeholders). Left out
   * by the headless entry (`samtykke/core`), whose page draws its own.
   */
  controls?: typeof mountControls;
}
