import type { SignedIn, Visit } from './types.js';
/** GET /controller/sign-in (and the same form again after a refusal). */
export declare function signInPage(visit: Visit, status?: number, problem?: string): void;
/** POST /controller/sign-in: a session cookie and on to the overview, or the form again. */
export declare function signIn(visit: Visit, form: URLSearchParams): Promise<void>;
/** POST /controller/sign-out */
export declare function signOut(visit: SignedIn): Promise<void>;
