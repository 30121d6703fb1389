import type { SignedIn } from './types.js';
export declare const PAGE_SIZE = 50;
/** GET /controller/search */
export declare function searchPage(visit: SignedIn): Promise<void>;
/** GET /controller/person?consentId=… or ?subject=…: every receipt of one person, every field. */
export declare function personPage(visit: SignedIn): Promise<void>;
/** GET /controller/download?…&format=csv|json: a search or a history as a file, logged in the audit log. */
export declare function downloadFile(visit: SignedIn): Promise<void>;
