import type { SignedIn } from './types.js';
/** GET /controller/audit */
export declare function auditPage(visit: SignedIn): Promise<void>;
