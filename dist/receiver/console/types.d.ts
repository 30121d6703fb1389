/**
 * What the console's pages share: the console's own state (sessions, audit log, the last chain
 * check) beside the receiver's context, and one request being answered (`Visit`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReceiverContext } from '../context.js';
import type { VerifyResult } from '../chain.js';
import type { AuditLog } from './audit.js';
import type { Actor, Session, Sessions } from './session.js';
import type { Language, Words } from './words.js';
/** The outcome of the last chain check run from the console (or found in the audit log). */
export interface ChainCheck {
    at: string;
    result: VerifyResult;
    /** When the newest purge and erasure removal records were written, if any. */
    lastPurge: string | null;
    lastErase: string | null;
}
export interface ConsoleState {
    readonly receiver: ReceiverContext;
    readonly sessions: Sessions;
    readonly audit: AuditLog;
    lastCheck: ChainCheck | null;
    /** An erasure or check in progress: they run one at a time. */
    busy: Promise<unknown>;
}
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
