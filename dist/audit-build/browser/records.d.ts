/**
 * The evidence tables of one scenario (evidence.ts records, this file shapes): cookies and
 * storage entries seen, each with who wrote it and what it belongs to; and the empty answers the
 * audit gives third parties it does not contact.
 */
import type { Route } from 'playwright-core';
import { type SiteContext, type WriteSource } from './classify.js';
import { type GateLog } from './attribute.js';
import type { CookieRecord, StorageRecord } from './types.js';
/** An empty answer of the request's type, for a third party the audit does not contact. */
export declare function stub(route: Route, type: string): Promise<void>;
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
export type Writes = Map<string, {
    sources: WriteSource[];
    phases: Set<string>;
}>;
/** The cookies a response's Set-Cookie header (lines joined by "\n") writes, and which it deletes. */
export declare function setCookies(header: string | undefined): {
    name: string;
    deleting: boolean;
}[];
/** A write of a cookie or storage key: its source (once each) and the phase it happened in. */
export declare function noteWrite(writes: Writes, key: string, source: WriteSource, phase: string): void;
/** What the records are judged against. */
export interface RecordContext {
    site: SiteContext;
    pageHost: string;
    gates: GateLog['byUrl'];
    /** The scripts behind some writes, and the scripts (and documents) that loaded those. */
    writers(sources: WriteSource[]): string[];
}
/** End of a phase: the cookies that exist now, each noted as seen in this phase. */
export declare function noteCookies(seenCookies: Map<string, CookieSeen>, cookies: Omit<CookieSeen, 'phases'>[], phase: string): void;
/** End of a phase: a frame's storage entries (instrument.ts `readStorage`), noted as seen in it. */
export declare function noteStorage(seenStorage: Map<string, StorageSeen>, storage: {
    origin: string;
    local: string[];
    session: string[];
    idb: string[];
}, phase: string): void;
/** Cookies seen, with who wrote them and what they belong to. */
export declare function cookieRecords(cookies: Iterable<CookieSeen>, writes: Writes, context: RecordContext): CookieRecord[];
/** Storage entries seen, with who wrote them and what they belong to. */
export declare function storageRecords(entries: Iterable<StorageSeen>, writes: Writes, context: RecordContext): StorageRecord[];
/** Where a write came from, in words. */
export declare function describeSource(s: WriteSource): string;
