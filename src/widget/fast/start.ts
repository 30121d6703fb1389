/**
 * Start-up of every page view, first in <head>: the Consent Mode default, auto-blocking and
 * gating at once; then the decision. A returning visitor whose notice text passed the validator
 * in this browser before gets their decision applied right here, with no other file fetched.
 * Any other notice waits for the validator (gates stay closed meanwhile), and a visitor without
 * a decision gets the interface, requested at once so it arrives while the page still loads.
 *
 * It fails closed: a notice that is missing, unreadable or invalid, or a part that cannot be
 * fetched, leaves every gate closed and every decision refused.
 */
import { resolveLanguage } from '../i18n/language.js';
import type { Config, Consent, Receipt, ValidationResult } from '../types.js';
import { closedApi, createApi, emit, emitReady, on, userActivation, type SamtykkeAPI } from './api.js';
import { consentDefault, consentUpdate, pushChange } from './consent-mode.js';
import { createController, type Controller, type Provenance } from './controller.js';
import { readConsent } from './cookie.js';
import { createGates } from './gate.js';
import type { Controls, mountControls } from './interface.js';
import { guardNetwork } from './network.js';
import { applyFramePolicy } from './frames.js';
import {
  builtInRules,
  readLeniently,
  rememberValidated,
  runtimeNotice,
  wasValidated,
  UNDECLARED,
  type RuntimeNotice,
} from './notice.js';
import type { DecidePart, Parts, Receipts } from './parts.js';
import { queuedReceipts } from './queue.js';
import { nextTask } from './tasks.js';

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

/** Prints the validator's findings: one error message (fail closed) and one warning message. */
function report(result: ValidationResult, format: (kind: 'error' | 'warning', list: ValidationResult['errors']) => string): void {
  if (result.errors.length) console.error(format('error', result.errors));
  if (result.warnings.length) console.warn(format('warning', result.warnings));
}

function domReady(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else queueMicrotask(run);
}

export function start(options: StartOptions): SamtykkeAPI {
  const { parts, nonce } = options;
  let controller: Controller | null = null;
  let api: SamtykkeAPI | null = null;
  let controls: Controls | null = null;
  /** show() was called before the page's body was there. */
  let showWanted = false;
  const undeclaredWarned = new Set<string>();

  const granted = (category: string, service?: string) => !!controller && controller.granted(category, service);
  const earlyNotice = options.now && 'text' in options.now ? readLeniently(options.now.text) : null;

  // Consent Mode's default before any Google tag can read it: from the notice as read now, or
  // (a notice still to come) the basic mode's.
  const consentMode = earlyNotice ? earlyNotice.consentMode : { mode: 'basic' as const, waitForUpdate: 500 };
  if (consentMode) consentDefault(consentMode);

  const gates = createGates({
    granted,
    nonce,
    // Before the notice is known, the built-in list holds every known tracker back.
    rules: earlyNotice ? earlyNotice.rules : builtInRules(),
    onBlocked(el) {
      const service = el.getAttribute('data-service') ?? '';
      if (!controller) return; // the notice is not trusted yet (or never will be): nothing to say
      if (el.getAttribute('data-consent') === UNDECLARED) {
        if (!undeclaredWarned.has(service)) {
          undeclaredWarned.add(service);
          console.warn(
            `samtykke: auto-blocking holds "${service}", a known tracker the notice does not declare; it stays blocked whatever the visitor chooses. Declare it in "services" to offer it as a choice.`,
          );
        }
        return;
      }
      if (el instanceof HTMLIFrameElement) controls?.placeholder(el);
    },
  });
  guardNetwork(gates.options);
  gates.scan();

  /** The API before the notice is settled: queries answer "nothing decided", the rest waits. */
  let settle: (a: SamtykkeAPI) => void;
  const settled = new Promise<SamtykkeAPI>((resolve) => (settle = resolve));
  const later = <Name extends keyof SamtykkeAPI>(name: Name) =>
    ((...args: unknown[]) =>
      api
        ? (api[name] as (...x: unknown[]) => unknown)(...args)
        : settled.then((a) => (a[name] as (...x: unknown[]) => unknown)(...args))) as SamtykkeAPI[Name];
  const facade: SamtykkeAPI = {
    get: () => api?.get() ?? null,
    granted: (category, service) => api?.granted(category, service) ?? false,
    on,
    whenGranted: later('whenGranted'),
    acceptAll: later('acceptAll'),
    rejectAll: later('rejectAll'),
    set: later('set'),
    withdraw: later('withdraw'),
    show: later('show'),
    history: later('history'),
    identify: later('identify'),
  };

  /** Nothing is granted, ever, on this page: the notice is missing, unreadable or invalid. */
  function failClosed(): void {
    api = closedApi();
    settle(api);
    domReady(() => emitReady(null));
  }

  /** The notice is trusted (validated now, or byte-for-byte validated before): decide with it. */
  function begin(trusted: RuntimeNotice, decider: () => Promise<DecidePart & { config: Config }>): void {
    gates.options.rules = trusted.rules;
    const language = resolveLanguage(trusted.parts.language);
    const validated = () => decider().then((part) => part.config);
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('samtykke') : null;
    let receipts: Receipts | null = null;
    const loadReceipts = (config: Config) =>
      parts.receipts().then(
        (part) =>
          (receipts ??= part.createReceipts({
            config,
            language: () => language,
            emit: (receipt, status) => emit('proof', { receipt, status }),
          })),
      );
    const trustedConsentMode = trusted.consentMode;
    const decisions = (controller = createController({
      notice: trusted,
      decider,
      readCookie: () => readConsent(trusted.cookie),
      scanGates: () => void gates.scan(),
      consentMode: trustedConsentMode ? { update: consentUpdate, change: pushChange } : null,
      emitChange: (detail) => emit('change', detail),
      tellOtherTabs: () => channel?.postMessage('change'),
      receipts: loadReceipts,
      now: Date.now,
      reload: () => location.reload(),
    }));
    if (channel) channel.onmessage = () => decisions.fromOtherTab();
    else setInterval(() => decisions.fromOtherTab(), 1000);

    const current = decisions.current();
    // The default was sent from the notice as first read; a notice that turned on Consent Mode
    // only in its validated form sends it now, then the returning visitor's update.
    if (trustedConsentMode && !consentMode) consentDefault(trustedConsentMode);
    if (current && trustedConsentMode) consentUpdate(current);

    const history = (): Promise<Receipt[]> =>
      validated()
        .then(loadReceipts)
        .then(
          (r) => r.history(),
          () => [],
        );
    api = createApi({
      controller: decisions,
      ids: { categories: trusted.categories, services: Object.keys(trusted.services) },
      show: () => (controls ? controls.show() : (showWanted = true)),
      history,
    });
    settle(api);
    gates.scan();

    // A first visit with Global Privacy Control: the signal is the visitor's answer (SPEC §4).
    let gpcHonoured = false;
    const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
    if (!current && trusted.parts.gpc === 'honor' && gpc) {
      gpcHonoured = true;
      const provenance: Provenance = { via: 'browser', userActivation: userActivation() };
      void decisions.decide('gpc', {}, provenance).catch(() => undefined);
    }

    // No decision: the interface is needed, so ask for it now (it arrives while the page loads).
    const needsInterface = !current && !gpcHonoured;
    if (needsInterface && options.controls) void parts.ui().catch(() => undefined);
    // A receipt still waiting from an earlier page view goes out now. (No mark at all: a browser
    // that decided before the mark existed; look once.)
    const queued = queuedReceipts();
    const endpoint = trusted.parts.proof?.endpoint;
    if (endpoint && (queued === 'yes' || (queued === 'unknown' && decisions.stored()))) {
      void parts
        .receipts()
        .then((part) => part.deliverQueued(endpoint, (receipt, status) => emit('proof', { receipt, status })))
        .catch(() => undefined);
    }

    domReady(() => {
      const show = () => controls?.show();
      controls =
        options.controls?.({
          notice: trusted,
          language,
          connection: () =>
            validated().then((config) => ({
              config,
              controller: decisions,
              history,
              gpcHonoured: () => gpcHonoured || decisions.current()?.method === 'gpc',
              assetBase: options.assetBase,
            })),
          parts,
          controller: decisions,
          showBanner: needsInterface,
        }) ?? null;
      if (showWanted) controls?.show();
      // A privacy page with a cookie declaration: only then is its part fetched.
      if (options.controls && document.querySelector('samtykke-declaration')) {
        Promise.all([parts.declaration(), validated()]).then(
          ([part, config]) => part.connectDeclarations({ config, controller: decisions, show, assetBase: options.assetBase }),
          () => undefined, // reported by the loader; the element stays empty
        );
      }
      gates.scan();
      emitReady(decisions.current());
    });
  }

  /**
   * Settles the notice: trusted at once, after the validator, or refused. `lenient` is the
   * notice's lenient reading when start-up already made it (an inline notice), so it is not read twice.
   */
  function settleNotice(source: NoticeSource, lenient?: RuntimeNotice | null): void {
    if ('missing' in source) {
      console.error(`samtykke: the notice (config) is invalid, so nothing gated will run:\n  - (root): ${source.missing}`);
      return failClosed();
    }
    /** The validator's answer for this notice, asked for once, with the decision maker. */
    let validation: Promise<DecidePart & { config: Config }> | null = null;
    const decider = () =>
      (validation ??= parts.decide().then(async (part) => {
        // The validator's module has just been evaluated: validation waits for a task of its own.
        await nextTask();
        const result = 'text' in source ? part.parseConfig(source.text) : part.validate(source.object);
        report(result, part.formatProblems);
        if (!result.config) throw new Error('samtykke: the notice (config) is invalid; see the console error');
        if ('text' in source) rememberValidated(source.text);
        return { ...part, config: result.config };
      }));
    const read = 'text' in source ? (lenient ?? readLeniently(source.text)) : null;
    if (read && 'text' in source && wasValidated(source.text)) return begin(read, decider);
    // New to this browser: the validator decides before anything opens, so its fetch starts
    // first. A visitor with no decision stored will need the interface: fetch it now, beside the
    // validator, instead of after it (it only connects once the notice is validated). (A
    // headless page, with no interface at all, fetches none.)
    const validated = decider();
    if (options.controls && (!read || !readConsent(read.cookie))) void parts.ui().catch(() => undefined);
    validated.then(
      // The gates and the interface start in a task after the validator's, not at its end.
      (part) => nextTask().then(() => begin(runtimeNotice(part.config), decider)),
      () => failClosed(),
    );
  }

  if (options.now) settleNotice(options.now, earlyNotice);
  else if (options.later) options.later.then(settleNotice, (e: Error) => settleNotice({ missing: e.message }));
  else settleNotice({ missing: 'no notice found' });
  // The frame policy must be in <head> before the parser reaches the body, so only an inline
  // notice can turn it on; made after the notice is settled, it lists what a returning visitor granted.
  const frames = earlyNotice?.parts.autoBlock && earlyNotice.parts.autoBlock.frames;
  if (frames && earlyNotice.rules.length) gates.options.framePolicy = applyFramePolicy(earlyNotice.rules, granted, frames);

  return facade;
}

export type { Consent };
