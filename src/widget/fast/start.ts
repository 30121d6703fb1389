/**
 * Start-up of every page view, first in <head>: the Consent Mode default, auto-blocking and
 * gating at once; then the decision. A returning visitor whose notice text passed the validator
 * in this browser before gets their decision applied right here, with no other file fetched.
 * Any other notice waits until it is trusted (gates stay closed meanwhile): through its stamp
 * (validated ahead, decider.ts), or the validator. A visitor without a decision gets the
 * interface, requested at once so it arrives while the page still loads.
 * Once the notice is trusted, begin.ts takes over.
 *
 * It fails closed: a notice that is missing, unreadable or invalid, or a part that cannot be
 * fetched, leaves every gate closed and every decision refused.
 */
import type { Consent } from '../types.js';
import { closedApi, emitReady, type SamtykkeAPI } from './api.js';
import { asksConsent, begin, domReady, type PageState } from './begin.js';
import { consentDefault } from './consent-mode.js';
import { readConsent } from './cookie.js';
import { DEFAULT_CONSENT_MODE } from '../notice/defaults.js';
import { deciderFor, type Decider } from './decider.js';
import { reportBlocked } from './blocked.js';
import { applyFramePolicy } from './frames.js';
import { createGates, type Gates } from './gate.js';
import { guardNetwork } from './network.js';
import { builtInRules, readLeniently, wasValidated, type RuntimeNotice } from './notice.js';
import { preloadStrings, type Parts } from './parts.js';
import { pendingApi } from './pending-api.js';
import type { NoticeSource, StartOptions } from './start-options.js';
import { nextTask } from './tasks.js';

export type { NoticeSource, StartOptions } from './start-options.js';

/**
 * Starts samtykke on this page: gating at once, then the notice settled and the decision applied.
 * Returns the API of SPEC §5 (`window.samtykke`), which answers from the first moment.
 */
export function start(options: StartOptions): SamtykkeAPI {
  const state: PageState = { controller: null, controls: null, showWanted: false };
  const granted = (category: string, service?: string) => !!state.controller && state.controller.granted(category, service);
  const earlyNotice = options.now && 'text' in options.now ? readLeniently(options.now.text) : null;

  // Consent Mode's default before any Google tag can read it: from the notice as read now, or
  // (a notice still to come) the basic mode's.
  const consentMode = earlyNotice ? earlyNotice.consentMode : DEFAULT_CONSENT_MODE;
  if (consentMode) consentDefault(consentMode);

  const gates = startGating(state, granted, earlyNotice, options.nonce);
  const pending = pendingApi();
  const settling: Settling = {
    parts: options.parts,
    assetBase: options.assetBase,
    wantsInterface: !!options.controls,
    trust: (notice, decider) =>
      begin({ notice, decider, gates, state, start: options, consentDefaultSent: !!consentMode, settle: pending.settle }),
    failClosed() {
      // Nothing is granted, ever, on this page: the notice is missing, unreadable or invalid.
      pending.settle(closedApi());
      domReady(() => emitReady(null));
    },
  };
  if (options.now) settleNotice(options.now, settling, earlyNotice);
  else if (options.later)
    options.later.then(
      (source) => settleNotice(source, settling),
      (e: Error) => settleNotice({ missing: e.message }, settling),
    );
  else settleNotice({ missing: 'no notice found' }, settling);
  // The frame policy must be in <head> before the parser reaches the body, so only an inline
  // notice can turn it on; made after the notice is settled, it lists what a returning visitor granted.
  if (earlyNotice?.frames && earlyNotice.rules.length)
    gates.options.framePolicy = applyFramePolicy(earlyNotice.rules, granted, earlyNotice.frames, () =>
      state.controller?.settled(),
    );

  return pending.api;
}

/**
 * Gating and auto-blocking from the first moment. Before the notice is trusted nothing is
 * granted and nothing is said; after, what stays closed is reported as blocked.ts says.
 */
function startGating(
  state: PageState,
  granted: (category: string, service?: string) => boolean,
  earlyNotice: RuntimeNotice | null,
  nonce: string | undefined,
): Gates {
  const gates: Gates = createGates({
    granted,
    nonce,
    // Before the notice is known, the built-in list holds every known tracker back.
    rules: earlyNotice ? earlyNotice.rules : builtInRules(),
    ...reportBlocked({
      // The notice is not trusted yet (or never will be): nothing to say.
      trusted: () => !!state.controller,
      options: () => gates.options,
      placeholder: (iframe) => state.controls?.placeholder(iframe),
    }),
  });
  guardNetwork(gates.options);
  // Never rejects: createGates reports a failed activation itself and goes on with the next.
  void gates.scan();
  return gates;
}

/** How a settled notice is acted on. */
interface Settling {
  parts: Parts;
  /** Where the sv, da and de strings are fetched from (samtykke.js's URL); none for bundles. */
  assetBase?: string;
  /** The page has the visitor interface (not the headless entry). */
  wantsInterface: boolean;
  /** The notice is trusted: decide with it. */
  trust(notice: RuntimeNotice, decider: Decider): void;
  failClosed(): void;
}

/**
 * Settles the notice: trusted at once, after the validator, or refused. `lenient` is the
 * notice's lenient reading when start-up already made it (an inline notice), so it is not read
 * twice. The trusted notice is made once: the lenient reading when this exact text passed the
 * validator in this browser before, else the decider's, from the validated Config.
 */
function settleNotice(source: NoticeSource, how: Settling, lenient?: RuntimeNotice | null): void {
  if ('missing' in source) {
    console.error(`samtykke: the notice (config) is invalid, so nothing gated will run:\n  - (root): ${source.missing}`);
    return how.failClosed();
  }
  const { parts } = how;
  const read = 'text' in source ? (lenient ?? readLeniently(source.text)) : null;
  const trusted = read && 'text' in source && wasValidated(source.text) ? read : null;
  /** The validated notice (through its stamp, or the validator), asked for once. */
  const decider = deciderFor(source, parts, trusted);
  if (trusted) return how.trust(trusted, decider);
  // New to this browser: its stamp or the validator decides before anything opens, so that
  // fetch starts first. A visitor with no decision stored will need the interface: fetch it
  // now, beside it, instead of after it (it only connects once the notice is trusted). (A
  // headless page, with no interface at all, fetches none; nor does a notice that asks nothing.)
  const validated = decider();
  if (how.wantsInterface && (!read || (asksConsent(read) && !readConsent(read.cookie)))) {
    void parts.first().catch(() => undefined);
    if (read) preloadStrings(read.language, how.assetBase);
  }
  validated.then(
    // The gates and the interface start in a task after the validator's, not at its end.
    ({ notice }) => nextTask().then(() => how.trust(notice, decider)),
    () => how.failClosed(),
  );
}

export type { Consent };
