import { type CoreOptions, type SamtykkeAPI } from './core.js';
import { type Early } from './early.js';
import type { ValidationResult } from '../types.js';
declare global {
    interface Window {
        samtykke?: SamtykkeAPI;
        /** Left by samtykke-guard.js for the full bundle to adopt. */
        __samtykkeEarly?: Early;
    }
}
export declare function report(r: ValidationResult): void;
export declare function boot(o: Omit<CoreOptions, 'early' | 'nonce' | 'assetBase'>): SamtykkeAPI;
