/**
 * What `createGates` (gate.ts) takes and returns, declared apart so that gate.ts, with their doc
 * comments, stays within the 300 lines a file may have. Types only; gate.ts re-exports them.
 */
import type { TrackerRule } from './trackers.generated.js';
import type { FramePolicy } from './frames.js';

/** What `createGates` asks the rest of the widget, and whom it tells what it did. */
export interface GateOptions {
  /** Has the visitor granted this category (and, when the gate names one, not refused this service)? */
  granted(category: string, service?: string): boolean;
  /** The nonce of samtykke's own script tag, for activated inline scripts under a strict CSP. */
  nonce?: string;
  /** Auto-blocking rules; empty to turn it off. */
  rules: TrackerRule[];
  /** A gate that stays closed for now (the UI puts placeholders on iframes). */
  onBlocked?(el: Element): void;
  /**
   * Does the notice declare this category and, when the gate names one, this service? Set once
   * the notice is trusted (before, nothing is granted anyway). A gate it does not declare stays
   * inert whatever is granted: the visitor was never told about it (SPEC §2, §4).
   */
  declared?(category: string, service?: string): boolean;
  /**
   * The notice's category of a declared service, so a known tracker tagged necessary is held
   * where the notice files it; the catalogue's category otherwise.
   */
  categoryOf?(service: string): string | undefined;
  /** A known tracker tagged `data-consent="necessary"`, held as `category` and `service` (each time it is looked at). */
  onMisfiled?(el: Element, held: { category: string; service: string }): void;
  /** The page's frame policy, when the notice turns it on: a frame it refuses needs a reload. */
  framePolicy?: FramePolicy;
  /** A held script was let run (its live copy is in the document): fast/vendors.ts tells its vendor. */
  onActivated?(script: HTMLScriptElement): void;
}

/** The page's gates (SPEC §2), as `createGates` returns them. */
export interface Gates {
  /** Activates every granted gate in the document, in document order. */
  scan(): Promise<void>;
  /** The options it was created with: set `declared` and `categoryOf` on them once the notice is trusted. */
  options: GateOptions;
}
