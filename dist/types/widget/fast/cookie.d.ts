/**
 * The decision cookie: encode, decode, read, write, and the deletion of other services' cookies
 * on withdrawal. Shared by the guard and the full bundle, so it imports nothing heavy.
 *
 * Never returns a decision it cannot fully account for: a value that is truncated, fails its
 * checksum, has another shape or unexpected keys decodes to `null` (no decision). The checksum
 * is not a signature (the browser holds no secret); it catches truncation, hand edits and other
 * software writing our cookie name, which is what "tampered" can mean for a first-party cookie.
 */
import type { Consent, CookieOptions } from '../types.js';
/** FNV-1a, 32 bits, base 36: cheap, synchronous, and enough to spot a truncated or edited value. */
export declare function checksum(s: string): string;
export declare function encodeConsent(c: Consent): string;
/**
 * Decodes a cookie value; anything not exactly what `encodeConsent` wrote → null. The checksum
 * proves the value is ours and whole, so the shape checks below only guard against our own
 * older formats and against forgers who took the trouble to recompute it.
 */
export declare function decodeConsent(value: string | null | undefined): Consent | null;
export declare function readCookie(name: string): string | null;
export declare function readConsent(opts: CookieOptions): Consent | null;
/** Writes the decision. `Secure` on https, so the cookie never travels in clear. */
export declare function writeConsent(c: Consent, opts: CookieOptions): void;
/** The host and each parent domain (no bare TLD): a.b.example.no → a.b.example.no, b.example.no, example.no. */
export declare function domainsOf(host: string): string[];
/**
 * Deletes every cookie whose name equals one of `names` or matches one of `patterns` (whole
 * name), on this host (host-only) and on each parent domain, for the path `/` and the current
 * path's ancestors: a cookie is only removed by the same domain and path it was set with.
 * Returns the names it tried to delete.
 */
export declare function deleteCookies(names: string[], patterns: RegExp[]): string[];
