/**
 * The words of SPEC.md as types: the notice (config, from its schema), the visitor's Consent and the proof
 * Receipt. Pure declarations; nothing here runs.
 */
export type { Text, LegalBasis, Right, Role, Controller, Category, ServiceCookie, Service, Purpose, CookieOptions, ConsentModeOptions, TrackerRule, Config, NoticeInput, ValidationProblem, ValidationResult, } from './notice/schema.js';
export type Method = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'withdraw' | 'api';
/** Where a decision was made (SPEC §7): the first layer, the second, an iframe placeholder, a page script, the browser (GPC). */
export type Via = 'banner' | 'dialog' | 'placeholder' | 'api' | 'browser';
/** SPEC §5. */
export interface Consent {
    id: string;
    timestamp: string;
    revision: string;
    method: Method;
    categories: Record<string, boolean>;
    services: Record<string, boolean>;
}
/** SPEC §7. */
export interface Receipt {
    v: 1;
    receiptId: string;
    consentId: string;
    timestamp: string;
    method: Method;
    revision: string;
    noticeHash: string;
    language: string;
    controller: {
        name: string;
        orgNumber?: string;
    };
    categories: Record<string, boolean>;
    services: Record<string, boolean>;
    gpc: boolean;
    url: string;
    userAgent: string;
    widget: string;
    previousReceiptId: string | null;
    expiresAt: string;
    /** Where the decision was made; absent in receipts of older widgets. */
    via?: Via;
    /** `navigator.userActivation.isActive` at the moment of the decision. */
    userActivation?: boolean;
    /** The site's opaque reference for the visitor, set with `identify()`, or null. */
    subject?: string | null;
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
