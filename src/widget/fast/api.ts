/**
 * The public API of SPEC §5 (`window.samtykke`) and its DOM events. Decisions made here are
 * marked `via: "api"` with the page's user activation at the moment of the call, so a receipt
 * always tells a page script's decision from a visitor's click in the widget. A grant without
 * user activation (a timer, a scroll handler, a script on load) is refused by the decision part
 * (decide/grant.ts): only the visitor consents.
 *
 * It hands out no internal state: `get()` returns a frozen copy, and an id the notice does not
 * have is refused before anything is recorded.
 */
import type { ChangeDetail, Consent, ProofDetail, ReadyDetail, Receipt } from '../types.js';
import type { Controller } from './controller.js';
import type { RuntimeNotice } from './notice.js';

/** The details of samtykke's DOM events, fired on `document` as `samtykke:<name>`. */
export interface SamtykkeEventMap {
  /** `samtykke:ready`: once, after start-up. */
  ready: ReadyDetail;
  /** `samtykke:change`: every decision (first, update, withdrawal, GPC, another tab). */
  change: ChangeDetail;
  /** `samtykke:proof`: after each delivery attempt of a receipt. */
  proof: ProofDetail;
}

/** `'ready' | 'change' | 'proof'`: the names `on()` takes (the DOM events are `samtykke:<name>`). */
export type SamtykkeEventName = keyof SamtykkeEventMap;

/** SPEC §5. */
export interface SamtykkeAPI {
  /** The current decision (a frozen copy: changing it changes nothing), or null before any. */
  get(): Consent | null;
  /** Is this category (and, when named, this service within it) granted now? */
  granted(category: string, service?: string): boolean;
  /** Resolves once the category (and service) is granted; never rejects. */
  whenGranted(category: string, service?: string): Promise<void>;
  /** Listens to a samtykke event; returns the function that stops listening. */
  on<Name extends SamtykkeEventName>(event: Name, listener: (detail: SamtykkeEventMap[Name]) => void): () => void;
  /**
   * Grants every category and service the notice declares (method `accept-all`). Only from the
   * visitor's own click or key press: without user activation it rejects with a
   * `NotAllowedError` DOMException and records nothing.
   */
  acceptAll(): Promise<Consent>;
  /** Refuses everything but necessary (method `reject-all`). */
  rejectAll(): Promise<Consent>;
  /**
   * Grants (true) or refuses (false) categories and services by id; other ids keep their value.
   * Any `true` needs the visitor's own click or key press, as `acceptAll()` does.
   */
  set(choices: Record<string, boolean>): Promise<Consent>;
  /**
   * Withdraws every consent (method `withdraw`): deletes the cookies the notice lists for the
   * withdrawn services and, unless `reloadOnWithdraw` is false, reloads the page.
   */
  withdraw(): Promise<Consent>;
  /** Opens the second layer (does nothing with `samtykke/core`, which has no interface). */
  show(): void;
  /** This browser's receipts, newest first. */
  history(): Promise<Receipt[]>;
  /**
   * The site's opaque reference for the visitor (e.g. a keyed hash of a customer number), put in
   * later receipts; null stops. Throws a TypeError for an e-mail address or a fødselsnummer.
   */
  identify(subject: string | null): void;
}

const PREFIX = 'samtykke:';

export function emit<Name extends SamtykkeEventName>(name: Name, detail: SamtykkeEventMap[Name]): void {
  document.dispatchEvent(new CustomEvent(PREFIX + name, { detail }));
}

/** The ready detail once start-up is done: a listener added later still learns it. */
let readyDetail: SamtykkeEventMap['ready'] | null = null;

export function emitReady(consent: Consent | null): void {
  if (readyDetail) return; // once per page
  readyDetail = { consent };
  emit('ready', readyDetail);
}

/** `samtykke.on`: document events with their detail, and an unsubscribe function. */
export function on<Name extends SamtykkeEventName>(event: Name, listener: (detail: SamtykkeEventMap[Name]) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<SamtykkeEventMap[Name]>).detail);
  document.addEventListener(PREFIX + event, handler);
  if (event === 'ready' && readyDetail) {
    const detail = readyDetail as SamtykkeEventMap[Name];
    queueMicrotask(() => listener(detail));
  }
  return () => document.removeEventListener(PREFIX + event, handler);
}

/**
 * The trusted events whose dispatch means the visitor has just clicked or pressed a key: HTML's
 * activation-triggering input events and the ones that follow them. (Not `submit` or `change`:
 * a script's `form.requestSubmit()` or `checkbox.click()` makes the browser fire those trusted.)
 */
const VISITOR_EVENTS = /^(click|key(down|up)|(mouse|pointer)(down|up)|touchend)$/;

/** The activation a call had when it was made, while the pending API forwards it later. */
let heldActivation: boolean | null = null;

/**
 * Has the visitor just clicked or pressed a key (transient user activation)? Where the browser
 * has no `navigator.userActivation` (Safari before 16.4, Firefox before 120), only a call made
 * while the browser dispatches the visitor's own click or key press counts (`window.event`
 * trusted): a timer, a promise callback or a scroll handler does not.
 */
export function userActivation(): boolean {
  if (heldActivation !== null) return heldActivation;
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  if (activation) return activation.isActive === true;
  const event = (window as { event?: Event }).event;
  return !!event?.isTrusted && VISITOR_EVENTS.test(event.type) && (event as KeyboardEvent).key !== 'Escape';
}

/** Runs `call` as if the page's user activation were `activation` (what it was when the call was made). */
export function withActivation<Result>(activation: boolean, call: () => Result): Result {
  heldActivation = activation;
  try {
    return call();
  } finally {
    heldActivation = null;
  }
}

/**
 * Why `subject` is not a pseudonymous reference, or null. An e-mail address has an `@`; a
 * fødselsnummer or D-nummer is eleven digits, often written "DDMMYY NNNNN". Eleven digits inside
 * a hexadecimal hash (the keyed hash we recommend) are not refused: about one SHA-256 hex digest
 * in four has such a run, between the letters a-f.
 */
function personalSubject(subject: string): string | null {
  if (subject.includes('@')) return 'an e-mail address (an @)';
  if (/(^|[^\da-f])\d{6}[\s.-]?\d{5}(?![\da-f])/i.test(subject)) return 'a fødselsnummer (eleven digits)';
  return null;
}

/** Throws a TypeError unless `subject` is null or a pseudonymous reference `identify()` may keep. */
export function checkSubject(subject: unknown): void {
  if (subject !== null && (typeof subject !== 'string' || subject.length > 256)) {
    throw new TypeError('samtykke.identify(subject): subject must be a string of at most 256 characters, or null');
  }
  // The subject itself is not repeated in the message: that would put the personal data in logs.
  const personal = subject && personalSubject(subject);
  if (personal) {
    throw new TypeError(
      `samtykke.identify(subject): subject must be a pseudonymous reference such as a keyed hash, not ${personal}`,
    );
  }
}

/**
 * The API while nothing may be decided on this page view: the notice is missing or invalid, or
 * the interface that must ask the visitor could not be fetched. Nothing granted, every decision
 * refused with `why`.
 */
export function closedApi(why = 'no valid notice (config)'): SamtykkeAPI {
  const refuse = () => Promise.reject(new Error(`samtykke: ${why}; see the console error`));
  return {
    get: () => null,
    granted: () => false,
    whenGranted: () => new Promise<void>(() => {}),
    on,
    acceptAll: refuse,
    rejectAll: refuse,
    set: refuse,
    withdraw: refuse,
    show() {},
    history: async () => [],
    identify() {},
  };
}

export interface ApiDeps {
  controller: Controller;
  /** The trusted notice: its category and service ids are what `set()` accepts. */
  notice: Pick<RuntimeNotice, 'categories' | 'services'>;
  show(): void;
  history(): Promise<Receipt[]>;
}

export function createApi({ controller, notice, show, history }: ApiDeps): SamtykkeAPI {
  const services = Object.keys(notice.services);
  const viaApi = () => ({ via: 'api' as const, userActivation: userActivation() });

  function checkChoices(choices: unknown): string | null {
    if (!choices || typeof choices !== 'object' || Array.isArray(choices)) return 'choices must be an object of id → true/false';
    for (const [id, value] of Object.entries(choices)) {
      if (typeof value !== 'boolean') return `"${id}" must be true or false`;
      if (!notice.categories.includes(id) && !services.includes(id)) {
        return `"${id}" is neither a category nor a service of the notice`;
      }
    }
    return null;
  }

  return {
    get: () => controller.current(),
    granted: (category, service) => controller.granted(category, service),
    whenGranted(category, service) {
      return new Promise<void>((resolve) => {
        const check = () => {
          if (!controller.granted(category, service)) return;
          unsubscribe();
          resolve();
        };
        const unsubscribe = controller.subscribe(check);
        check();
      });
    },
    on,
    // A grant without user activation is refused by the decision part (decide/grant.ts), with
    // the activation taken here, at the call.
    acceptAll: () => controller.decide('accept-all', {}, viaApi()),
    rejectAll: () => controller.decide('reject-all', {}, viaApi()),
    set(choices) {
      const provenance = viaApi(); // now, before anything waits
      const problem = checkChoices(choices);
      if (problem) return Promise.reject(new TypeError(`samtykke.set(choices): ${problem}`));
      return controller.decide('api', { ...choices }, provenance);
    },
    withdraw: () => controller.decide('withdraw', {}, viaApi()),
    show,
    history,
    identify(subject) {
      checkSubject(subject);
      controller.identify(subject);
    },
  };
}
