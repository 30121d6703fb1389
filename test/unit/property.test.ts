// @vitest-environment happy-dom
// Property-based tests (fast-check) over generated and mutated notices and cookie values:
// never an uncaught exception, never fail-open. "Fail-open" here is the decision the gates ask
// for: `granted(category)` with the notice the full bundle validated and the cookie it read.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validate, parseConfig } from '../../src/widget/notice/validate.js';
import { checksum, decodeConsent, encodeConsent } from '../../src/widget/fast/cookie.js';
import { runtimeNotice as earlyConfig } from '../../src/widget/fast/notice.js';
import { decide, isCurrent, isGranted } from '../../src/widget/fast/store.js';
import type { Consent } from '../../src/widget/types.js';

const NOW = Date.parse('2026-11-22T10:00:00.000Z');
const valid = {
  revision: 'r1',
  controller: { name: 'Eksempel AS', orgNumber: '974451204', policyUrl: '/personvern' },
  categories: { analytics: { title: { nb: 'Statistikk', en: 'Statistics' } }, marketing: {} },
  services: [
    { id: 'ga', category: 'analytics', cookies: [{ name: '_ga', pattern: '^_ga_.+$', duration: '2 år' }] },
    { id: 'meta', category: 'marketing' },
  ],
  purposes: [{ title: 'Kunder', legalBasis: 'contract' }],
  proof: { endpoint: '/consent-proofs' },
};

/** What a gate asks: the full bundle's granted(), from a raw notice and a raw cookie value. */
function gateDecision(raw: unknown, cookie: string, category: string, service?: string): boolean {
  const r = validate(raw);
  if (!r.config) return false; // fail closed
  const notice = earlyConfig(r.config, 'en');
  const stored = decodeConsent(cookie);
  return isCurrent(stored, notice, NOW) && isGranted(stored, category, service);
}

/** Random edits of a JSON value: drop, replace with any value, or recurse. */
const mutate = (v: unknown): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.anything() },
    {
      weight: 3,
      arbitrary:
        v && typeof v === 'object'
          ? fc
              .record({
                key: fc.constantFrom(
                  ...Object.keys(v as object),
                  ...(Array.isArray(v) ? [] : ['__proto__', 'constructor', 'extra']),
                ),
                drop: fc.boolean(),
              })
              .chain(({ key, drop }) =>
                (drop ? fc.constant(undefined) : mutate((v as Record<string, unknown>)[key])).map((nv) => {
                  const copy: any = Array.isArray(v) ? [...v] : { ...(v as object) };
                  if (nv === undefined) delete copy[key];
                  else Object.defineProperty(copy, key, { value: nv, enumerable: true, writable: true, configurable: true });
                  return copy;
                }),
              )
          : fc.anything(),
    },
  );

describe('notices', () => {
  it('any JSON value: validate never throws; config is null exactly when there are errors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const r = validate(raw);
        expect(r.config === null).toBe(r.errors.length > 0);
        for (const p of [...r.errors, ...r.warnings]) expect(typeof p.path === 'string' && p.message.length > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('any text: parseConfig never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(parseConfig(text).config).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('mutated notices: never throws; with a refusal stored nothing is granted; an invalid notice grants nothing', () => {
    const validConfig = validate(valid).config;
    if (!validConfig) throw new Error('the valid notice this test mutates does not validate');
    const notice = earlyConfig(validConfig, 'en');
    const accepted = decide(null, 'accept-all', {}, notice, NOW, () => '2b1c8a5e-6f0d-4b6e-9a34-3f1e2d7c9b10');
    const acceptedCookie = encodeConsent(accepted);
    const refused = encodeConsent(decide(null, 'reject-all', {}, notice, NOW, () => accepted.id));
    fc.assert(
      fc.property(mutate(valid), (raw) => {
        const r = validate(raw);
        for (const cat of ['analytics', 'marketing']) {
          expect(gateDecision(raw, refused, cat)).toBe(false);
          if (!r.config) expect(gateDecision(raw, acceptedCookie, cat)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('cookie values', () => {
  const consent: Consent = {
    id: '2b1c8a5e-6f0d-4b6e-9a34-3f1e2d7c9b10',
    timestamp: '2026-11-20T10:00:00.000Z',
    revision: 'r1',
    method: 'reject-all',
    categories: { necessary: true, analytics: false, marketing: false },
    services: { ga: false, meta: false },
  };
  const good = encodeConsent(consent);

  it('any string: decoding never throws, and nothing but necessary is granted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(gateDecision(valid, value, 'analytics')).toBe(false);
        expect(gateDecision(valid, value, 'marketing', 'meta')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('a stored refusal edited anywhere (one character changed, inserted, removed, or cut short) never grants', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: good.length - 1 }),
        fc.constantFrom('replace', 'insert', 'delete', 'truncate'),
        fc.string({ minLength: 1, maxLength: 3 }),
        (at, how, s) => {
          const edited =
            how === 'replace'
              ? good.slice(0, at) + s + good.slice(at + 1)
              : how === 'insert'
                ? good.slice(0, at) + s + good.slice(at)
                : how === 'delete'
                  ? good.slice(0, at) + good.slice(at + 1)
                  : good.slice(0, at);
          const d = decodeConsent(edited);
          if (edited !== good && d) {
            // Only an edit that changes nothing the decision says can still decode.
            expect(d).toEqual(consent);
          }
          expect(gateDecision(valid, edited, 'analytics')).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('forged payloads of any shape with a correct checksum: never throws; a grant needs the exact shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (payload) => {
        const json = JSON.stringify(payload) ?? 'null';
        const value = encodeURIComponent(json) + '.' + checksum(json);
        const d = decodeConsent(value);
        if (d) {
          expect(Array.isArray(payload) && payload.length === 7 && payload[0] === 1).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
