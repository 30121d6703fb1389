// The notice validator (SPEC §3) on invalid notices: each mistake named with its field and why.
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/widget/notice/validate.js';
import { minimal, run, ORG_MSG, NO_CONTACT_MSG, unknownCategory, noCookies } from './notice-fixtures.js';
import type { InvalidCase, Raw } from './notice-fixtures.js';
import { INVALID_CONTENTS } from './config-invalid-contents.js';
import { INVALID_SETTINGS } from './config-invalid-settings.js';

/** [what, mutation, path, message]: each must yield exactly this error (among possibly others). */
const INVALID: InvalidCase[] = [...INVALID_CONTENTS, ...INVALID_SETTINGS];

const noRetention = (service: string) =>
  `is missing: say how long the provider keeps what ${service} collects, e.g. "14 months". GDPR art. 13(2)(a) asks for how long data is stored.`;
const NO_PROOF_MSG =
  'is missing, so decisions are not logged anywhere but the visitor\'s browser. The controller must be able to demonstrate that a visitor consented (GDPR art. 7(1)): add "proof": { "endpoint": … } (SPEC §7).';

describe('validate: invalid fields', () => {
  it.each(INVALID)('%s → %s', (_, mutate, path, message) => {
    const r = run(mutate);
    expect(r.config).toBeNull();
    expect(r.errors).toContainEqual({ path, message });
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'config'],
    ['a number', 42],
    [
      'a class instance',
      new (class Notice {
        revision = '1';
      })(),
    ],
  ])('root that is %s → (root): must be an object', (_, raw) => {
    const r = validate(raw);
    expect(r).toEqual({ config: null, errors: [{ path: '(root)', message: 'must be an object' }], warnings: [] });
  });

  it('reports every problem at once, in one result', () => {
    const r = validate({
      revision: '',
      controller: { orgNumber: '974451205' },
      categories: { analytics: {} },
      services: [
        { id: 'ga', category: 'analytics' },
        { id: 'ga', category: 'ads' },
      ],
      cookie: { expiresAfterDays: 0 },
      theme: 'pink',
      extra: 1,
    });
    expect(r.config).toBeNull();
    expect(r.errors).toEqual([
      { path: 'revision', message: 'must be 1-100 characters, not blank' },
      { path: 'controller.name', message: 'is required' },
      { path: 'services[1].id', message: 'duplicates services[0].id' },
      { path: 'cookie.expiresAfterDays', message: 'must be an integer between 1 and 3650' },
      { path: 'theme', message: 'must be one of auto, light, dark' },
    ]);
    expect(r.warnings).toEqual([
      { path: 'extra', message: 'is not a known field; ignored' },
      { path: 'controller.orgNumber', message: ORG_MSG },
      { path: 'services[1].category', message: unknownCategory('ads', ['necessary', 'analytics']) },
      { path: 'controller', message: NO_CONTACT_MSG },
      { path: 'services[0].cookies', message: noCookies('ga') },
      // Since SPEC §3 was amended: each service's retention, and a proof endpoint (GDPR art. 7(1)).
      { path: 'services[0].retention', message: noRetention('"ga"') },
      { path: 'services[1].cookies', message: noCookies('this service') }, // its id was a duplicate
      { path: 'services[1].retention', message: noRetention('this service') },
      { path: 'proof', message: NO_PROOF_MSG },
    ]);
  });

  it('reports a missing everything as three required fields', () => {
    expect(validate({}).errors).toEqual([
      { path: 'revision', message: 'is required' },
      { path: 'controller', message: 'is required' },
      { path: 'categories', message: 'is required' },
    ]);
  });

  it('does not flag service categories when categories itself is invalid', () => {
    const r = run((c) => {
      c.categories = 'analytics';
      c.services = [{ id: 'ga', category: 'analytics' }];
    });
    expect(r.errors).toEqual([{ path: 'categories', message: 'must be an object' }]);
  });

  it('rejects absurdly deep nesting instead of overflowing', () => {
    let deep: Raw = 'x';
    for (let i = 0; i < 40; i++) deep = { nb: deep };
    const r = run((c) => (c.summary = deep));
    expect(r.config).toBeNull();
    expect(r.errors.some((e) => e.message === 'is nested too deeply')).toBe(true);
  });

  it('survives a cyclic object (from init(config)) and copies no cycle out', () => {
    const c = minimal();
    c.controller.self = c;
    c.categories.analytics.title = { nb: c };
    const r = validate(c);
    expect(r.config).toBeNull();
    expect(r.errors).toEqual([{ path: 'categories.analytics.title.nb', message: 'must be a string' }]);
    expect(r.warnings).toEqual([{ path: 'controller.self', message: 'is not a known field; ignored' }]);
  });

  it('walks a widely shared object graph once, not once per path', () => {
    let node: Raw = {};
    for (let i = 0; i < 15; i++) {
      const up: Raw = {};
      for (let k = 0; k < 10; k++) up[`k${k}`] = node;
      node = up;
    }
    const started = Date.now();
    const r = run((c) => (c.extra = node));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.errors).toEqual([]);
  });
});

describe('validate: warnings (not fatal)', () => {
  it.each([
    ['unknown top-level key', (c: Raw) => (c.futureFeature = { on: true }), 'futureFeature', 'is not a known field; ignored'],
    ['unknown nested key', (c: Raw) => (c.controller.vat = 'x'), 'controller.vat', 'is not a known field; ignored'],
    ['bad Norwegian check digit', (c: Raw) => (c.controller.orgNumber = '974451205'), 'controller.orgNumber', ORG_MSG],
    ['bad check digit with spaces', (c: Raw) => (c.controller.orgNumber = '974 451 205'), 'controller.orgNumber', ORG_MSG],
    // Legitimate interests outside necessary is an error now (SPEC §3): see notice-rules-errors.test.ts.
  ])('%s → %s', (_, mutate, path, message) => {
    const r = run(mutate);
    expect(r.errors).toEqual([]);
    expect(r.config).not.toBeNull();
    expect(r.warnings).toEqual([{ path, message }]);
  });

  it('no warning for legitimate interests in necessary', () => {
    const r = run((c) => {
      c.categories.necessary = { legalBasis: 'legitimate-interests' };
      c.services = [
        { id: 'lb', category: 'necessary', legalBasis: 'legitimate-interests', cookieless: true, retention: '1 day' },
      ];
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});
