import type { Consent } from '../types.js';
import { type SamtykkeAPI } from './api.js';
import type { Parts } from './parts.js';
/** Where the notice comes from: its JSON text (inline or fetched), or an object (`init(config)`). */
export type NoticeSource = {
    text: string;
} | {
    object: unknown;
} | {
    missing: string;
};
export interface StartOptions {
    /** The notice when it is here now (inline JSON); otherwise `later` brings it. */
    now?: NoticeSource;
    later?: Promise<NoticeSource>;
    parts: Parts;
    /** The nonce of samtykke's own script tag, for activated inline scripts under a strict CSP. */
    nonce?: string;
    /** Where the sv, da and de strings are fetched from (samtykke's own URL); none for bundles. */
    assetBase?: string;
}
export declare function start(options: StartOptions): SamtykkeAPI;
export type { Consent };
