// The notice rules SPEC §3 gained for issue #23: necessary means necessary (the whole catalogue),
// only consent outside necessary, and the warnings a lawyer expects (proof, retention, the joint
// controller's arrangement, what reaches Google or the page before consent).
import { describe, expect, it } from 'vitest';
import { GENERIC_COOKIE_NAMES, readCatalogue } from '../../scripts/catalogue.mjs';
import { validate } from '../../src/widget/notice/validate.js';
import type { Raw } from './notice-fixtures.js';
import { run } from './notice-rules-fixtures.js';

const { entries } = readCatalogue();
const trackers = entries.map((e) => e.entry).filter((e) => e.category !== 'necessary');
const necessaryCookies = new Set(
  entries.filter((e) => e.entry.category === 'necessary').flatMap((e) => e.entry.cookies.map((c: { name: string }) => c.name)),
);

/** The paths of the errors when `mutate` breaks the complete notice. */
const errorPaths = (mutate: (c: Raw) => void) => run(mutate).errors.map((e) => e.path);

describe('necessary means necessary: every catalogue entry that is not necessary', () => {
  it.each(trackers.map((e) => [e.id, e.category]))('%s (%s) is refused in necessary by its id and by its preset', (id) => {
    expect(errorPaths((c) => (c.services = [{ id, category: 'necessary', cookieless: true, retention: '1 day' }]))).toEqual([
      'services[0].category',
    ]);
    expect(
      errorPaths((c) =>
        c.services.push({ id: 'own', preset: `${id}@1`, category: 'necessary', cookieless: true, retention: '1 day' }),
      ),
    ).toEqual(['services[3].category']);
  });

  it.each(
    trackers.flatMap((e) =>
      e.cookies
        .filter((c: { name: string }) => !GENERIC_COOKIE_NAMES.has(c.name) && !necessaryCookies.has(c.name))
        .map((c: { name: string; pattern?: string }) => [c.name, e.id, c.pattern]),
    ),
  )('its cookie %s (%s) is refused in a necessary service', (name, _, pattern) => {
    // A name with a placeholder (`_ga_<container-id>`) is written as a site would see it.
    const written = pattern ? String(name).replace(/<[^>]*>|…/g, 'x1') : String(name);
    expect(errorPaths((c) => c.services[0].cookies.push({ name: written, duration: '1 day' }))).toEqual([
      'services[0].cookies[1].name',
    ]);
  });

  it('the siteimprove preset, and its nmstat cookie, are refused in necessary', () => {
    expect(
      errorPaths((c) =>
        c.services.push({ id: 'si', preset: 'siteimprove@1', category: 'necessary', cookieless: true, retention: '3 years' }),
      ),
    ).toEqual(['services[3].category']);
    expect(errorPaths((c) => c.services[0].cookies.push({ name: 'nmstat', duration: '3 years' }))).toEqual([
      'services[0].cookies[1].name',
    ]);
  });

  it("keeps out generic names a site's own necessary cookie may have, and the names a necessary entry sets", () => {
    for (const name of [...GENERIC_COOKIE_NAMES.keys(), '__cf_bm', 'cf_clearance', '__stripe_mid'])
      expect(
        errorPaths((c) => c.services[0].cookies.push({ name, duration: '1 day' })),
        name,
      ).toEqual([]);
  });

  it('refuses the known tracking cookies the SPEC names, by family too', () => {
    for (const name of ['_ga', '_gid', '_fbp', '_hjSession_1', '_clck', '_uetsid', '_uetmsclkid', 'li_gc', '_ttp', 'nmstat'])
      expect(
        errorPaths((c) => c.services[0].cookies.push({ name, duration: '1 day' })),
        name,
      ).toEqual(['services[0].cookies[1].name']);
  });
});

describe('outside necessary, only consent is a legal basis', () => {
  const OTHER = ['contract', 'legal-obligation', 'public-task', 'vital-interests', 'legitimate-interests'];

  it.each(OTHER)('%s on a service or a category outside necessary is refused, citing the law', (basis) => {
    const service = run((c) => (c.services[1].legalBasis = basis));
    expect(service.config).toBeNull();
    expect(service.errors).toEqual([
      {
        path: 'services[1].legalBasis',
        message: `"google-analytics" (category "analytics") claims the legal basis "${basis}", but cookies that are not strictly necessary need the visitor's consent (ekomloven § 3-15, ePrivacy art. 5(3)). Use "consent", or leave legalBasis out.`,
      },
    ]);
    expect(errorPaths((c) => (c.categories.analytics.legalBasis = basis))).toEqual(['categories.analytics.legalBasis']);
  });

  it.each(OTHER)('%s stays free in necessary and on a purpose', (basis) => {
    expect(
      errorPaths((c) => {
        c.services[0].legalBasis = basis;
        c.categories.necessary = { legalBasis: basis };
        c.purposes[1].legalBasis = basis;
      }),
    ).toEqual([]);
  });
});

describe('warnings SPEC §3 gained', () => {
  /** The warnings (path and code) when `mutate` changes the complete notice; it stays valid. */
  const warned = (mutate: (c: Raw) => void) => {
    const c = JSON.parse(JSON.stringify(run(() => {}).config)) as Raw;
    mutate(c);
    const r = validate(c, { codes: true });
    expect(r.errors).toEqual([]);
    return r.warnings.map((w) => [w.path, w.code]);
  };

  it('no proof endpoint: the controller cannot show consent (GDPR art. 7(1))', () => {
    expect(warned((c) => delete c.proof)).toEqual([['proof', 'no-proof']]);
    expect(run((c) => delete c.proof).warnings[0].message).toMatch(/GDPR art\. 7\(1\)/);
  });

  it('retention missing for a service or a purpose', () => {
    expect(warned((c) => delete c.services[1].retention)).toEqual([['services[1].retention', 'service-retention-missing']]);
    expect(warned((c) => delete c.purposes[0].retention)).toEqual([['purposes[0].retention', 'purpose-retention-missing']]);
  });

  it('a joint controller without the essence of the arrangement (GDPR art. 26(2))', () => {
    expect(warned((c) => (c.services[1].role = 'joint-controller'))).toEqual([
      ['services[1].arrangement', 'arrangement-missing'],
    ]);
    expect(
      warned((c) => ((c.services[1].role = 'joint-controller'), (c.services[1].arrangement = 'Google answers for …'))),
    ).toEqual([]);
  });

  it('Consent Mode advanced, urlPassthrough and autoBlock: false each say what leaves before consent', () => {
    expect(warned((c) => (c.googleConsentMode = { mode: 'advanced' }))).toEqual([
      ['googleConsentMode.mode', 'consent-mode-advanced'],
    ]);
    expect(warned((c) => (c.googleConsentMode = { urlPassthrough: true }))).toEqual([
      ['googleConsentMode.urlPassthrough', 'url-passthrough'],
    ]);
    expect(warned((c) => (c.autoBlock = false))).toEqual([['autoBlock', 'auto-block-off']]);
    const messages = run(
      (c) => ((c.googleConsentMode = { mode: 'advanced', urlPassthrough: true }), (c.autoBlock = false)),
    ).warnings;
    expect(messages.map((w) => w.message).join('\n')).toMatch(/before consent[^]*pings[^]*gclid[^]*before any consent/);
  });
});
