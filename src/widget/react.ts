/**
 * Entry of `samtykke/react` (dist/react.mjs): the visitor's decision in React components. It
 * reads whichever samtykke runs on the page (`init()` from `samtykke` or `samtykke/core`, the
 * drop-in script, or the guard) through `window.samtykke` and the `samtykke:*` events, so it
 * adds no second copy of the widget to the app, and holds no state of its own.
 *
 * Server rendering: nothing is decided on the server, so every hook answers "no decision, not
 * granted" there and during hydration, and a `<ConsentGate>` renders its fallback. Importing it
 * touches no DOM.
 */
import { createElement, Fragment, useSyncExternalStore, type ReactNode } from 'react';
import type { Consent } from './types.js';
import './globals.js';

const EVENTS = ['samtykke:ready', 'samtykke:change'] as const;

/** Re-renders subscribers on start-up and on every decision (also one made in another tab). */
function subscribe(onChange: () => void): () => void {
  for (const name of EVENTS) document.addEventListener(name, onChange);
  return () => {
    for (const name of EVENTS) document.removeEventListener(name, onChange);
  };
}

/** `get()` hands out a fresh frozen copy each call; React needs the same object while nothing changed. */
let lastConsent: Consent | null = null;
const sameDecision = (a: Consent | null, b: Consent | null) =>
  a === b || (!!a && !!b && a.id === b.id && a.timestamp === b.timestamp && a.method === b.method && a.revision === b.revision);

function consentSnapshot(): Consent | null {
  const current = window.samtykke?.get() ?? null;
  if (!sameDecision(current, lastConsent)) lastConsent = current;
  return lastConsent;
}

const nothingOnTheServer = () => null;
const notGrantedOnTheServer = () => false;

/**
 * The visitor's current decision (a frozen snapshot), or null before any decision, before
 * samtykke has started, and on the server. The component re-renders on every change.
 */
export function useConsent(): Consent | null {
  return useSyncExternalStore(subscribe, consentSnapshot, nothingOnTheServer);
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
}

/**
 * Renders its children only while the category (and service) is granted, else `fallback`. The
 * children are not rendered at all before consent, so nothing in them loads or runs.
 */
export function ConsentGate({ category, service, children, fallback = null }: ConsentGateProps): ReactNode {
  return createElement(Fragment, null, useGranted(category, service) ? children : fallback);
}

export type { Consent };
