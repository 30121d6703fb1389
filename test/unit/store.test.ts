import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedIds, decide, isCurrent, isGranted, withdrawnIds, type Notice } from '../../src/widget/fast/store.js';
import type { Consent, Method } from '../../src/widget/types.js';

const notice: Notice = {
  revision: 'r1',
  categories: ['necessary', 'analytics', 'marketing', 'profiling'],
  services: { login: 'necessary', ga: 'analytics', hotjar: 'analytics', meta: 'marketing' },
  expiresAfterDays: 180,
};
const NOW = Date.parse('2026-11-22T10:00:00.000Z');
const DAY = 86400000;
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

const refused = { necessary: true, analytics: false, marketing: false, profiling: false };
const granted = { necessary: true, analytics: true, marketing: true, profiling: true };

describe('a first decision, from no decision', () => {
  it.each<[Method, Record<string, boolean>, Record<string, boolean>, Record<string, boolean>]>([
    ['accept-all', {}, granted, { login: true, ga: true, hotjar: true, meta: true }],
    ['reject-all', {}, refused, { login: true, ga: false, hotjar: false, meta: false }],
    ['withdraw', {}, refused, { login: true, ga: false, hotjar: false, meta: false }],
    ['gpc', {}, refused, { login: true, ga: false, hotjar: false, meta: false }],
    ['custom', { analytics: true }, { ...refused, analytics: true }, { login: true, ga: true, hotjar: true, meta: false }],
    [
      'api',
      { analytics: true, hotjar: false },
      { ...refused, analytics: true },
      { login: true, ga: true, hotjar: false, meta: false },
    ],
    ['api', { ga: true }, refused, { login: true, ga: true, hotjar: false, meta: false }],
    ['api', { necessary: false }, refused, { login: true, ga: false, hotjar: false, meta: false }],
    ['api', { login: false }, refused, { login: true, ga: false, hotjar: false, meta: false }],
    ['api', { youtube: true }, refused, { login: true, ga: false, hotjar: false, meta: false, youtube: true }],
  ])('%s %j → categories and services as chosen', (method, choices, categories, services) => {
    const c = decide(null, method, choices, notice, NOW, newId);
    expect(c.method).toBe(method);
    expect(c.categories).toEqual(categories);
    expect(c.services).toEqual(services);
    expect(c.revision).toBe('r1');
    expect(c.timestamp).toBe('2026-11-22T10:00:00.000Z');
  });
});

describe('a later decision', () => {
  const first = decide(null, 'custom', { analytics: true, marketing: true }, notice, NOW, newId);

  it('keeps the consent id of this browser', () => {
    const next = decide(first, 'reject-all', {}, notice, NOW + 1000, newId);
    expect(next.id).toBe(first.id);
  });

  it('set() leaves ids it does not name as they were', () => {
    const next = decide(first, 'api', { marketing: false }, notice, NOW, newId);
    expect(next.categories).toEqual({ ...refused, analytics: true });
    expect(next.services).toEqual({ login: true, ga: true, hotjar: true, meta: false });
  });

  it('a service refused inside a granted category stays refused while its siblings run', () => {
    const next = decide(first, 'api', { hotjar: false }, notice, NOW, newId);
    expect(isGranted(next, 'analytics')).toBe(true);
    expect(isGranted(next, 'analytics', 'ga')).toBe(true);
    expect(isGranted(next, 'analytics', 'hotjar')).toBe(false);
  });

  it('accept-all after a refusal grants everything, withdraw refuses everything', () => {
    const a = decide(decide(first, 'reject-all', {}, notice, NOW, newId), 'accept-all', {}, notice, NOW, newId);
    expect(a.categories).toEqual(granted);
    const w = decide(a, 'withdraw', {}, notice, NOW, newId);
    expect(w.categories).toEqual(refused);
    expect(withdrawnIds(a, w).sort()).toEqual(['analytics', 'ga', 'hotjar', 'marketing', 'meta', 'profiling']);
  });
});

describe('a stored decision is only an answer to the notice it was given for', () => {
  const c = decide(null, 'accept-all', {}, notice, NOW, newId);
  it.each<[string, Consent | null, Notice, number, boolean]>([
    ['fresh', c, notice, NOW + DAY, true],
    ['one day before expiry', c, notice, NOW + 179 * DAY, true],
    ['expired after expiresAfterDays', c, notice, NOW + 180 * DAY, false],
    ['expired with a shorter notice lifetime', c, { ...notice, expiresAfterDays: 1 }, NOW + DAY + 1, false],
    ['another revision', c, { ...notice, revision: 'r2' }, NOW, false],
    ['dated in the future', c, notice, NOW - 2 * DAY, false],
    ['no decision', null, notice, NOW, false],
    ['unparsable timestamp', { ...c, timestamp: 'yesterday' }, notice, NOW, false],
  ])('%s', (_, consent, n, now, expected) => {
    expect(isCurrent(consent, n, now)).toBe(expected);
  });
});

describe('granted()', () => {
  const c = decide(null, 'api', { analytics: true, hotjar: false }, notice, NOW, newId);
  it.each<[Consent | null, string, string | undefined, boolean]>([
    [null, 'analytics', undefined, false],
    [null, 'necessary', undefined, true],
    [c, 'analytics', undefined, true],
    [c, 'analytics', 'ga', true],
    [c, 'analytics', 'hotjar', false],
    [c, 'analytics', 'unknown-service', true],
    [c, 'marketing', undefined, false],
    [c, 'marketing', 'meta', false],
    [c, 'nonexistent', undefined, false],
  ])('%#: %s / %s', (consent, cat, svc, expected) => {
    expect(isGranted(consent, cat, svc)).toBe(expected);
  });
});

describe('changed ids', () => {
  it('a first acceptance names what became granted; nothing for an identical decision', () => {
    const a = decide(null, 'custom', { analytics: true }, notice, NOW, newId);
    expect(changedIds(null, a).sort()).toEqual(['analytics', 'ga', 'hotjar', 'login']);
    const same = decide(a, 'custom', { analytics: true }, notice, NOW, newId);
    expect(changedIds(a, same)).toEqual([]);
    const r = decide(a, 'reject-all', {}, notice, NOW, newId);
    expect(changedIds(a, r).sort()).toEqual(['analytics', 'ga', 'hotjar']);
  });
  it('a first refusal changes nothing granted', () => {
    const r = decide(null, 'reject-all', {}, notice, NOW, newId);
    expect(changedIds(null, r)).toEqual(['login']);
  });
});

// decide() as it was before it became one pass (src/store.ts before the size work): the
// reference the one-pass version must match exactly, key order included (it is the cookie's).
function decideBefore(
  prev: Consent | null,
  method: Method,
  choices: Record<string, boolean>,
  n: Notice,
  now: number,
  newId: () => string,
): Consent {
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const c of n.categories) categories[c] = c === 'necessary' || prev?.categories[c] === true;
  for (const s of new Set([...Object.keys(n.services), ...Object.keys(prev?.services ?? {})]))
    services[s] = n.services[s] === 'necessary' || prev?.services[s] === true;
  const all = method === 'accept-all';
  if (all || method === 'reject-all' || method === 'withdraw' || method === 'gpc') {
    for (const c in categories) categories[c] = c === 'necessary' || all;
    for (const s in services) services[s] = n.services[s] === 'necessary' || all;
  } else {
    for (const id of Object.keys(choices)) {
      const v = choices[id] === true;
      if (id in categories) {
        if (id !== 'necessary') categories[id] = v;
        for (const s in services) if (n.services[s] === id && !(s in choices)) services[s] = v || id === 'necessary';
      }
    }
    for (const id of Object.keys(choices)) {
      if (id in categories) continue;
      services[id] = n.services[id] === 'necessary' || choices[id] === true;
    }
  }
  return { id: prev?.id ?? newId(), timestamp: new Date(now).toISOString(), revision: n.revision, method, categories, services };
}

describe('decide() against the two-pass version it replaced', () => {
  // Few ids, so that they collide: categories, services, both, and names Object.prototype has.
  const catIds = ['necessary', 'analytics', 'marketing', 'b', 'toString', 'constructor'];
  const svcIds = ['ga', 'meta', 'login', 'x', 'b', 'valueOf', 'toString', 'analytics'];
  const anyId = fc.constantFrom(...new Set([...catIds, ...svcIds, '__proto__', 'unknown']));
  const bools = (ids: fc.Arbitrary<string>) => fc.dictionary(ids, fc.boolean(), { maxKeys: 6 });
  const arbNotice = fc.record({
    revision: fc.constant('r1'),
    categories: fc
      .uniqueArray(fc.constantFrom(...catIds), { maxLength: 5 })
      .map((c) => ['necessary', ...c.filter((x) => x !== 'necessary')]),
    services: fc.dictionary(fc.constantFrom(...svcIds), fc.constantFrom(...catIds, 'gone'), { maxKeys: 6 }),
    expiresAfterDays: fc.constant(180),
  });
  const arbPrev = fc.option(
    fc.record({
      id: fc.constant('prev-id'),
      timestamp: fc.constant('2026-01-01T00:00:00.000Z'),
      revision: fc.constant('r0'),
      method: fc.constant<Method>('custom'),
      categories: bools(fc.constantFrom(...catIds)),
      services: bools(anyId),
    }),
    { nil: null },
  );
  const arbMethod = fc.constantFrom<Method>('accept-all', 'reject-all', 'withdraw', 'gpc', 'custom', 'api');
  it('gives the same decision, key order included, on 10,000 generated cases', () => {
    fc.assert(
      fc.property(arbPrev, arbMethod, bools(anyId), arbNotice, (prev, method, choices, n) => {
        const a = decide(prev, method, choices, n, NOW, () => 'new-id');
        const b = decideBefore(prev, method, choices, n, NOW, () => 'new-id');
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(Object.keys(a.categories)).toEqual(Object.keys(b.categories));
        expect(Object.keys(a.services)).toEqual(Object.keys(b.services));
      }),
      { numRuns: 10000 },
    );
  });
});
