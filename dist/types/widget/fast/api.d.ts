/**
 * The public API of SPEC §5 (`window.samtykke`) and its DOM events. Decisions made here are
 * marked `via: "api"` with the page's user activation at the moment of the call, so a receipt
 * always tells a page script's decision from a visitor's click in the widget.
 *
 * It hands out no internal state: `get()` returns a frozen copy, and an id the notice does not
 * have is refused before anything is recorded.
 */
import type { Consent, ProofDetail, Receipt } from '../types.js';
import type { Controller } from './controller.js';
/** The details of samtykke's DOM events, fired on `document` as `samtykke:<name>`. */
export interface SamtykkeEventMap {
    ready: {
        consent: Consent | null;
    };
    change: {
        consent: Consent | null;
        previous: Consent | null;
        changed: string[];
    };
    proof: ProofDetail;
}
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
    acceptAll(): Promise<Consent>;
    rejectAll(): Promise<Consent>;
    /** Grants (true) or refuses (false) categories and services by id; other ids keep their value. */
    set(choices: Record<string, boolean>): Promise<Consent>;
    withdraw(): Promise<Consent>;
    /** Opens the second layer. */
    show(): void;
    /** This browser's receipts, newest first. */
    history(): Promise<Receipt[]>;
    /** The site's opaque reference for the visitor (e.g. a keyed hash of a customer number), put in later receipts. */
    identify(subject: string | null): void;
}
export declare function emit<Name extends SamtykkeEventName>(name: Name, detail: SamtykkeEventMap[Name]): void;
export declare function emitReady(consent: Consent | null): void;
/** `samtykke.on`: document events with their detail, and an unsubscribe function. */
export declare function on<Name extends SamtykkeEventName>(event: Name, listener: (detail: SamtykkeEventMap[Name]) => void): () => void;
/** Is the page handling a click or key press right now? (False where the browser cannot tell.) */
export declare function userActivation(): boolean;
/** The API while the notice is missing or invalid: nothing granted, every decision refused. */
export declare function closedApi(): SamtykkeAPI;
export interface ApiDeps {
    controller: Controller;
    /** Category ids and service ids of the notice: what `set()` accepts. */
    ids: {
        categories: string[];
        services: string[];
    };
    show(): void;
    history(): Promise<Receipt[]>;
}
export declare function createApi({ controller, ids, show, history }: ApiDeps): SamtykkeAPI;
