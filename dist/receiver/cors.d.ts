/**
 * Which web pages may talk to the receiver (CORS).
 *
 * Only the configured origins (exact match), the receiver's own origin, and clients that send no
 * Origin at all (servers, curl: CORS is a browser rule) are let through. It must never answer
 * `Access-Control-Allow-Origin` for an origin that is not configured, and a refused origin is
 * refused outright (403), so a forged receipt from a foreign page is not even stored.
 */
import type { IncomingMessage } from 'node:http';
import type { Headers } from './http.js';
export type Origins = readonly string[] | '*';
/** Checks and normalises configured origins ("https://A.example/" → "https://a.example"). */
export declare function normaliseOrigins(origins: Origins | undefined): Origins;
export type CorsDecision = {
    allowed: true;
    headers: Headers;
} | {
    allowed: false;
    origin: string;
};
export declare function decideCors(req: IncomingMessage, origins: Origins): CorsDecision;
/** The preflight answer's extra headers: only what the widget's POST needs. */
export declare const PREFLIGHT_HEADERS: Headers;
