/**
 * The public API of SPEC §5 (`window.samtykke`) and its DOM events. Decisions made here are
 * marked `via: "api"` with the page's user activation at the moment of the call, so a receipt
 * always tells a page script's decision from a visitor's click in the widget.
 *
 * It hands out no internal state: `get()` returns a frozen copy, and an id the notice does not
 * have is refused before anything is recorded.
 */
import type { ChangeDetail, Consent, ProofDetail, ReadyDetail, Receipt } from '../types.js';
import type { Controller } from './controller.js';

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
  /** Grants every category and service the notice declares (method `accept-all`). */
  acceptAll(): Promise<Consent>;
  /** Refuses everything but necessary (method `reject-all`). */
  rejectAll(): Promise<Consent>;
  /** Grants (true) or refuses (false) categories and services by id; other ids keep their value. */
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
  /** The site's opaque reference for the visitor (e.g. a keyed hash of a customer number), put in later receipts. */
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

/** Is the page handling a click or key press right now? (False where the browser cannot tell.) */
export function userActivation(): boolean {
  return (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive === true;
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
  /** Category ids and service ids of the notice: what `set()` accepts. */
  ids: { categories: string[]; services: string[] };
  show(): void;
  history(): Promise<Receipt[]>;
}

export function createApi({ controller, ids, show, history }: ApiDeps): SamtykkeAPI {
  const viaApi = () => ({ via: 'api' as const, userActivation: userActivation() });

  function checkChoices(choices: unknown): string | null {
    if (!choices || typeof choices !== 'object' || Array.isArray(choices)) return 'choices must be an object of id → true/false';
    for (const [id, value] of Object.entries(choices)) {
      if (typeof value !== 'boolean') return `"${id}" must be true or false`;
      if (!ids.categories.includes(id) && !ids.services.includes(id)) {
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
      if (subject !== null && (typeof subject !== 'string' || subject.length > 256)) {
        throw new TypeError('samtykke.identify(subject): subject must be a string of at most 256 characters, or null');
      }
      controller.identify(subject);
    },
  };
}
