/**
 * What happens once the notice is trusted (validated now, or byte-for-byte validated in this
 * browser before): the decisions are made with it, the API of SPEC §5 answers, Global Privacy
 * Control is honoured, a queued receipt goes out, and the visitor interface is mounted.
 */
import type { Receipt } from '../types.js';
import type { Decider } from './decider.js';
import { closedApi, createApi, emit, emitReady, userActivation, type SamtykkeAPI } from './api.js';
import { consentDefault, consentUpdate, pushChange } from './consent-mode.js';
import { createController, type Controller, type Provenance } from './controller.js';
import { readConsent } from './cookie.js';
import { declaredBy, type Gates } from './gate.js';
import type { Controls } from './interface.js';
import type { RuntimeNotice, ValidatedNotice } from './notice.js';
import { preloadStrings, type Parts, type Receipts } from './parts.js';
import { queuedReceipts } from './queue.js';
import type { StartOptions } from './start-options.js';
import { createVendors, watchVendors, type Vendors } from './vendors.js';

export type { Decider };

/** What start-up learns as it goes, shared with the gates' callbacks and the API. */
export interface PageState {
  /** The decisions, once the notice is trusted. */
  controller: Controller | null;
  /** The re-open control, placeholders and interface, once mounted. */
  controls: Controls | null;
  /** show() was called before the page's body was there. */
  showWanted: boolean;
}

export interface BeginOptions {
  /** The trusted notice: every setting this page acts on, read once (notice.ts). */
  notice: RuntimeNotice;
  /** The notice with its validated text, and the decision maker, when first needed. */
  decider: Decider;
  gates: Gates;
  state: PageState;
  start: StartOptions;
  /** Consent Mode's default went out at start-up (from the notice as first read). */
  consentDefaultSent: boolean;
  /** Hands the API of SPEC §5 to the page (`window.samtykke` forwards to it from then on). */
  settle(api: SamtykkeAPI): void;
}

/** What the page has once the decisions are wired: what the interface and the API answer from. */
interface Wired extends BeginOptions {
  decisions: Controller;
  history(): Promise<Receipt[]>;
}

/** Starts deciding with the trusted notice. */
export function begin(options: BeginOptions): void {
  const { notice, decider, gates, state, start } = options;
  gates.options.rules = notice.rules;
  Object.assign(gates.options, declaredBy(notice));
  const receipts = receiptsLoader(start.parts);
  const vendors = createVendors(notice);
  const decisions = (state.controller = createDecisions(notice, decider, gates, receipts, vendors));
  const wired: Wired = { ...options, decisions, history: historyOf(decider, receipts) };
  const current = decisions.current();
  // The default was sent from the notice as first read; a notice that turned on Consent Mode
  // only in its validated form sends it now, then the returning visitor's update.
  if (notice.consentMode && !options.consentDefaultSent) consentDefault(notice.consentMode);
  if (current && notice.consentMode) consentUpdate(current);
  // Each vendor with a consent API of its own, on the page, is told the returning visitor's decision.
  watchVendors(vendors, decisions.current, gates.options, domReady);

  options.settle(
    createApi({
      controller: decisions,
      notice,
      show: () => (state.controls ? state.controls.show() : (state.showWanted = true)),
      history: wired.history,
    }),
  );
  // Never rejects: createGates reports a failed activation itself and goes on with the next.
  void gates.scan();

  // A notice with nothing but necessary asks nothing (SPEC §4), not even GPC's refusal is recorded.
  const asks = asksConsent(notice);
  const gpcHonoured = asks && !current && honourGpc(notice, decisions);
  // No decision: the interface is needed, so ask for it now (it arrives while the page loads).
  const needsInterface = asks && !current && !gpcHonoured;
  if (needsInterface && start.controls) fetchInterface(wired);
  deliverQueued(notice, decisions, start.parts);
  domReady(() => mountInterface(wired, { showBanner: needsInterface, asksNothing: !asks, gpcHonoured }));
}

/** A first visit's interface, asked for at once with its words beside it (not one round trip after). */
function fetchInterface({ notice, start, settle }: Wired): void {
  preloadStrings(notice.language, start.assetBase);
  start.parts.first().catch(() => {
    // The visitor cannot be asked, so nothing is decided on this page view, whatever the API
    // is asked (SPEC §1, the files beside it). The loader has said which file failed.
    settle(closedApi('the interface could not be fetched'));
  });
}

/**
 * Once the page's body is there: the visitor interface (re-open control, placeholders, the
 * first layer when `showBanner`), the cookie declarations, the gates scanned again, and ready.
 */
function mountInterface(wired: Wired, how: { showBanner: boolean; asksNothing: boolean; gpcHonoured: boolean }): void {
  const { notice, decider, decisions, state, start, gates } = wired;
  state.controls =
    start.controls?.({
      notice,
      connection: () =>
        decider().then((validated) => ({
          notice: validated.notice,
          controller: decisions,
          history: wired.history,
          gpcHonoured: () => how.gpcHonoured || decisions.current()?.method === 'gpc',
          userActivation,
          assetBase: start.assetBase,
        })),
      parts: start.parts,
      controller: decisions,
      showBanner: how.showBanner,
      asksNothing: how.asksNothing,
    }) ?? null;
  if (state.showWanted) state.controls?.show();
  if (start.controls) connectDeclarations(wired);
  // Never rejects: createGates reports a failed activation itself and goes on with the next.
  void gates.scan();
  emitReady(decisions.current());
}

/** A privacy page with a cookie declaration: only then is its part fetched, and connected. */
function connectDeclarations({ start, decider, decisions, state }: Wired): void {
  if (!document.querySelector('samtykke-declaration')) return;
  const show = () => state.controls?.show();
  Promise.all([start.parts.declaration(), decider()]).then(
    ([part, { notice }]) =>
      part.connectDeclarations({ notice, controller: decisions, show, userActivation, assetBase: start.assetBase }),
    () => undefined, // reported by the loader; the element stays empty
  );
}

/**
 * Whether the notice has anything to ask: a category besides `necessary`. Without one, no gate
 * and no service outside necessary can ever be granted (a gate or service of a category the
 * notice lacks stays inert), so there is no choice to offer (SPEC §4): no first layer, no GPC
 * refusal recorded, and `samtykke:ready` carries null (no decision exists, none is needed).
 */
export const asksConsent = (notice: RuntimeNotice): boolean => notice.categories.some((id) => id !== 'necessary');

/** The controller, wired to this page: cookie, gates, Consent Mode, events, other tabs, receipts. */
function createDecisions(
  notice: RuntimeNotice,
  decider: Decider,
  gates: Gates,
  receipts: (notice: ValidatedNotice) => Promise<Receipts>,
  vendors: Vendors,
): Controller {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('samtykke') : null;
  const decisions = createController({
    notice,
    decider,
    readCookie: () => readConsent(notice.cookie),
    scanGates: () => void gates.scan(),
    consentMode: notice.consentMode ? { update: consentUpdate, change: pushChange } : null,
    vendors,
    emitChange: (detail) => emit('change', detail),
    tellOtherTabs: () => channel?.postMessage('change'),
    receipts,
    now: Date.now,
    reload: () => location.reload(),
  });
  if (channel) channel.onmessage = () => decisions.fromOtherTab();
  else setInterval(() => decisions.fromOtherTab(), 1000);
  return decisions;
}

/** The receipt keeper, made from its part once, by whichever asks first: a decision or history(). */
function receiptsLoader(parts: Parts): (notice: ValidatedNotice) => Promise<Receipts> {
  let keeper: Receipts | null = null;
  return (notice) =>
    parts
      .receipts()
      .then(
        (part) => (keeper ??= part.createReceipts({ notice, emit: (receipt, status) => emit('proof', { receipt, status }) })),
      );
}

/** This browser's receipts, newest first; none when the notice or the part fails. */
function historyOf(decider: Decider, receipts: (notice: ValidatedNotice) => Promise<Receipts>): () => Promise<Receipt[]> {
  return () =>
    decider()
      .then(({ notice }) => receipts(notice))
      .then(
        (keeper) => keeper.history(),
        () => [],
      );
}

/** A first visit with Global Privacy Control: the signal is the visitor's answer (SPEC §4). */
function honourGpc(notice: RuntimeNotice, decisions: Controller): boolean {
  const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  if (!notice.honoursGpc || !gpc) return false;
  const provenance: Provenance = { via: 'browser', userActivation: userActivation() };
  void decisions.decide('gpc', {}, provenance).catch(() => undefined);
  return true;
}

/**
 * A receipt still waiting from an earlier page view goes out now. (No mark at all: a browser that
 * decided before the mark existed; look once.)
 */
function deliverQueued(notice: RuntimeNotice, decisions: Controller, parts: Parts): void {
  const queued = queuedReceipts();
  const endpoint = notice.proofEndpoint;
  if (!endpoint || !(queued === 'yes' || (queued === 'unknown' && decisions.stored()))) return;
  void parts
    .receipts()
    .then((part) => part.deliverQueued(endpoint, (receipt, status) => emit('proof', { receipt, status })))
    .catch(() => undefined);
}

/** Runs `run` once the page's body is there. */
export function domReady(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else queueMicrotask(run);
}
