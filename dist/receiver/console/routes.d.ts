/**
 * The controller's console at /controller/ (served by the admin handler, admin.ts): routing,
 * the session check, and the CSRF check of every POST.
 *
 * No page, and no download, is answered without a live session: a GET goes to the sign-in page
 * (303), a POST is refused (403). Every POST but the sign-in must carry the session's CSRF token
 * and come from this origin. Forms are small: a body over 4 KiB is refused unread.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReceiverContext } from '../context.js';
import type { ConsoleState } from './types.js';
/** The console's state for one receiver: sessions in memory, the audit log beside the store. */
export declare function createConsoleState(receiver: ReceiverContext): ConsoleState;
/** Answers one request under /controller. */
export declare function routeConsole(state: ConsoleState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
