/**
 * What the console's pages share: the console's own state (sessions, audit log, the last chain
 * check) beside the receiver's context, and one request being answered (`Visit`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsoleState } from '../context.js';
import type { Actor, Session } from './session.js';
import type { Language, Words } from './words.js';
export type { ChainCheck, ConsoleState } from '../context.js';
/** One request to the console. */
export interface Visit {
    readonly req: IncomingMessage;
    readonly res: ServerResponse;
    readonly path: string;
    readonly query: URLSearchParams;
    readonly cookies: Map<string, string>;
    readonly language: Language;
    readonly words: Words;
    /** The request came over HTTPS (directly, or said so by a trusted proxy). */
    readonly secure: boolean;
    /** The client's full address (for the rate limit; the audit log keeps its prefix only). */
    readonly address: string | null;
    /** Set-Cookie headers to send with the answer (the language switch). */
    readonly cookiesOut: string[];
    readonly state: ConsoleState;
}
/** A visit with a live session. */
export interface SignedIn extends Visit {
    readonly session: Session;
}
/** The actor of a visit, for the audit log. */
export declare function actorOf(visit: SignedIn): Actor;
