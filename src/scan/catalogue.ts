/**
 * Matching what a browser saw against the service catalogue (`catalogue/<id>.json`): which entry
 * a URL, a cookie or a storage key belongs to. Pure functions over plain data; the entries come
 * from the catalogue's own loader (src/catalogue/catalogue.ts), so only the fields read here are
 * declared, and anything else an entry carries passes through untouched.
 */
import type { Text } from '../widget/types.js';
import { pathMatches } from '../widget/fast/trackers.js';

/** What auto-blocking holds for an entry: a host ("*": any host), a path prefix, query values. */
export interface CatalogueBlock {
  host: string;
  path?: string;
  /** Query parameter → regular expression its value must match (e.g. `{ "id": "^G-" }`). */
  query?: Record<string, string>;
  /** What is loaded from there: script, frame, pixel, request. */
  kind?: string | string[];
}

/** A cookie or storage key an entry sets. */
export interface CatalogueCookie {
  name: string;
  /** A regular expression over the whole name, for names that vary. */
  pattern?: string;
  /** cookie, localStorage, sessionStorage, indexedDB. */
  storage?: string;
  /** first or third (party). */
  party?: string;
  duration?: Text;
}

export interface CatalogueEntry {
  id: string;
  version?: number | string;
  name?: Text;
  category?: string;
  block?: CatalogueBlock[];
  /** Hosts (and paths) of a service that auto-blocking must not hold: a payment form, fonts. */
  requests?: { host: string; path?: string }[];
  cookies?: CatalogueCookie[];
  [field: string]: unknown;
}

/** An entry and the rule of it that matched. */
export interface BlockMatch {
  entry: CatalogueEntry;
  rule: CatalogueBlock;
}

/** `host` is `rule` itself or one of its subdomains ("*" is any host). */
export function hostMatches(host: string, rule: string): boolean {
  if (rule === '*') return true;
  const h = host.toLowerCase().replace(/\.$/, '');
  const r = rule.toLowerCase();
  return h === r || h.endsWith('.' + r);
}

/** A regular expression from catalogue or notice text; an unusable one matches nothing. */
function regex(source: string, whole = false): RegExp | null {
  try {
    return new RegExp(whole ? `^(?:${source.replace(/^\^|\$$/g, '')})$` : source);
  } catch {
    return null;
  }
}

function ruleMatches(u: URL, rule: CatalogueBlock): boolean {
  if (!hostMatches(u.hostname, rule.host)) return false;
  // On any host the path names the software's file wherever it is installed (as auto-blocking reads it).
  if (!pathMatches(rule.path, u.pathname, rule.host === '*')) return false;
  for (const [param, pattern] of Object.entries(rule.query ?? {})) {
    const value = u.searchParams.get(param);
    const re = regex(pattern);
    if (value === null || !re || !re.test(value)) return false;
  }
  return true;
}

/**
 * How much a rule says: a query beats a path beats a bare host beats "any host", so
 * `googletagmanager.com/gtag/js?id=G-…` is Google Analytics, not Google Tag Manager.
 */
const specificity = (r: CatalogueBlock) =>
  (r.query && Object.keys(r.query).length ? 4 : 0) + (r.path ? 2 : 0) + (r.host === '*' ? 0 : 1);

/** The URL parsed, when it is http(s): nothing else can belong to a catalogue service. */
function httpUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

/** The catalogue entry a URL belongs to (the most specific rule wins), or null. */
export function matchUrl(url: string, entries: CatalogueEntry[]): BlockMatch | null {
  const u = httpUrl(url);
  if (!u) return null;
  let best: BlockMatch | null = null;
  for (const entry of entries) {
    for (const rule of entry.block ?? []) {
      // A rule for any host must say which path: "*" alone would claim every URL.
      if (rule.host === '*' && !rule.path) continue;
      if (ruleMatches(u, rule) && (!best || specificity(rule) > specificity(best.rule))) best = { entry, rule };
    }
  }
  return best;
}

/**
 * The entry a URL belongs to: a tracker rule (`matchUrl`), else a host the entry's requests go to
 * that auto-blocking does not hold (`requests`: a payment form, fonts). `tracker` says which.
 */
export function matchService(url: string, entries: CatalogueEntry[]): { entry: CatalogueEntry; tracker: boolean } | null {
  const blocked = matchUrl(url, entries);
  if (blocked) return { entry: blocked.entry, tracker: true };
  const u = httpUrl(url);
  if (!u) return null;
  for (const entry of entries)
    for (const r of entry.requests ?? [])
      if (hostMatches(u.hostname, r.host) && (!r.path || u.pathname.startsWith(r.path))) return { entry, tracker: false };
  return null;
}

/** Where a name was found: a cookie, or a Web Storage / IndexedDB key. */
export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

/** The catalogue entry (and its cookie) that names this cookie or storage key, or null. */
export function matchName(
  name: string,
  kind: StorageKind,
  entries: CatalogueEntry[],
): { entry: CatalogueEntry; cookie: CatalogueCookie } | null {
  for (const pass of ['exact', 'pattern'] as const) {
    for (const entry of entries) {
      for (const cookie of entry.cookies ?? []) {
        if ((cookie.storage ?? 'cookie') !== kind) continue;
        const hit = pass === 'exact' ? cookie.name === name : !!cookie.pattern && !!regex(cookie.pattern, true)?.test(name);
        if (hit) return { entry, cookie };
      }
    }
  }
  return null;
}

/** The entry's default category (the catalogue's `category`). */
export const entryCategory = (e: CatalogueEntry): string => (typeof e.category === 'string' && e.category) || 'marketing';

/** `id@version`: what a notice service's `preset` records. */
export const presetOf = (e: CatalogueEntry): string => (e.version === undefined ? e.id : `${e.id}@${e.version}`);
