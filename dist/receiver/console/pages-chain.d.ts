import type { SignedIn } from './types.js';
/** GET /controller/chain */
export declare function chainPage(visit: SignedIn, notice?: string): Promise<void>;
/** POST /controller/verify: runs verify (one at a time), records it, shows the chain page. */
export declare function verifyNow(visit: SignedIn): Promise<void>;
/** GET /controller/erase?consentId=… (or subject): the confirmation step. */
export declare function eraseConfirmPage(visit: SignedIn): void;
/** POST /controller/erase (after the confirmation): erases, logs it, shows the outcome. */
export declare function eraseNow(visit: SignedIn, form: URLSearchParams): Promise<void>;
