/**
 * The admin side of a receiver: the Bearer export (GET /consent-proofs), GET /metrics,
 * GET /healthz and the controller's console (/controller/). With `separateAdmin` (the CLI's
 * `--admin-port`) only `receiver.admin` serves them, on a listener operators alone can reach,
 * and the public handler takes receipts only; without it the public handler serves them too,
 * as SPEC §9 describes (`samtykke-receiver --port 8787` exports on that port).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReceiverContext } from './context.js';
import type { Headers } from './http.js';
import type { ProofStore } from './store.js';
/** Whether a path belongs to the admin side (besides GET on the receipts path). */
export declare function isAdminPath(pathname: string): boolean;
/**
 * GET /consent-proofs with a Bearer token: the export. Logged on stderr and in the console's
 * audit log (who: the token's fingerprint and the client's network; what: the query, how many).
 */
export declare function serveExport(context: ReceiverContext, req: IncomingMessage, res: ServerResponse, url: URL, headers: Headers, log: ProofStore, client: string): Promise<void>;
/** Answers one request to the admin side. */
export declare function routeAdmin(context: ReceiverContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
/** Parses the URL, then routes to the admin side; a URL that does not parse is a 400. */
export declare function adminRoute(context: ReceiverContext, req: IncomingMessage, res: ServerResponse): Promise<void>;
