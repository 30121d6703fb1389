// The notice validator (SPEC §3) on valid notices: defaults, every field accepted and kept.
import { describe, expect, it } from 'vitest';
import { parseConfig, validate } from '../../src/widget/notice/validate.js';
import { text } from '../../src/widget/notice/text.js';
import type { Config } from '../../src/widget/types.js';
import { minimal, FULL, run, plain } from './notice-fixtures.js';
import type { Raw } from './notice-fixtures.js';

describe('validate: a valid notice', () => {
  it('fills every default for the smallest notice', () => {
    const r = validate(minimal());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(plain(r.config)).toEqual({
      revision: '1',
      language: 'auto',
      controller: { name: 'Eksempel AS', email: 'post@eksempel.no' },
      categories: { necessary: {}, analytics: {} },
      services: [],
      purposes: [],
      rights: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw', 'complaint'],
      authority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no' },
      cookie: { name: 'samtykke', domain: '', path: '/', sameSite: 'Lax', expiresAfterDays: 180 },
      gpc: 'honor',
      googleConsentMode: { mode: 'basic', waitForUpdate: 500 },
      autoBlock: { trackers: [] },
      reloadOnWithdraw: true,
      theme: 'auto',
      proof: { endpoint: '/consent-proofs' },
    });
    expect(r.config!.summary).toBeUndefined();
  });

  it('accepts the realistic full notice of SPEC §3 and keeps every field', () => {
    const r = parseConfig(FULL);
    expect(r.errors).toEqual([]);
    // Consent Mode's advanced mode is kept, with a warning (SPEC §3 amended): Google's tags ping before consent.
    expect(r.warnings.map((w) => w.path)).toEqual(['googleConsentMode.mode']);
    const c = r.config!;
    expect(c.controller).toEqual({
      name: 'Mestergruppen Eiendom AS',
      orgNumber: '974451204',
      address: 'Nils Hansens vei 8, 0667 Oslo',
      email: 'personvern@mestergruppen.no',
      phone: '+47 22 00 00 00',
      dpoEmail: 'dpo@mestergruppen.no',
      policyUrl: 'https://mestergruppen.no/personvern',
    });
    expect(Object.keys(c.categories)).toEqual(['necessary', 'analytics', 'marketing', 'profiling']);
    expect(text(c.categories.analytics.title, 'nb')).toBe('Statistikk');
    expect(c.categories.necessary.description).toBe('Always on.');
    expect(c.services).toHaveLength(2);
    expect(plain(c.services[0])).toEqual(JSON.parse(FULL).services[0]);
    expect(plain(c.services[1])).toEqual({ ...JSON.parse(FULL).services[1], legalBasis: 'consent' });
    expect(plain(c.purposes)).toEqual(JSON.parse(FULL).purposes);
    expect(c.proof).toEqual({ endpoint: 'https://example.no/api/consent-proofs' });
    expect(c.googleConsentMode).toEqual({ mode: 'advanced', region: ['NO'], waitForUpdate: 500 });
    expect(c.autoBlock).toEqual({ trackers: [] });
    expect(text(c.summary, 'en')).toBe('We use cookies.');
  });

  it('puts necessary first and gives id-keyed maps no prototype', () => {
    const c = run((c) => (c.categories = { analytics: {}, necessary: { title: 'N' } })).config!;
    expect(Object.keys(c.categories)).toEqual(['necessary', 'analytics']);
    expect(c.categories.necessary).toEqual({ title: 'N' });
    expect(Object.getPrototypeOf(c.categories)).toBeNull();
    expect('toString' in c.categories).toBe(false);
  });
});

/** [what, mutation, check of the resulting config]: each must validate with no error. */
const VALID: [string, (c: Raw) => void, (c: Config) => void][] = [
  ['revision at 100 chars', (c) => (c.revision = 'r'.repeat(100)), (c) => expect(c.revision).toHaveLength(100)],
  ['language nb', (c) => (c.language = 'nb'), (c) => expect(c.language).toBe('nb')],
  ['language en-GB', (c) => (c.language = 'en-GB'), (c) => expect(c.language).toBe('en-GB')],
  ['language auto', (c) => (c.language = 'auto'), (c) => expect(c.language).toBe('auto')],
  [
    'orgNumber with spaces, kept without',
    (c) => (c.controller.orgNumber = '992 081 392'),
    (c) => expect(c.controller.orgNumber).toBe('992081392'),
  ],
  [
    'foreign orgNumber left alone',
    (c) => (c.controller.orgNumber = 'SE556036-0793'),
    (c) => expect(c.controller.orgNumber).toBe('SE556036-0793'),
  ],
  [
    'controller contacts',
    (c) => Object.assign(c.controller, { address: 'Gate 1', email: 'a@b.no', phone: '1', dpoEmail: 'd@b.no' }),
    (c) => expect(c.controller).toMatchObject({ address: 'Gate 1', email: 'a@b.no', phone: '1', dpoEmail: 'd@b.no' }),
  ],
  [
    'absolute https policyUrl',
    (c) => (c.controller.policyUrl = 'https://x.no/p'),
    (c) => expect(c.controller.policyUrl).toBe('https://x.no/p'),
  ],
  [
    'absolute http URL',
    (c) => (c.controller.policyUrl = 'HTTP://x.no'),
    (c) => expect(c.controller.policyUrl).toBe('HTTP://x.no'),
  ],
  [
    'relative /path URL',
    (c) => (c.controller.policyUrl = '/personvern'),
    (c) => expect(c.controller.policyUrl).toBe('/personvern'),
  ],
  ['relative ./ URL', (c) => (c.controller.policyUrl = './p.html'), (c) => expect(c.controller.policyUrl).toBe('./p.html')],
  ['relative ../ URL', (c) => (c.controller.policyUrl = '../p'), (c) => expect(c.controller.policyUrl).toBe('../p')],
  [
    'plain path URL',
    (c) => (c.controller.policyUrl = 'personvern.html'),
    (c) => expect(c.controller.policyUrl).toBe('personvern.html'),
  ],
  ['summary as string', (c) => (c.summary = 'Hei'), (c) => expect(c.summary).toBe('Hei')],
  [
    'summary as map',
    (c) => (c.summary = { nb: 'Hei', 'en-GB': 'Hi' }),
    (c) => expect(plain(c.summary)).toEqual({ nb: 'Hei', 'en-GB': 'Hi' }),
  ],
  [
    'category with texts',
    (c) => (c.categories.analytics = { title: 'A', description: { nb: 'B' } }),
    (c) => expect(plain(c.categories.analytics)).toEqual({ title: 'A', description: { nb: 'B' } }),
  ],
  [
    'category ids with digits, _ and -',
    (c) => (c.categories = { 'a_b-2': {} }),
    (c) => expect(Object.keys(c.categories)).toEqual(['necessary', 'a_b-2']),
  ],
  ['only necessary', (c) => (c.categories = { necessary: {} }), (c) => expect(Object.keys(c.categories)).toEqual(['necessary'])],
  [
    'category legalBasis consent',
    (c) => (c.categories.analytics.legalBasis = 'consent'),
    (c) => expect(c.categories.analytics).toEqual({}),
  ],
  [
    'service defaults',
    (c) => (c.services = [{ id: 'ga', category: 'analytics' }]),
    (c) => expect(c.services).toEqual([{ id: 'ga', category: 'analytics', legalBasis: 'consent', cookies: [] }]),
  ],
  [
    'service in necessary',
    (c) => (c.services = [{ id: 'cdn', category: 'necessary', legalBasis: 'legitimate-interests' }]),
    (c) => expect(c.services[0].legalBasis).toBe('legitimate-interests'),
  ],
  [
    'service id with dots and capitals',
    (c) => (c.services = [{ id: 'Google.Ads_1', category: 'analytics' }]),
    (c) => expect(c.services[0].id).toBe('Google.Ads_1'),
  ],
  [
    'service legalBasis contract in necessary (outside necessary only consent is valid, SPEC §3)',
    (c) => (c.services = [{ id: 'a', category: 'necessary', legalBasis: 'contract', cookieless: true }]),
    (c) => expect(c.services[0].legalBasis).toBe('contract'),
  ],
  [
    'cookie pattern and duration',
    (c) =>
      (c.services = [
        { id: 'a', category: 'analytics', cookies: [{ name: '_ga_x', pattern: '_ga_.+', duration: { en: '1 d' } }] },
      ]),
    (c) => expect(plain(c.services[0].cookies)).toEqual([{ name: '_ga_x', pattern: '_ga_.+', duration: { en: '1 d' } }]),
  ],
  [
    'service texts and url',
    (c) =>
      (c.services = [
        { id: 'a', category: 'analytics', name: 'A', provider: 'P', purpose: 'x', transfer: { en: 'US' }, policyUrl: '/p' },
      ]),
    (c) => expect(c.services[0]).toMatchObject({ name: 'A', provider: 'P', purpose: 'x', policyUrl: '/p' }),
  ],
  [
    'purpose minimal',
    (c) => (c.purposes = [{ title: 'T', legalBasis: 'legal-obligation' }]),
    (c) => expect(c.purposes).toEqual([{ title: 'T', legalBasis: 'legal-obligation' }]),
  ],
  [
    'purpose full',
    (c) => (c.purposes = [{ title: { nb: 'T' }, legalBasis: 'public-task', data: 'd', retention: 'r', recipients: { en: 'x' } }]),
    (c) =>
      expect(plain(c.purposes[0])).toEqual({
        title: { nb: 'T' },
        legalBasis: 'public-task',
        data: 'd',
        retention: 'r',
        recipients: { en: 'x' },
      }),
  ],
  [
    'rights subset, duplicates dropped',
    (c) => (c.rights = ['access', 'complaint', 'access']),
    (c) => expect(c.rights).toEqual(['access', 'complaint']),
  ],
  ['rights empty', (c) => (c.rights = []), (c) => expect(c.rights).toEqual([])],
  ['authority without url', (c) => (c.authority = { name: 'IMY' }), (c) => expect(c.authority).toEqual({ name: 'IMY' })],
  [
    'authority with relative url',
    (c) => (c.authority = { name: 'X', url: '/klage' }),
    (c) => expect(c.authority).toEqual({ name: 'X', url: '/klage' }),
  ],
  [
    'proof endpoint relative',
    (c) => (c.proof = { endpoint: '/api/consent-proofs' }),
    (c) => expect(c.proof).toEqual({ endpoint: '/api/consent-proofs' }),
  ],
  [
    'cookie fully given',
    (c) => (c.cookie = { name: 'my_consent', domain: '.example.no', path: '/app', sameSite: 'None', expiresAfterDays: 3650 }),
    (c) =>
      expect(c.cookie).toEqual({
        name: 'my_consent',
        domain: '.example.no',
        path: '/app',
        sameSite: 'None',
        expiresAfterDays: 3650,
      }),
  ],
  [
    'cookie partly given',
    (c) => (c.cookie = { sameSite: 'Strict', expiresAfterDays: 1 }),
    (c) => expect(c.cookie).toEqual({ name: 'samtykke', domain: '', path: '/', sameSite: 'Strict', expiresAfterDays: 1 }),
  ],
  ['cookie domain host', (c) => (c.cookie = { domain: 'www.example.no' }), (c) => expect(c.cookie.domain).toBe('www.example.no')],
  ['gpc ignore', (c) => (c.gpc = 'ignore'), (c) => expect(c.gpc).toBe('ignore')],
  ['googleConsentMode false', (c) => (c.googleConsentMode = false), (c) => expect(c.googleConsentMode).toBe(false)],
  [
    'googleConsentMode true',
    (c) => (c.googleConsentMode = true),
    (c) => expect(c.googleConsentMode).toEqual({ mode: 'basic', waitForUpdate: 500 }),
  ],
  [
    'googleConsentMode {}',
    (c) => (c.googleConsentMode = {}),
    (c) => expect(c.googleConsentMode).toEqual({ mode: 'basic', waitForUpdate: 500 }),
  ],
  [
    'googleConsentMode full',
    (c) =>
      (c.googleConsentMode = {
        mode: 'advanced',
        region: ['NO', 'NO-03', 'SE'],
        waitForUpdate: 0,
        urlPassthrough: true,
        adsDataRedaction: false,
      }),
    (c) =>
      expect(c.googleConsentMode).toEqual({
        mode: 'advanced',
        region: ['NO', 'NO-03', 'SE'],
        waitForUpdate: 0,
        urlPassthrough: true,
        adsDataRedaction: false,
      }),
  ],
  [
    'googleConsentMode region duplicates dropped',
    (c) => (c.googleConsentMode = { region: ['NO', 'SE', 'NO'] }),
    (c) => expect(c.googleConsentMode).toEqual({ mode: 'basic', region: ['NO', 'SE'], waitForUpdate: 500 }),
  ],
  ['autoBlock false', (c) => (c.autoBlock = false), (c) => expect(c.autoBlock).toBe(false)],
  ['autoBlock true', (c) => (c.autoBlock = true), (c) => expect(c.autoBlock).toEqual({ trackers: [] })],
  ['autoBlock {}', (c) => (c.autoBlock = {}), (c) => expect(c.autoBlock).toEqual({ trackers: [] })],
  [
    'autoBlock trackers (host lower-cased)',
    (c) => (c.autoBlock = { trackers: [{ host: 'Stats.Example.com', path: '/t.js', service: 'stats', category: 'analytics' }] }),
    (c) =>
      expect(c.autoBlock).toEqual({
        trackers: [{ host: 'stats.example.com', path: '/t.js', service: 'stats', category: 'analytics' }],
      }),
  ],
  [
    'autoBlock frames (the frame policy on, with the other framed hosts)',
    (c) => (c.autoBlock = { frames: ['js.stripe.com', '*.typeform.com'] }),
    (c) => expect(c.autoBlock).toEqual({ trackers: [], frames: ['js.stripe.com', '*.typeform.com'] }),
  ],
  ['reloadOnWithdraw false', (c) => (c.reloadOnWithdraw = false), (c) => expect(c.reloadOnWithdraw).toBe(false)],
  ['theme dark', (c) => (c.theme = 'dark'), (c) => expect(c.theme).toBe('dark')],
  ['theme light', (c) => (c.theme = 'light'), (c) => expect(c.theme).toBe('light')],
  [
    'null optional fields take defaults',
    (c) => Object.assign(c, { theme: null, gpc: null, services: null }),
    (c) => expect([c.theme, c.gpc, c.services]).toEqual(['auto', 'honor', []]),
  ],
];

describe('validate: valid fields', () => {
  it.each(VALID)('%s', (_, mutate, check) => {
    const r = run(mutate);
    expect(r.errors).toEqual([]);
    expect(r.config).not.toBeNull();
    check(r.config!);
  });
});
