/**
 * The evidence tables of one scenario (evidence.ts records, this file shapes): cookies and
 * storage entries seen, each with who wrote it and what it belongs to; and the empty answers the
 * audit gives third parties it does not contact.
 */
import type { Route } from 'playwright-core';
import { attributeCookie, attributeStorage, isThirdParty, type SiteContext, type WriteSource } from './classify.js';
import { refineWrite, type GateLog } from './attribute.js';
import type { CookieRecord, StorageRecord } from './types.js';

/** A transparent 1×1 GIF: what a tracking pixel answers. */
const GIF = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

/** An empty answer of the request's type, for a third party the audit does not contact. */
export function stub(route: Route, type: string): Promise<void> {
  const ok = (contentType: string, body: string | Buffer = '') => route.fulfill({ status: 200, contentType, body });
  if (type === 'script') return ok('text/javascript');
  if (type === 'stylesheet') return ok('text/css');
  if (type === 'image') return ok('image/gif', Buffer.from(GIF, 'base64'));
  if (type === 'document') return ok('text/html', '<!doctype html><title>third party (answered by the audit)</title>');
  return route.fulfill({ status: 204, body: '' });
}

/** A cookie as the end-of-phase snapshots saw it. */
export interface CookieSeen {
  name: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  phases: Set<string>;
}

/** A storage entry as the end-of-phase snapshots saw it. */
export interface StorageSeen {
  kind: StorageRecord['kind'];
  origin: string;
  name: string;
  phases: Set<string>;
}

/** Cookie name (or storage key) → where its writes came from, and in which phases. */
export type Writes = Map<string, { sources: WriteSource[]; phases: Set<string> }>;

/** What the records are judged against. */
export interface RecordContext {
  site: SiteContext;
  pageHost: string;
  gates: GateLog['byUrl'];
  /** The scripts behind some writes, and the scripts (and documents) that loaded those. */
  writers(sources: WriteSource[]): string[];
}

/** Cookies seen, with who wrote them and what they belong to. */
export function cookieRecords(cookies: Iterable<CookieSeen>, writes: Writes, context: RecordContext): CookieRecord[] {
  const now = Date.now() / 1000;
  return [...cookies].map((c) => {
    const w = writes.get(c.name);
    const sources = w?.sources ?? [];
    return {
      ...refineWrite(attributeCookie(c.name, sources, context.site), context.writers(sources), context.gates, context.site),
      name: c.name,
      domain: c.domain,
      path: c.path,
      expiresDays: c.expires > 0 ? Math.round(((c.expires - now) / 86400) * 10) / 10 : null,
      thirdParty: isThirdParty(c.domain, context.pageHost),
      httpOnly: c.httpOnly,
      secure: c.secure,
      setBy: sources.map(describeSource),
      phases: [...c.phases],
      writtenIn: [...(w?.phases ?? [])],
    };
  });
}

/** Storage entries seen, with who wrote them and what they belong to. */
export function storageRecords(entries: Iterable<StorageSeen>, writes: Writes, context: RecordContext): StorageRecord[] {
  return [...entries].map((s) => {
    const sources = writes.get(`${s.kind}|${s.origin}|${s.name}`)?.sources ?? [];
    let host = '';
    try {
      host = new URL(s.origin).hostname;
    } catch {
      host = s.origin;
    }
    return {
      ...refineWrite(
        attributeStorage(s.kind, s.name, sources, context.site),
        context.writers(sources),
        context.gates,
        context.site,
      ),
      kind: s.kind,
      origin: s.origin,
      name: s.name,
      setBy: sources.map(describeSource),
      phases: [...s.phases],
      thirdParty: isThirdParty(host, context.pageHost),
    };
  });
}

/** Where a write came from, in words. */
export function describeSource(s: WriteSource): string {
  if (s.header) return `Set-Cookie header of ${s.url}`;
  const tag = s.consent ? ` (tagged data-consent="${s.consent}"${s.service ? ` data-service="${s.service}"` : ''})` : '';
  if (s.inline) return `inline script on ${s.url ?? 'the page'}${tag}`;
  if (s.url) return `script ${s.url}${tag}`;
  return `a script the audit could not trace${tag}`;
}
