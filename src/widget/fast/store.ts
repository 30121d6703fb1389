/**
 * The consent state machine: pure functions from (previous decision, choice, notice, clock) to
 * the next decision. No DOM, no I/O, no randomness of its own (ids and time are passed in), so
 * every transition is table-tested without a browser.
 *
 * It never grants anything the visitor did not choose: ids not named stay refused (or keep their
 * current value), necessary is always granted, and a stored decision that is expired, of another
 * revision, or from the future counts as no decision at all.
 */
import type { Consent, Method } from '../types.js';

export interface Notice {
  revision: string;
  /** Category ids, `necessary` included. */
  categories: string[];
  /** Service id → its category id. */
  services: Record<string, string>;
  expiresAfterDays: number;
}

export const NECESSARY = 'necessary';
const DAY = 86400000;
/** Clocks differ between devices; a decision dated further ahead than this is not believed. */
const SKEW = DAY;

/** Is a stored decision still an answer to this notice? */
export function isCurrent(c: Consent | null, n: Notice, now: number): c is Consent {
  if (!c || c.revision !== n.revision) return false;
  const t = Date.parse(c.timestamp);
  return !isNaN(t) && t <= now + SKEW && now - t < n.expiresAfterDays * DAY;
}

/**
 * The decision that follows `prev` when the visitor (or the API) chooses.
 * - accept-all: every category and service granted.
 * - reject-all, withdraw, gpc: everything but necessary refused.
 * - custom, api: named ids take their value; a service not named follows its category when the
 *   category is named; everything else keeps its current value (refused before any decision).
 * Necessary (and its services) is always granted.
 */
export function decide(
  prev: Consent | null,
  method: Method,
  choices: Record<string, boolean>,
  n: Notice,
  now: number,
  newId: () => string,
): Consent {
  const all = method === 'accept-all';
  const reset = all || method === 'reject-all' || method === 'withdraw' || method === 'gpc';
  const named = reset ? [] : Object.keys(choices);
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const c of n.categories) categories[c] = c === NECESSARY || (reset ? all : prev?.categories[c] === true);
  // Named ids that are no category are services, possibly ones the notice does not list (e.g. a
  // tracker found on the page).
  const ids = named.filter((id) => !(id in categories));
  /** A service's value: named itself, else following its named category, else as it was. */
  const service = (s: string, c: string | undefined): boolean => {
    if (c === NECESSARY) return true;
    if (reset) return all;
    if (ids.includes(s)) return choices[s] === true;
    if (c !== undefined && named.includes(c) && c in categories && !(s in choices)) return choices[c] === true;
    return prev?.services[s] === true;
  };
  for (const s of new Set([...Object.keys(n.services), ...Object.keys(prev?.services ?? {}), ...ids])) {
    services[s] = service(s, n.services[s]);
  }
  for (const id of named) if (id in categories && id !== NECESSARY) categories[id] = choices[id] === true;
  return {
    id: prev?.id ?? newId(),
    timestamp: new Date(now).toISOString(),
    revision: n.revision,
    method,
    categories,
    services,
  };
}

/** Is a category (and, if named, a service within it) granted by this decision? */
export function isGranted(c: Consent | null, category: string, service?: string): boolean {
  if (category === NECESSARY) return true;
  if (!c || c.categories[category] !== true) return false;
  if (!service) return true;
  // A service the decision does not mention follows its category.
  return c.services[service] ?? true;
}

/** Ids (categories, then services) whose granted value differs between two decisions. */
export function changedIds(prev: Consent | null, next: Consent | null): string[] {
  const out: string[] = [];
  for (const key of ['categories', 'services'] as const) {
    const a = prev?.[key] ?? {};
    const b = next?.[key] ?? {};
    for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const before = a[id] ?? (key === 'categories' && id === NECESSARY);
      const after = b[id] ?? (key === 'categories' && id === NECESSARY);
      if (before !== after) out.push(id);
    }
  }
  return out;
}

/** Ids granted before and refused now: what a withdrawal must clean up after. */
export function withdrawnIds(prev: Consent | null, next: Consent): string[] {
  if (!prev) return [];
  const out: string[] = [];
  for (const key of ['categories', 'services'] as const) {
    for (const id of Object.keys(prev[key])) if (prev[key][id] && !next[key][id]) out.push(id);
  }
  return out;
}
