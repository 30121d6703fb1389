// The notice rules that warn but keep the notice: what GDPR art. 13 asks a notice to say.
import { describe, expect, it } from 'vitest';
import { run } from './notice-rules-fixtures.js';
import type { Raw } from './notice-fixtures.js';

/** [rule, how the notice breaks it, path, exact message]: each a warning; the notice still works. */
const WARNINGS: [string, (c: Raw) => void, string, string][] = [
  [
    'no contact channel',
    (c) => (c.controller = { name: 'Eksempel AS', dpoEmail: 'dpo@eksempel.no' }),
    'controller',
    'gives no way to reach the controller. GDPR art. 13(1)(a) asks for contact details: add "email", "phone" or "address".',
  ],
  [
    'rights without access',
    (c) => (c.rights = ['erasure', 'objection', 'portability', 'withdraw', 'complaint']),
    'rights',
    'leaves out "access". GDPR art. 13(2) asks the notice to tell visitors about their rights: add it, or leave "rights" out to list all 8.',
  ],
  [
    'rights without erasure, withdraw and complaint',
    (c) => (c.rights = ['access', 'objection', 'portability']),
    'rights',
    'leaves out "erasure", "withdraw" and "complaint". GDPR art. 13(2) asks the notice to tell visitors about their rights: add them, or leave "rights" out to list all 8.',
  ],
  [
    'objection missing beside legitimate interests',
    (c) => (c.rights = ['access', 'erasure', 'portability', 'withdraw', 'complaint']),
    'rights',
    'leaves out "objection", but purposes[1] rests on legitimate interests, which a visitor may object to (GDPR art. 13(2)(b) and 21). Add "objection".',
  ],
  [
    'portability missing beside consent',
    (c) => (c.rights = ['access', 'erasure', 'objection', 'withdraw', 'complaint']),
    'rights',
    'leaves out "portability", but purposes[0] rests on consent, which gives a right to data portability (GDPR art. 13(2)(b) and 20). Add "portability".',
  ],
  [
    'portability missing beside a contract',
    (c) => ((c.purposes[0].legalBasis = 'contract'), (c.rights = ['access', 'erasure', 'objection', 'withdraw', 'complaint'])),
    'rights',
    'leaves out "portability", but purposes[0] rests on contract, which gives a right to data portability (GDPR art. 13(2)(b) and 20). Add "portability".',
  ],
  [
    'a cookie without duration',
    (c) => delete c.services[1].cookies[0].duration,
    'services[1].cookies[0].duration',
    'is missing: say how long "_ga" is kept, e.g. "2 years". GDPR art. 13(2)(a) asks for how long data is stored.',
  ],
  [
    'a service with no cookies, not marked cookieless',
    (c) => delete c.services[2].cookieless,
    'services[2].cookies',
    'lists no cookies for "plausible". Name what it stores in the browser, each with a duration (GDPR art. 13(2)(a)), or set "cookieless": true if it stores and reads nothing there.',
  ],
  [
    'a service with cookies: [] and cookieless false',
    (c) => ((c.services[2].cookieless = false), (c.services[2].cookies = [])),
    'services[2].cookies',
    'lists no cookies for "plausible". Name what it stores in the browser, each with a duration (GDPR art. 13(2)(a)), or set "cookieless": true if it stores and reads nothing there.',
  ],
  [
    'expiresAfterDays over 395',
    (c) => (c.cookie = { expiresAfterDays: 396 }),
    'cookie.expiresAfterDays',
    'keeps a decision for 396 days. Regulators expect visitors to be asked again within 13 months: use 395 or less (the default is 180).',
  ],
  [
    'a service in an unknown category',
    (c) => (c.services[2].category = 'ads'),
    'services[2].category',
    'refers to unknown category "ads"; nothing can grant this service. Add "ads" to categories, or use one of "necessary", "analytics", "marketing".',
  ],
  [
    'an orgNumber with a bad check digit',
    (c) => (c.controller.orgNumber = '974451205'),
    'controller.orgNumber',
    'fails the Norwegian mod-11 check: look the number up in the Register of Legal Entities (brreg.no) and correct it.',
  ],
];

describe('warnings: what GDPR art. 13 asks for', () => {
  it.each(WARNINGS)('%s', (_, mutate, path, message) => {
    const r = run(mutate);
    expect(r.errors).toEqual([]);
    expect(r.config).not.toBeNull();
    expect(r.warnings).toEqual([{ path, message }]);
  });

  it('no warning at 395 days, nor for a phone or an address as the only contact', () => {
    expect(run((c) => (c.cookie = { expiresAfterDays: 395 })).warnings).toEqual([]);
    expect(run((c) => (c.controller = { name: 'A', phone: '22 00 00 00' })).warnings).toEqual([]);
    expect(run((c) => (c.controller = { name: 'A', address: 'Gate 1, 0001 Oslo' })).warnings).toEqual([]);
  });

  it('no objection or portability needed when no purpose rests on those bases', () => {
    const r = run((c) => {
      c.purposes = [{ title: 'Law', legalBasis: 'legal-obligation', retention: '5 years' }];
      c.rights = ['access', 'erasure', 'withdraw', 'complaint'];
    });
    expect(r.warnings).toEqual([]);
  });
});
