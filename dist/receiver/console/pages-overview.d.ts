import type { SignedIn } from './types.js';
/** GET /controller/overview */
export declare function overviewPage(visit: SignedIn): Promise<void>;
