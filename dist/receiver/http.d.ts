/**
 * Small HTTP helpers for the receiver: JSON answers, the content-type rule, and reading a body
 * with a hard size limit.
 *
 * The body reader must never hold more than the limit in memory, whatever the client claims
 * or sends: an oversized body is answered at once and the rest is thrown away unread (and the
 * connection cut if the client keeps going).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
export type Headers = Record<string, string>;
export declare function sendJson(res: ServerResponse, status: number, body: unknown, headers?: Headers): void;
export declare function sendError(res: ServerResponse, status: number, error: string, headers?: Headers): void;
/** Starts a streamed answer (export): the caller writes the body. */
export declare function startStream(res: ServerResponse, contentType: string, headers?: Headers): void;
/**
 * Writes a chunk, waiting when the client reads slower than the log is read. Rejects if the
 * client goes away, so an abandoned export stops reading the log instead of waiting forever.
 */
export declare function write(res: ServerResponse, chunk: string): Promise<void>;
/** Why the request's Content-Type is not JSON, or null. A charset, if given, must be UTF-8. */
export declare function contentTypeProblem(req: IncomingMessage): string | null;
/** `tooBig`: the rest of the body is left unread, so the connection cannot be reused. */
export type Body = {
    ok: true;
    text: string;
} | {
    ok: false;
    error: string;
    tooBig?: boolean;
};
/**
 * Reads the body as UTF-8 text, at most `limit` bytes. On overflow it settles at once with an
 * error; the caller answers it (with `connection: close`) while the rest drains unread.
 */
export declare function readBody(req: IncomingMessage, limit: number): Promise<Body>;
