/**
 * The words of SPEC.md as types: the notice (config, from its schema), the visitor's Consent and the proof
 * Receipt. Pure declarations; nothing here runs.
 */
export type { Text, LegalBasis, Right, Role, Controller, Category, ServiceCookie, Service, Purpose, CookieOptions, ConsentModeOptions, TrackerRule, Config, NoticeInput, ValidationProblem, ValidationResult, } from './notice/schema.js';
/** The receipt contract (SPEC §7) is one module, shared with the receiver and the audit. */
export type { Method, Via, Receipt } from '../receipt/schema.js';
import type { Method, Receipt } from '../receipt/schema.js';
/** A visitor's decision (SPEC §5), as `get()` and the events hand it out. */
export interface Consent {
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
export interface ReadyDetail {
    /** The stored decision, or null when the visitor has not decided (or the notice is invalid). */
    consent: Consent | null;
}
/** Detail of `samtykke:change`. */
export interface ChangeDetail {
    /** The decision now in force. */
    consent: Consent | null;
    /** The decision it replaced, or null for a first decision. */
    previous: Consent | null;
    /** The category and service ids whose value changed. */
    changed: string[];
}
/** Detail of `samtykke:proof`. */
export interface ProofDetail {
    /** The receipt (SPEC §7) that was sent. */
    receipt: Receipt;
    /** `delivered` (a 2xx answer), or `queued`: it stays in the browser and is sent again later. */
    status: 'delivered' | 'queued';
}
