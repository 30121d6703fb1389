import { M as Method, R as Receipt } from './schema2.js';

/**
 * The words of SPEC.md as types: the notice (config, from its schema), the visitor's Consent and the proof
 * Receipt. Pure declarations; nothing here runs.
 */

/** A visitor's decision (SPEC §5), as `get()` and the events hand it out. */
interface Consent {
    /** Stable, random id of this browser's consent (a UUID); it stays across decisions. */
    id: string;
    /** When this decision was made (ISO 8601). */
    timestamp: string;
    /** The notice `revision` this decision answers. */
    revision: string;
    /** How it was made: `accept-all`, `reject-all`, `custom`, `gpc`, `withdraw` or `api`. */
    method: Method;
    /** Category id → granted; `necessary` is always true. */
    categories: Record<string, boolean>;
    /** Service id → granted. */
    services: Record<string, boolean>;
}
/** Detail of `samtykke:ready`. */
interface ReadyDetail {
    /** The stored decision, or null when the visitor has not decided (or the notice is invalid). */
    consent: Consent | null;
}
/** Detail of `samtykke:change`. */
interface ChangeDetail {
    /** The decision now in force. */
    consent: Consent | null;
    /** The decision it replaced, or null for a first decision. */
    previous: Consent | null;
    /** The category and service ids whose value changed. */
    changed: string[];
}
/** Detail of `samtykke:proof`. */
interface ProofDetail {
    /** The receipt (SPEC §7) that was sent. */
    receipt: Receipt;
    /** `delivered` (a 2xx answer), or `queued`: it stays in the browser and is sent again later. */
    status: 'delivered' | 'queued';
}

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

/** The details of samtykke's DOM events, fired on `document` as `samtykke:<name>`. */
interface SamtykkeEventMap {
    /** `samtykke:ready`: once, after start-up. */
    ready: ReadyDetail;
    /** `samtykke:change`: every decision (first, update, withdrawal, GPC, another tab). */
    change: ChangeDetail;
    /** `samtykke:proof`: after each delivery attempt of a receipt. */
    proof: ProofDetail;
}
/** `'ready' | 'change' | 'proof'`: the names `on()` takes (the DOM events are `samtykke:<name>`). */
type SamtykkeEventName = keyof SamtykkeEventMap;
/** SPEC §5. */
interface SamtykkeAPI {
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

/**
 * What samtykke adds to the browser's own types, for the package's users: `window.samtykke`
 * and the detail of each `samtykke:*` event on `document`, so a listener added with
 * `document.addEventListener('samtykke:change', (e) => e.detail.consent)` is typed.
 * Declarations only; nothing here runs.
 */

declare global {
    interface Window {
        /** samtykke's API (SPEC §5), there once the drop-in script, the guard or `init()` has run. */
        samtykke?: SamtykkeAPI;
    }
    interface DocumentEventMap {
        /** Once, after start-up: the stored decision, or null before any. */
        'samtykke:ready': CustomEvent<SamtykkeEventMap['ready']>;
        /** Every decision: first, update, withdrawal, GPC, another tab. */
        'samtykke:change': CustomEvent<SamtykkeEventMap['change']>;
        /** After each delivery attempt of a receipt. */
        'samtykke:proof': CustomEvent<SamtykkeEventMap['proof']>;
    }
}

export type { ChangeDetail as C, ProofDetail as P, ReadyDetail as R, SamtykkeAPI as S, Consent as a, SamtykkeEventMap as b, SamtykkeEventName as c };
