/**
 * The decision cookie: encode, decode, read, write, and the deletion of other services' cookies
 * on withdrawal. Shared by the guard and the full bundle, so it imports nothing heavy.
 *
 * Never returns a decision it cannot fully account for: a value that is truncated, fails its
 * checksum, has another shape or unexpected keys decodes to `null` (no decision). The checksum
 * is not a signature (the browser holds no secret); it catches truncation, hand edits and other
 * software writing our cookie name, which is what "tampered" can mean for a first-party cookie.
 */
import type { Consent, CookieOptions, Method } from '../types.js';

/**
 * The decision methods a cookie may name: receipt/schema.ts `METHODS`, written again here because
 * the fast path imports nothing outside the widget (a unit test keeps the two lists the same).
 */
const METHODS: readonly Method[] = ['accept-all', 'reject-all', 'custom', 'gpc', 'withdraw', 'api'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** FNV-1a, 32 bits, base 36: cheap, synchronous, and enough to spot a truncated or edited value. */
export function checksum(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

export function encodeConsent(c: Consent): string {
  const json = JSON.stringify([1, c.id, c.timestamp, c.revision, c.method, c.categories, c.services]);
  return encodeURIComponent(json) + '.' + checksum(json);
}

/** For a parsed JSON value: an object (not an array) of booleans. */
const isMap = (v: unknown): v is Record<string, boolean> =>
  v instanceof Object && !Array.isArray(v) && Object.values(v).every((b) => typeof b === 'boolean');

/**
 * Decodes a cookie value; anything not exactly what `encodeConsent` wrote → null. The checksum
 * proves the value is ours and whole, so the shape checks below only guard against our own
 * older formats and against forgers who took the trouble to recompute it.
 */
export function decodeConsent(value: string | null | undefined): Consent | null {
  // A first visit has no cookie: answered here, not by an exception (throwing costs far more).
  if (!value) return null;
  try {
    const dot = value.lastIndexOf('.');
    const json = decodeURIComponent(value.slice(0, dot));
    const a = checksum(json) === value.slice(dot + 1) && JSON.parse(json);
    const [v, id, timestamp, revision, method, categories, services] = a;
    return a.length === 7 &&
      v === 1 &&
      UUID.test(id) &&
      Date.parse(timestamp) > 0 &&
      typeof revision === 'string' &&
      METHODS.includes(method) &&
      isMap(categories) &&
      isMap(services) &&
      categories.necessary
      ? { id, timestamp, revision, method, categories, services }
      : null;
  } catch {
    // No value, not ours, not whole, not JSON: no decision.
    return null;
  }
}

export function readCookie(name: string): string | null {
  try {
    for (const part of document.cookie.split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
    }
  } catch {
    // Sandboxed documents throw on access: no cookie.
  }
  return null;
}

export function readConsent(opts: CookieOptions): Consent | null {
  return decodeConsent(readCookie(opts.name));
}

/** Writes the decision. `Secure` on https, so the cookie never travels in clear. */
export function writeConsent(c: Consent, opts: CookieOptions): void {
  const maxAge = Math.round(opts.expiresAfterDays * 86400);
  document.cookie =
    `${opts.name}=${encodeConsent(c)}; Max-Age=${maxAge}; Path=${opts.path}` +
    (opts.domain ? `; Domain=${opts.domain}` : '') +
    `; SameSite=${opts.sameSite}` +
    (location.protocol === 'https:' || opts.sameSite === 'None' ? '; Secure' : '');
}

/** The host and each parent domain (no bare TLD): a.b.example.no → a.b.example.no, b.example.no, example.no. */
export function domainsOf(host: string): string[] {
  const parts = host.split('.');
  if (parts.length < 2 || /^[\d.]+$/.test(host) || host.includes(':')) return [host];
  return parts.slice(1).map((_, i) => parts.slice(i).join('.'));
}

/**
 * Deletes every cookie whose name equals one of `names` or matches one of `patterns` (whole
 * name), on this host (host-only) and on each parent domain, for the path `/` and the current
 * path's ancestors: a cookie is only removed by the same domain and path it was set with.
 * Returns the names it tried to delete.
 */
export function deleteCookies(names: string[], patterns: RegExp[]): string[] {
  const victims = document.cookie
    .split(';')
    .map((p) => p.slice(0, p.indexOf('=')).trim())
    .filter((n) => n && (names.includes(n) || patterns.some((re) => re.test(n))));
  const paths = ['/'];
  let p = location.pathname;
  while (p.length > 1) {
    paths.push(p);
    p = p.slice(0, p.lastIndexOf('/')) || '/';
  }
  for (const name of victims) {
    for (const path of paths) {
      const base = `${name}=; Max-Age=0; Path=${path}`;
      document.cookie = base;
      for (const d of domainsOf(location.hostname)) document.cookie = `${base}; Domain=${d}`;
    }
  }
  return victims;
}
