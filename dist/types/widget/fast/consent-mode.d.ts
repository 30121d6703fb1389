/**
 * Google Consent Mode v2 (SPEC §6): the `default` (everything denied but security_storage)
 * before any Google tag can read it, and an `update` for each decision. Defines `gtag` and
 * `dataLayer` when the page has not, the way Google's snippet does: gtag.js only reads
 * `arguments` objects from dataLayer, so the stub pushes `arguments`, never an array.
 */
import type { Consent, ConsentModeOptions } from '../types.js';
/** The consent types for a decision; for none (the default) all denied but security_storage. */
export declare function consentTypes(c: Consent | null): Record<string, 'granted' | 'denied'>;
export declare function consentDefault(opts: ConsentModeOptions): void;
export declare function consentUpdate(c: Consent): void;
/** For Google Tag Manager triggers: `{ event: 'samtykke_change', samtykke: { <category>: boolean } }`. */
export declare function pushChange(c: Consent): void;
