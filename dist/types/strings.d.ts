import { L as LegalBasis, R as Right } from './schema.js';
import { M as Method } from './schema2.js';

/**
 * Every word the widget itself says, as one typed table per language. A language module that
 * misses a string (or a `{placeholder}` in one) fails the typecheck, so no visitor ever meets a
 * blank button or a stray key. Tables are plain data, strings only, so that sv, da and de can
 * ship as JSON files fetched for the visitors who need them (scripts/languages.mjs).
 * The notice's own texts (titles, purposes, …) come from the config, not from here.
 */

/** A string with `{k}` somewhere in it, for `fill()` to replace. */
type Has<K extends string> = `${string}{${K}}${string}`;
interface Strings {
    /** Accessible name of the first layer's region landmark. */
    region: string;
    acceptAll: string;
    rejectAll: string;
    choose: string;
    save: string;
    close: string;
    /**
     * The name of the visitor's privacy choices: the label of the control that re-opens them after
     * a decision, and the second layer's title. One name for one thing.
     */
    reopen: string;
    /** The first layer's heading: who asks, and about what ("Resultat24 AS: informasjonskapsler"). */
    heading: Has<'controller'>;
    /**
     * The first layer's summary sentence when the notice has no `summary`: who, and the purposes
     * (a list of category titles, lower-cased where the language writes them so in a sentence).
     * A notice's own `summary` replaces only this; the two sentences below are always shown.
     */
    summary: Has<'controller'> & Has<'purposes'>;
    /** Who receives data if the visitor accepts: the providers of the notice's services (a list). */
    thirdParties: Has<'providers'>;
    /** That the choice can be changed at any time, and where (it names `reopen`). */
    changeAnyTime: string;
    /** Link to the controller's full privacy notice. */
    fullNotice: string;
    /** Shown beside the locked `necessary` switch. */
    alwaysOn: string;
    services: string;
    provider: string;
    purpose: string;
    legalBasis: string;
    cookies: string;
    transfer: string;
    /** Link text for a service's own privacy policy. */
    policy: string;
    data: string;
    retention: string;
    recipients: string;
    /** Heading of the notice summary (purposes, legal bases, …). */
    processing: string;
    rights: string;
    authority: string;
    controller: string;
    orgNumber: string;
    address: string;
    email: string;
    phone: string;
    dpo: string;
    /** A privacy contact that is not a data protection officer (`controller.privacyEmail`). */
    privacyContact: string;
    yourDecision: string;
    consentId: string;
    date: string;
    history: string;
    /**
     * The current decision came from the browser's Global Privacy Control signal: what happened,
     * in the visitor's words.
     */
    gpc: string;
    /** Announced (aria-live) after a decision. */
    saved: string;
    /** Each legal basis in plain words. */
    bases: Record<LegalBasis, string>;
    /** Each right as one plain sentence. */
    rightText: Record<Right, string>;
    /** How a decision was made, for the visitor's history. */
    methods: Record<Method, string>;
}

export type { Strings as S };
