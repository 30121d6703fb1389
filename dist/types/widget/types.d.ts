/**
 * The words of SPEC.md as types: the notice (config, from its schema), the visitor's Consent and the proof
 * Receipt. Pure declarations; nothing here runs.
 */
export type { Text, LegalBasis, Right, Role, Controller, Category, ServiceCookie, Service, Purpose, CookieOptions, ConsentModeOptions, TrackerRule, Config, NoticeInput, ValidationProblem, ValidationResult, } from './notice/schema.js';
/** The receipt contract (SPEC §7) is one module, shared with the receiver and the audit. */
export type { Method, Via, Receipt } from '../receipt/schema.js';
import type { Method, Receipt } from '../receipt/schema.js';
/** SPEC §5. */
export interface Consent {
    id: string;
    timestamp: string;
    revision: string;
    method: Method;
    categories: Record<string, boolean>;
    services: Record<string, boolean>;
}
export interface ChangeDetail {
    consent: Consent | null;
    previous: Consent | null;
    changed: string[];
}
export interface ProofDetail {
    receipt: Receipt;
    status: 'delivered' | 'queued';
}
