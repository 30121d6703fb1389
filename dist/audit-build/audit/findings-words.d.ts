/**
 * The words of the audit's findings: why each kind matters, what to do about it, and how a
 * request or a cookie is described in its evidence (findings.ts decides what is found).
 */
import type { Attribution, CookieRecord, Phase, RequestRecord } from './types.js';
export declare const WHY: {
    withoutConsent: string;
    undeclaredCookie: string;
    undeclaredThirdParty: string;
    leftBehind: string;
    consentMode: string;
    receipt: string;
    endpoint: string;
    buttons: string;
    a11y: string;
    widget: string;
};
export declare const FIX: {
    withoutConsent: string;
    undeclaredCookie: string;
    undeclaredThirdParty: string;
    leftBehind: string;
    consentMode: string;
    receipt: string;
    endpoint: string;
    buttons: string;
    a11y: string;
    widget: string;
};
export declare const party: (thirdParty: boolean) => "third party" | "first party";
export declare const expiry: (d: number | null) => string;
export declare const what: (a: Attribution) => string;
export declare const Cap: (s: string) => string;
/** What a request did, in plain words. */
export declare const DOING: Record<string, string>;
export declare function requestText(r: RequestRecord, phase: Phase): string;
export declare function cookieText(c: CookieRecord, phase: Phase): string;
