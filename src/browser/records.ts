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

/** The cookies a response's Set-Cookie header (lines joined by "\n") writes, and which it deletes. */
export function setCookies(header: string | undefined): { name: string; deleting: boolean }[] {
  if (!header) return [];
  return header.split('\n').map((line) => ({
    name: line.split(';')[0].split('=')[0].trim(),
    deleting: /max-age\s*=\s*(0|-)/i.test(line),
  }));
}

/** A write of a cookie or storage key: its source (once each) and the phase it happened in. */
export function noteWrite(writes: Writes, key: string, source: WriteSource, phase: string): void {
  const entry = writes.get(key) ?? { sources: [], phases: new Set() };
  const known = entry.sources.some((s) => s.url === source.url && s.consent === source.consent && !!s.header === !!source.header);
  if (!known) entry.sources.push(source);
  entry.phases.add(phase);
  writes.set(key, entry);
}

/** What the records are judged against. */
export interface RecordContext {
  site: SiteContext;
  pageHost: string;
  gates: GateLog['byUrl'];
  /** The scripts behind some writes, and the scripts (and documents) that loaded those. */
  writers(sources: WriteSource[]): string[];
}

/** End of a phase: the cookies that exist now, each noted as seen in this phase. */
export function noteCookies(seenCookies: Map<string, CookieSeen>, cookies: Omit<CookieSeen, 'phases'>[], phase: string): void {
  for (const c of cookies) {
    const key = `${c.name}|${c.domain}|${c.path}`;
    const seen = seenCookies.get(key) ?? { ...c, phases: new Set<string>() };
    Object.assign(seen, { expires: c.expires, httpOnly: c.httpOnly, secure: c.secure });
    seen.phases.add(phase);
    seenCookies.set(key, seen);
  }
}

/** End of a phase: a frame's storage entries (instrument.ts `readStorage`), noted as seen in it. */
export function noteStorage(
  seenStorage: Map<string, StorageSeen>,
  storage: { origin: string; local: string[]; session: string[]; idb: string[] },
  phase: string,
): void {
  const add = (kind: StorageRecord['kind'], names: string[]) => {
    for (const name of names) {
      const key = `${kind}|${storage.origin}|${name}`;
      const seen = seenStorage.get(key) ?? { kind, origin: storage.origin, name, phases: new Set<string>() };
      seen.phases.add(phase);
      seenStorage.set(key, seen);
    }
  };
  add('localStorage', storage.local);
  add('sessionStorage', storage.session);
  add('indexedDB', storage.idb);
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
