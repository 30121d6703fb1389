import type { IncomingMessage } from 'node:http';
export declare const SESSION_COOKIE = "samtykke_console";
/** Who did something, as the audit log records it: no full address, no full user agent. */
export interface Actor {
    /** The first 12 hex digits of the SHA-256 of the token signed in with. */
    token: string;
    /** The client's network (IPv4 /24, IPv6 /48). */
    ip: string | null;
    /** The browser in a few words ("Chrome 131 on Linux"). */
    agent: string;
}
export interface Session {
    id: string;
    csrf: string;
    created: number;
    lastSeen: number;
    actor: Actor;
}
/** The cookies of a request, by name (the first of each name). */
export declare function parseCookies(req: IncomingMessage): Map<string, string>;
/** A short fingerprint of a secret (a token) or an identifier: enough to match, not to recover. */
export declare function fingerprint(text: string, digits?: number): string;
/** The browser and system in a few words, from a User-Agent header. */
export declare function shortAgent(userAgent: string | undefined): string;
/** The in-memory sessions of one receiver. */
export declare class Sessions {
    private readonly now;
    private readonly sessions;
    constructor(now?: () => number);
    /** A new session for the client of `req`, signed in with `token`. */
    create(req: IncomingMessage, token: string, address: string | null): Session;
    /** The live session the request's cookie names (its idle clock restarted), or null. */
    find(cookies: Map<string, string>): Session | null;
    end(session: Session): void;
}
/** Set-Cookie for a session (`id` empty: the cookie is removed). */
export declare function sessionCookie(id: string, secure: boolean): string;
/** Whether the form's CSRF token is the session's (compared in constant time). */
export declare function csrfMatches(session: Session, given: string | null): boolean;
/**
 * Whether a POST came from the console's own pages: an Origin header (browsers send one with
 * every form POST) naming this host, and no Sec-Fetch-Site saying otherwise.
 */
export declare function sameOrigin(req: IncomingMessage): boolean;
