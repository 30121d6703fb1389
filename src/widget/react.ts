/**
 * Entry of `samtykke/react` (dist/react.mjs): the visitor's decision in React components. It
 * reads whichever samtykke runs on the page (`init()` from `samtykke` or `samtykke/core`, the
 * drop-in script, or the guard) through `window.samtykke` and the `samtykke:*` events, so it
 * adds no second copy of the widget to the app, and holds no state of its own.
 *
 * Three states, so an app can tell "not known yet" from "no decision": `useConsent()` is
 * `undefined` until samtykke on the page has started (on the server, during hydration, before
 * `init()` ran or while the notice is being validated), `null` once it has started and the
 * visitor has not decided, and the decision after that. A component that renders nothing (or a
 * box of the same size) while it is `undefined` never shows a returning visitor the "off" state
 * first; `<ConsentGate pending={…}>` does the same for a gate.
 *
 * Server rendering: nothing is known on the server, so the hooks answer "not started, not
 * granted" there and during hydration, and the page hydrates without a mismatch. Importing
 * this module touches no DOM.
 */
import { createElement, Fragment, useSyncExternalStore, type ReactNode } from 'react';
import type { Consent } from './types.js';
import './globals.js';

/**
 * Has samtykke on this page started (fired `samtykke:ready`)? Set once and kept: it starts once
 * per page. The API does not say so synchronously, so it is learnt from the event, or, for a
 * samtykke that started before this module subscribed, from `on('ready')`, which replays it.
 */
let started = false;

/** Re-renders subscribers on start-up and on every decision (also one made in another tab). */
function subscribe(onChange: () => void): () => void {
  const onReady = () => {
    started = true;
    onChange();
  };
  document.addEventListener('samtykke:ready', onReady);
  document.addEventListener('samtykke:change', onChange);
  const stopReplay = window.samtykke?.on('ready', onReady);
  return () => {
    stopReplay?.();
    document.removeEventListener('samtykke:ready', onReady);
    document.removeEventListener('samtykke:change', onChange);
  };
}

/** `get()` hands out a fresh frozen copy each call; React needs the same object while nothing changed. */
let lastConsent: Consent | null = null;
const sameDecision = (a: Consent | null, b: Consent | null) =>
  a === b || (!!a && !!b && a.id === b.id && a.timestamp === b.timestamp && a.method === b.method && a.revision === b.revision);

function consentSnapshot(): Consent | null | undefined {
  const current = window.samtykke?.get() ?? null;
  if (!sameDecision(current, lastConsent)) lastConsent = current;
  // A decision is known as soon as the API hands one out (a returning visitor's, read at once).
  return lastConsent ?? (started ? null : undefined);
}

const notStartedOnTheServer = () => undefined;
const notGrantedOnTheServer = () => false;

/**
 * The visitor's current decision (a frozen snapshot); `null` when samtykke has started and the
 * visitor has not decided; `undefined` while that is not known yet: on the server, during
 * hydration, and until samtykke on the page has started. The component re-renders on every
 * change.
 *
 * @example
 * const consent = useConsent();
 * if (consent === undefined) return null; // not known yet: show neither "on" nor "off"
 * return <p>{consent ? `Decided: ${consent.method}` : 'Not decided'}</p>;
 */
export function useConsent(): Consent | null | undefined {
  return useSyncExternalStore(subscribe, consentSnapshot, notStartedOnTheServer);
}

/**
 * Whether a category (and, when named, one of its services) is granted now; false before a
 * decision, before samtykke has started, and on the server. Re-renders when that changes.
 */
export function useGranted(category: string, service?: string): boolean {
  return useSyncExternalStore(subscribe, () => window.samtykke?.granted(category, service) ?? false, notGrantedOnTheServer);
}

/** Props of `<ConsentGate>`. */
export interface ConsentGateProps {
  /** The category id that must be granted, e.g. `"marketing"`. */
  category: string;
  /** A service id of that category that must be granted too, e.g. `"youtube"`. */
  service?: string;
  /** What is rendered only once consent is granted. */
  children?: ReactNode;
  /** What is rendered until then (for example a note with a `data-samtykke-open` button); nothing by default. */
  fallback?: ReactNode;
  /**
   * What is rendered while the decision is not known yet (on the server, during hydration, until
   * samtykke has started), e.g. an empty box of the children's size, so a returning visitor who
   * consented never sees `fallback` first. `fallback` when left out.
   */
  pending?: ReactNode;
}

/**
 * Renders its children only while the category (and service) is granted, else `fallback` (or
 * `pending`, while the decision is not known yet). The children are not rendered at all before
 * consent, so nothing in them loads or runs.
 */
export function ConsentGate({ category, service, children, fallback = null, pending }: ConsentGateProps): ReactNode {
  const known = useConsent() !== undefined;
  const granted = useGranted(category, service);
  return createElement(Fragment, null, granted ? children : known || pending === undefined ? fallback : pending);
}

export type { Consent };
