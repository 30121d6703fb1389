// The studio's Norwegian renderings of the validator's problems (src/studio/problem-words.ts):
// every code the validator gives has a bokmål and a nynorsk rendering that uses its parameters.
import { describe, expect, it } from 'vitest';
import { problemText, RENDERED } from '../../src/studio/problem-words.js';
import { validate } from '../../src/widget/notice/validate.js';
import type { Raw } from './notice-fixtures.js';
import { run } from './notice-rules-fixtures.js';

/** Notices that earn every code: each mutation of the complete notice. */
const MUTATIONS: ((c: Raw) => void)[] = [
  (c) => ((c.controller = { name: 'A' }), (c.rights = ['rectification']), (c.extra = 1)),
  (c) => ((c.controller.orgNumber = '974451205'), delete c.proof, (c.cookie = { expiresAfterDays: 400 })),
  (c) => ((c.services[1].category = 'ads'), (c.services[1].role = 'joint-controller'), delete c.services[1].retention),
  (c) => (delete c.purposes[0].retention, (c.rights = ['access', 'erasure', 'withdraw', 'complaint'])),
  (c) => ((c.services[0].cookies = [{ name: '_ga' }]), (c.services[2].cookieless = false)),
  (c) => ((c.googleConsentMode = { mode: 'advanced', urlPassthrough: true }), (c.autoBlock = false)),
  (c) => ((c.summary = 'Ved å bruke nettstedet gir du samtykke.'), (c.services[1].legalBasis = 'contract')),
  (c) => c.services.push({ id: 'hotjar', category: 'necessary', cookieless: true }),
  (c) => c.services.push({ id: 'x', preset: 'hotjar@1', category: 'necessary', cookieless: true }),
  (c) => (c.services[0].hosts = ['www.google-analytics.com']),
  (c) => (c.autoBlock = { trackers: [{ host: 'hotjar.com', service: 'hj', category: 'necessary' }] }),
  (c) => delete c.controller.name,
];

const problems = MUTATIONS.flatMap((mutate) => {
  const notice = JSON.parse(JSON.stringify(run(() => {}).config ?? {})) as Raw;
  mutate(notice);
  const r = validate(notice, { codes: true });
  return [...r.errors, ...r.warnings];
});

describe('problem-words', () => {
  it('has a rendering in nb and nn for every code the validator gives', () => {
    const codes = [...new Set(problems.map((p) => p.code))];
    expect(codes).not.toContain(undefined);
    expect(codes.length).toBeGreaterThanOrEqual(24);
    expect(codes.filter((c) => !RENDERED.nb.includes(c!))).toEqual([]);
    expect(codes.filter((c) => !RENDERED.nn.includes(c!))).toEqual([]);
  });

  it('fills in the parameters, and leaves English as the validator wrote it', () => {
    for (const p of problems) {
      for (const language of ['nb', 'nn']) {
        const text = problemText(p, language);
        expect(text).not.toBe(p.message);
        expect(text).not.toMatch(/undefined/);
        for (const value of Object.values(p.params ?? {})) if (value.length > 2) expect(text, p.code).toContain(value);
      }
      expect(problemText(p, 'en')).toBe(p.message);
    }
    const byUse = problems.find((p) => p.code === 'consent-by-use')!;
    expect(problemText(byUse, 'nb')).toMatch(/^«Ved å bruke nettstedet gir du samtykke» sier at bruk av nettstedet er samtykke/);
    expect(problemText(byUse, 'nn')).toMatch(/seier at bruk av nettstaden er samtykke/);
  });
});
