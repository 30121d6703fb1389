/**
 * Small HTTP helpers for the receiver: JSON answers, the content-type rule, and reading a body
 * with a hard size limit.
 *
 * The body reader must never hold more than the limit in memory, whatever the client claims
 * or sends: an oversized body is answered at once, the rest is never read, and the connection
 * is cut once the answer is out.
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
/**
 * Answers a request whose body will not be stored, without reading it. Reading stops at once
 * (the socket is paused: what the first read brought in, at most 64 KiB, is all that is ever
 * read), the answer goes out with `Connection: close`, and the connection is cut once it is
 * sent. A client that streams 4 GiB at a refused route costs one read, not 4 GiB.
 */
export declare function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number, error: string, headers?: Headers): void;
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
 * Reads the body as UTF-8 text, at most `limit` bytes. On overflow it stops reading and settles
 * at once with an error; the caller answers it with refuseUnread().
 */
export declare function readBody(req: IncomingMessage, limit: number): Promise<Body>;
