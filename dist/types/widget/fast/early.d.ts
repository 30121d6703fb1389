import { type Gates } from './gate.js';
import { type Notice } from './store.js';
import type { Config, Consent, ConsentModeOptions, CookieOptions, TrackerRule } from '../types.js';
export interface EarlyConfig extends Notice {
    cookie: CookieOptions;
    consentMode: false | ConsentModeOptions;
    rules: TrackerRule[];
}
export interface Early {
    /** The current decision (valid for this notice), or null. */
    consent: Consent | null;
    /** What the cookie held even if stale: its id is kept for the next decision. */
    stored: Consent | null;
    /** True when no valid notice is known: nothing is granted, whatever `consent` says. */
    closed: boolean;
    config: EarlyConfig | null;
    gates: Gates;
    granted(category: string, service?: string): boolean;
    /** Reads the cookie again (another tab may have decided). */
    reload(): void;
}
/** The notice parts `earlyConfig` reads: a validated `Config`, or the guard's lenient reading. */
export type NoticeParts = Pick<Config, 'revision' | 'categories' | 'services' | 'cookie' | 'googleConsentMode' | 'autoBlock'>;
/** The parts of a notice the guard needs. */
export declare function earlyConfig(c: NoticeParts): EarlyConfig;
export declare function startEarly(config: EarlyConfig | null, nonce?: string): Early;
