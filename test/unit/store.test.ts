import { describe, expect, it } from 'vitest';
import { changedIds, decide, isCurrent, isGranted, withdrawnIds, type Notice } from '../../src/store.js';
import type { Consent, Method } from '../../src/types.js';

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
    ['api', { analytics: true, hotjar: false }, { ...refused, analytics: true }, { login: true, ga: true, hotjar: false, meta: false }],
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
