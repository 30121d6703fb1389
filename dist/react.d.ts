import { ReactNode } from 'react';
import { a as Consent } from './types/globals.js';
import './types/schema2.js';

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
declare function useConsent(): Consent | null | undefined;
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
declare function ConsentGate({ category, service, children, fallback, pending }: ConsentGateProps): ReactNode;

export { Consent, ConsentGate, useConsent, useGranted };
export type { ConsentGateProps };
