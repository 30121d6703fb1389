import { ReactNode } from 'react';
import { a as Consent } from './types/globals.js';
import './types/schema2.js';

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

/**
 * The visitor's current decision (a frozen snapshot), or null before any decision, before
 * samtykke has started, and on the server. The component re-renders on every change.
 */
declare function useConsent(): Consent | null;
/**
 * Whether a category (and, when named, one of its services) is granted now; false before a
 * decision, before samtykke has started, and on the server. Re-renders when that changes.
 */
declare function useGranted(category: string, service?: string): boolean;
/** Props of `<ConsentGate>`. */
interface ConsentGateProps {
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
declare function ConsentGate({ category, service, children, fallback }: ConsentGateProps): ReactNode;

export { Consent, ConsentGate, useConsent, useGranted };
export type { ConsentGateProps };
