// The notice validator (SPEC §3) on invalid notices: each mistake named with its field and why.
import { describe, expect, it } from 'vitest';
import { parseConfig, validate } from '../../src/widget/notice/validate.js';
import {
  minimal,
  run,
  svc,
  ORG_MSG,
  NO_CONTACT_MSG,
  unknownCategory,
  noCookies,
  LEGAL_MSG,
  URL_MSG,
  TEXT_MSG,
  CAT_ID_MSG,
} from './notice-fixtures.js';
import type { Raw } from './notice-fixtures.js';

/** [what, mutation, path, message]: each must yield exactly this error (among possibly others). */
const INVALID: [string, (c: Raw) => void, string, string][] = [
  ['revision missing', (c) => delete c.revision, 'revision', 'is required'],
  ['revision empty', (c) => (c.revision = ''), 'revision', 'must be 1-100 characters, not blank'],
  ['revision blank', (c) => (c.revision = '   '), 'revision', 'must be 1-100 characters, not blank'],
  ['revision too long', (c) => (c.revision = 'r'.repeat(101)), 'revision', 'must be 1-100 characters, not blank'],
  ['revision a number', (c) => (c.revision = 2024), 'revision', 'must be a string'],
  ['language bad tag', (c) => (c.language = 'Norsk'), 'language', 'must be "auto" or a language tag like "nb" or "en-GB"'],
  ['language number', (c) => (c.language = 1), 'language', 'must be a string'],
  ['controller missing', (c) => delete c.controller, 'controller', 'is required'],
  ['controller an array', (c) => (c.controller = []), 'controller', 'must be an object'],
  ['controller.name missing', (c) => delete c.controller.name, 'controller.name', 'is required'],
  ['controller.name empty', (c) => (c.controller.name = ' '), 'controller.name', 'must not be empty'],
  ['controller.name number', (c) => (c.controller.name = 5), 'controller.name', 'must be a string'],
  ['controller.orgNumber number', (c) => (c.controller.orgNumber = 974451204), 'controller.orgNumber', 'must be a string'],
  ['controller.email number', (c) => (c.controller.email = 1), 'controller.email', 'must be a string'],
  ['controller.address object', (c) => (c.controller.address = {}), 'controller.address', 'must be a string'],
  ['controller.phone number', (c) => (c.controller.phone = 22), 'controller.phone', 'must be a string'],
  ['controller.dpoEmail bool', (c) => (c.controller.dpoEmail = true), 'controller.dpoEmail', 'must be a string'],
  ['policyUrl javascript:', (c) => (c.controller.policyUrl = 'javascript:alert(1)'), 'controller.policyUrl', URL_MSG],
  ['policyUrl JavaScript: with tab', (c) => (c.controller.policyUrl = ' Java\tScript:alert(1)'), 'controller.policyUrl', URL_MSG],
  ['policyUrl with newline and NUL', (c) => (c.controller.policyUrl = 'java\nscr\x00ipt:x'), 'controller.policyUrl', URL_MSG],
  ['policyUrl data:', (c) => (c.controller.policyUrl = 'data:text/html,<b>x</b>'), 'controller.policyUrl', URL_MSG],
  ['policyUrl vbscript:', (c) => (c.controller.policyUrl = 'vbscript:msgbox'), 'controller.policyUrl', URL_MSG],
  ['policyUrl ftp:', (c) => (c.controller.policyUrl = 'ftp://x.no/p'), 'controller.policyUrl', URL_MSG],
  ['policyUrl https without host', (c) => (c.controller.policyUrl = 'https:/x'), 'controller.policyUrl', URL_MSG],
  ['policyUrl empty', (c) => (c.controller.policyUrl = ''), 'controller.policyUrl', URL_MSG],
  ['policyUrl number', (c) => (c.controller.policyUrl = 1), 'controller.policyUrl', 'must be a string'],
  ['summary number', (c) => (c.summary = 3), 'summary', TEXT_MSG],
  ['summary array', (c) => (c.summary = ['a']), 'summary', TEXT_MSG],
  ['summary empty map', (c) => (c.summary = {}), 'summary', TEXT_MSG],
  [
    'summary bad language key',
    (c) => (c.summary = { Norsk: 'x' }),
    'summary.Norsk',
    'must be a language tag like "nb" or "en-GB"',
  ],
  ['summary non-string value', (c) => (c.summary = { nb: 1 }), 'summary.nb', 'must be a string'],
  ['categories missing', (c) => delete c.categories, 'categories', 'is required'],
  ['categories an array', (c) => (c.categories = ['analytics']), 'categories', 'must be an object'],
  ['category id with capital', (c) => (c.categories = { Analytics: {} }), 'categories.Analytics', CAT_ID_MSG],
  ['category id with space', (c) => (c.categories = { 'a b': {} }), 'categories["a b"]', CAT_ID_MSG],
  ['category id too long', (c) => (c.categories = { ['a'.repeat(41)]: {} }), `categories.${'a'.repeat(41)}`, CAT_ID_MSG],
  ['category not an object', (c) => (c.categories.analytics = true), 'categories.analytics', 'must be an object'],
  ['category title number', (c) => (c.categories.analytics = { title: 1 }), 'categories.analytics.title', TEXT_MSG],
  [
    'category description bad',
    (c) => (c.categories.analytics = { description: { nb: null } }),
    'categories.analytics.description.nb',
    'must be a string',
  ],
  [
    'category legalBasis unknown',
    (c) => (c.categories.analytics = { legalBasis: 'interest' }),
    'categories.analytics.legalBasis',
    LEGAL_MSG,
  ],
  ['services not an array', (c) => (c.services = {}), 'services', 'must be an array'],
  ['service not an object', (c) => (c.services = ['ga']), 'services[0]', 'must be an object'],
  ['service id missing', (c) => (c.services = [{ category: 'analytics' }]), 'services[0].id', 'is required'],
  [
    'service id bad chars',
    (c) => (c.services = svc({ id: 'google analytics' })),
    'services[0].id',
    'must be an id of letters, digits, ".", "_" or "-" (at most 64)',
  ],
  [
    'service id too long',
    (c) => (c.services = svc({ id: 'a'.repeat(65) })),
    'services[0].id',
    'must be an id of letters, digits, ".", "_" or "-" (at most 64)',
  ],
  [
    'service id duplicated',
    (c) => (c.services = [...svc({}), { id: 'x', category: 'analytics' }, ...svc({})]),
    'services[2].id',
    'duplicates services[0].id',
  ],
  ['service id equals a category id', (c) => (c.services = svc({ id: 'analytics' })), 'services[0].id', 'is also a category id'],
  ['service category missing', (c) => (c.services = [{ id: 'ga' }]), 'services[0].category', 'is required'],
  ['service category number', (c) => (c.services = svc({ category: 1 })), 'services[0].category', 'must be a string'],
  ['service name number (a text)', (c) => (c.services = svc({ name: 1 })), 'services[0].name', TEXT_MSG],
  ['service provider number', (c) => (c.services = svc({ provider: 1 })), 'services[0].provider', 'must be a string'],
  ['service purpose bad', (c) => (c.services = svc({ purpose: true })), 'services[0].purpose', TEXT_MSG],
  ['service transfer bad', (c) => (c.services = svc({ transfer: 0 })), 'services[0].transfer', TEXT_MSG],
  ['service legalBasis unknown', (c) => (c.services = svc({ legalBasis: 'implied' })), 'services[0].legalBasis', LEGAL_MSG],
  [
    'service policyUrl javascript:',
    (c) => (c.services = svc({ policyUrl: 'javascript:void 0' })),
    'services[0].policyUrl',
    URL_MSG,
  ],
  ['service cookies not an array', (c) => (c.services = svc({ cookies: '_ga' })), 'services[0].cookies', 'must be an array'],
  [
    'cookie name missing',
    (c) => (c.services = svc({ cookies: [{ pattern: 'x' }] })),
    'services[0].cookies[0].name',
    'is required',
  ],
  [
    'cookie name empty',
    (c) => (c.services = svc({ cookies: [{ name: '' }] })),
    'services[0].cookies[0].name',
    'must not be empty',
  ],
  [
    'cookie pattern does not compile',
    (c) => (c.services = svc({ cookies: [{ name: 'a' }, { name: 'b', pattern: '_ga_(' }] })),
    'services[0].cookies[1].pattern',
    'must be a valid regular expression',
  ],
  [
    'cookie pattern number',
    (c) => (c.services = svc({ cookies: [{ name: 'a', pattern: 1 }] })),
    'services[0].cookies[0].pattern',
    'must be a string',
  ],
  [
    'cookie duration bad',
    (c) => (c.services = svc({ cookies: [{ name: 'a', duration: 2 }] })),
    'services[0].cookies[0].duration',
    TEXT_MSG,
  ],
  ['purposes not an array', (c) => (c.purposes = 'x'), 'purposes', 'must be an array'],
  ['purpose title missing', (c) => (c.purposes = [{ legalBasis: 'consent' }]), 'purposes[0].title', 'is required'],
  ['purpose legalBasis missing', (c) => (c.purposes = [{ title: 'T' }]), 'purposes[0].legalBasis', 'is required'],
  [
    'purpose legalBasis unknown',
    (c) => (c.purposes = [{ title: 'T', legalBasis: 'because' }]),
    'purposes[0].legalBasis',
    LEGAL_MSG,
  ],
  ['purpose data bad', (c) => (c.purposes = [{ title: 'T', legalBasis: 'consent', data: [] }]), 'purposes[0].data', TEXT_MSG],
  [
    'purpose retention bad',
    (c) => (c.purposes = [{ title: 'T', legalBasis: 'consent', retention: 14 }]),
    'purposes[0].retention',
    TEXT_MSG,
  ],
  [
    'purpose recipients bad',
    (c) => (c.purposes = [{ title: 'T', legalBasis: 'consent', recipients: {} }]),
    'purposes[0].recipients',
    TEXT_MSG,
  ],
  ['rights not an array', (c) => (c.rights = 'all'), 'rights', 'must be an array'],
  [
    'rights unknown',
    (c) => (c.rights = ['access', 'forget']),
    'rights[1]',
    'must be one of access, rectification, erasure, restriction, portability, objection, withdraw, complaint',
  ],
  ['authority not an object', (c) => (c.authority = 'Datatilsynet'), 'authority', 'must be an object'],
  ['authority name missing', (c) => (c.authority = { url: '/x' }), 'authority.name', 'is required'],
  ['authority url data:', (c) => (c.authority = { name: 'D', url: 'data:,x' }), 'authority.url', URL_MSG],
  ['proof not an object', (c) => (c.proof = '/api'), 'proof', 'must be an object'],
  ['proof endpoint missing', (c) => (c.proof = {}), 'proof.endpoint', 'is required'],
  ['proof endpoint javascript:', (c) => (c.proof = { endpoint: 'javascript:fetch()' }), 'proof.endpoint', URL_MSG],
  ['cookie not an object', (c) => (c.cookie = 'samtykke'), 'cookie', 'must be an object'],
  ['cookie name with ;', (c) => (c.cookie = { name: 'a;b' }), 'cookie.name', 'must be 1-64 letters, digits, "_" or "-"'],
  ['cookie name empty', (c) => (c.cookie = { name: '' }), 'cookie.name', 'must be 1-64 letters, digits, "_" or "-"'],
  [
    'cookie domain with path',
    (c) => (c.cookie = { domain: 'example.no/x' }),
    'cookie.domain',
    'must be "" or a host name like "example.no"',
  ],
  ['cookie domain number', (c) => (c.cookie = { domain: 1 }), 'cookie.domain', 'must be a string'],
  [
    'cookie path relative',
    (c) => (c.cookie = { path: 'app' }),
    'cookie.path',
    'must start with "/" and contain no spaces, ";" or ","',
  ],
  [
    'cookie path injection',
    (c) => (c.cookie = { path: '/; Domain=evil' }),
    'cookie.path',
    'must start with "/" and contain no spaces, ";" or ","',
  ],
  ['cookie sameSite lowercase', (c) => (c.cookie = { sameSite: 'lax' }), 'cookie.sameSite', 'must be one of Lax, Strict, None'],
  [
    'cookie expiresAfterDays 0',
    (c) => (c.cookie = { expiresAfterDays: 0 }),
    'cookie.expiresAfterDays',
    'must be an integer between 1 and 3650',
  ],
  [
    'cookie expiresAfterDays 3651',
    (c) => (c.cookie = { expiresAfterDays: 3651 }),
    'cookie.expiresAfterDays',
    'must be an integer between 1 and 3650',
  ],
  [
    'cookie expiresAfterDays 1.5',
    (c) => (c.cookie = { expiresAfterDays: 1.5 }),
    'cookie.expiresAfterDays',
    'must be an integer between 1 and 3650',
  ],
  [
    'cookie expiresAfterDays string',
    (c) => (c.cookie = { expiresAfterDays: '180' }),
    'cookie.expiresAfterDays',
    'must be an integer between 1 and 3650',
  ],
  ['gpc unknown', (c) => (c.gpc = 'respect'), 'gpc', 'must be one of honor, ignore'],
  ['gpc boolean', (c) => (c.gpc = true), 'gpc', 'must be one of honor, ignore'],
  ['googleConsentMode string', (c) => (c.googleConsentMode = 'basic'), 'googleConsentMode', 'must be true, false or an object'],
  [
    'googleConsentMode mode',
    (c) => (c.googleConsentMode = { mode: 'full' }),
    'googleConsentMode.mode',
    'must be one of basic, advanced',
  ],
  [
    'googleConsentMode region not array',
    (c) => (c.googleConsentMode = { region: 'NO' }),
    'googleConsentMode.region',
    'must be an array',
  ],
  [
    'googleConsentMode region lowercase',
    (c) => (c.googleConsentMode = { region: ['NO', 'no'] }),
    'googleConsentMode.region[1]',
    'must be an ISO 3166 code like "NO" or "NO-03"',
  ],
  [
    'googleConsentMode waitForUpdate too big',
    (c) => (c.googleConsentMode = { waitForUpdate: 60001 }),
    'googleConsentMode.waitForUpdate',
    'must be an integer between 0 and 60000',
  ],
  [
    'googleConsentMode waitForUpdate negative',
    (c) => (c.googleConsentMode = { waitForUpdate: -1 }),
    'googleConsentMode.waitForUpdate',
    'must be an integer between 0 and 60000',
  ],
  [
    'googleConsentMode urlPassthrough',
    (c) => (c.googleConsentMode = { urlPassthrough: 'yes' }),
    'googleConsentMode.urlPassthrough',
    'must be a boolean',
  ],
  [
    'googleConsentMode adsDataRedaction',
    (c) => (c.googleConsentMode = { adsDataRedaction: 1 }),
    'googleConsentMode.adsDataRedaction',
    'must be a boolean',
  ],
  ['autoBlock string', (c) => (c.autoBlock = 'on'), 'autoBlock', 'must be true, false or an object'],
  ['autoBlock trackers not array', (c) => (c.autoBlock = { trackers: {} }), 'autoBlock.trackers', 'must be an array'],
  ['frames not array', (c) => (c.autoBlock = { frames: 'js.stripe.com' }), 'autoBlock.frames', 'must be an array'],
  [
    'frames entry a URL',
    (c) => (c.autoBlock = { frames: ['https://js.stripe.com'] }),
    'autoBlock.frames[0]',
    'must be a host name like "js.stripe.com", or "*." and a host name for its subdomains',
  ],
  [
    'frames entry a CSP keyword',
    (c) => (c.autoBlock = { frames: ["'self' https:"] }),
    'autoBlock.frames[0]',
    'must be a host name like "js.stripe.com", or "*." and a host name for its subdomains',
  ],
  [
    'tracker host missing',
    (c) => (c.autoBlock = { trackers: [{ service: 's', category: 'analytics' }] }),
    'autoBlock.trackers[0].host',
    'is required',
  ],
  [
    'tracker host is a URL',
    (c) => (c.autoBlock = { trackers: [{ host: 'https://x.com', service: 's', category: 'analytics' }] }),
    'autoBlock.trackers[0].host',
    'must be a host name like "example.com"',
  ],
  [
    'tracker path relative',
    (c) => (c.autoBlock = { trackers: [{ host: 'x.com', path: 'js', service: 's', category: 'analytics' }] }),
    'autoBlock.trackers[0].path',
    'must start with "/"',
  ],
  [
    'tracker service missing',
    (c) => (c.autoBlock = { trackers: [{ host: 'x.com', category: 'analytics' }] }),
    'autoBlock.trackers[0].service',
    'is required',
  ],
  [
    'tracker service bad id',
    (c) => (c.autoBlock = { trackers: [{ host: 'x.com', service: 'a b', category: 'analytics' }] }),
    'autoBlock.trackers[0].service',
    'must be an id of letters, digits, ".", "_" or "-" (at most 64)',
  ],
  [
    'tracker category missing',
    (c) => (c.autoBlock = { trackers: [{ host: 'x.com', service: 's' }] }),
    'autoBlock.trackers[0].category',
    'is required',
  ],
  [
    'tracker category unknown',
    (c) => (c.autoBlock = { trackers: [{ host: 'x.com', service: 's', category: 'ads' }] }),
    'autoBlock.trackers[0].category',
    'refers to unknown category "ads"',
  ],
  ['reloadOnWithdraw string', (c) => (c.reloadOnWithdraw = 'false'), 'reloadOnWithdraw', 'must be a boolean'],
  ['theme unknown', (c) => (c.theme = 'blue'), 'theme', 'must be one of auto, light, dark'],
];

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
      { path: 'services[1].cookies', message: noCookies('this service') }, // its id was a duplicate
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

describe('validate: forbidden keys', () => {
  const base = '"revision":"1","controller":{"name":"A"},"categories":{"analytics":{}}';
  it.each([
    ['__proto__ at root', `{${base},"__proto__":{"polluted":true}}`, '__proto__'],
    ['constructor at root', `{${base},"constructor":{"prototype":{"x":1}}}`, 'constructor'],
    ['prototype at root', `{${base},"prototype":1}`, 'prototype'],
    ['__proto__ in controller', `{${base.replace('"name":"A"', '"name":"A","__proto__":{"x":1}')}}`, 'controller.__proto__'],
    [
      '__proto__ as a category',
      `{"revision":"1","controller":{"name":"A"},"categories":{"__proto__":{"title":"x"}}}`,
      'categories.__proto__',
    ],
    [
      'constructor as a category',
      `{"revision":"1","controller":{"name":"A"},"categories":{"constructor":{}}}`,
      'categories.constructor',
    ],
    [
      'prototype inside a category',
      `{"revision":"1","controller":{"name":"A"},"categories":{"analytics":{"prototype":{}}}}`,
      'categories.analytics.prototype',
    ],
    ['__proto__ in a text map', `{${base},"summary":{"nb":"Hei","__proto__":"x"}}`, 'summary.__proto__'],
    [
      '__proto__ in a service',
      `{${base},"services":[{"id":"a","category":"analytics","__proto__":{"admin":true}}]}`,
      'services[0].__proto__',
    ],
    [
      'constructor in a cookie of a service',
      `{${base},"services":[{"id":"a","category":"analytics","cookies":[{"name":"x","constructor":1}]}]}`,
      'services[0].cookies[0].constructor',
    ],
    [
      '__proto__ in a tracker',
      `{${base},"autoBlock":{"trackers":[{"host":"x.com","service":"s","category":"analytics","__proto__":{}}]}}`,
      'autoBlock.trackers[0].__proto__',
    ],
  ])('%s → error at %s', (_, json, path) => {
    const r = parseConfig(json);
    expect(r.config).toBeNull();
    expect(r.errors).toContainEqual({ path, message: 'forbidden key' });
    expect(r.warnings.filter((w) => w.path === path)).toEqual([]); // reported once, as an error
    expect(({} as Raw).polluted).toBeUndefined();
  });

  it('reads own keys only: a polluted Object.prototype does not fill in fields', () => {
    const proto = Object.prototype as Raw;
    proto.revision = 'polluted';
    proto.theme = 'dark';
    try {
      const r = validate({ controller: { name: 'A' }, categories: {} });
      expect(r.errors).toEqual([{ path: 'revision', message: 'is required' }]);
      expect(validate(minimal()).config!.theme).toBe('auto');
    } finally {
      delete proto.revision;
      delete proto.theme;
    }
  });

  it('rejects an object whose prototype is not a plain one', () => {
    const raw = Object.assign(Object.create({ revision: 'inherited' }), minimal());
    expect(validate(raw).errors).toEqual([{ path: '(root)', message: 'must be an object' }]);
  });
});

describe('validate: warnings (not fatal)', () => {
  it.each([
    ['unknown top-level key', (c: Raw) => (c.futureFeature = { on: true }), 'futureFeature', 'is not a known field; ignored'],
    ['unknown nested key', (c: Raw) => (c.controller.vat = 'x'), 'controller.vat', 'is not a known field; ignored'],
    ['bad Norwegian check digit', (c: Raw) => (c.controller.orgNumber = '974451205'), 'controller.orgNumber', ORG_MSG],
    ['bad check digit with spaces', (c: Raw) => (c.controller.orgNumber = '974 451 205'), 'controller.orgNumber', ORG_MSG],
    // Legitimate interests outside necessary is an error now (SPEC §3): see notice-rules.test.ts.
  ])('%s → %s', (_, mutate, path, message) => {
    const r = run(mutate);
    expect(r.errors).toEqual([]);
    expect(r.config).not.toBeNull();
    expect(r.warnings).toEqual([{ path, message }]);
  });

  it('no warning for legitimate interests in necessary', () => {
    const r = run((c) => {
      c.categories.necessary = { legalBasis: 'legitimate-interests' };
      c.services = [{ id: 'lb', category: 'necessary', legalBasis: 'legitimate-interests', cookieless: true }];
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});
