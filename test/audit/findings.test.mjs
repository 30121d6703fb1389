// The audit's judgement without a browser: receipts against SPEC §7, Consent Mode order, button
// prominence, what counts as first party and as declared, and that the reports escape what
// pages and notices put in them.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { build, ROOT } from './helpers.mjs';

let F, C, R, validate;
before(async () => {
  build();
  F = await import(ROOT + 'dist/audit-build/audit/findings.js');
  C = await import(ROOT + 'dist/audit-build/browser/classify.js');
  R = await import(ROOT + 'dist/audit-build/audit/report.js');
  ({ validate } = await import(ROOT + 'dist/audit-build/widget/notice/validate.js'));
});

const notice = () =>
  validate({
    revision: '2026-11-22',
    controller: { name: 'Eksempel AS', orgNumber: '974451204' },
    categories: { necessary: {}, analytics: { title: 'Statistics' } },
    services: [
      { id: 'google-analytics', category: 'analytics', cookies: [{ name: '_ga' }, { name: '_ga_<id>', pattern: '^_ga_.+$' }] },
      { id: 'cdn', category: 'necessary' },
    ],
    autoBlock: { trackers: [{ host: 'cdn.example.test', service: 'cdn', category: 'necessary' }] },
    proof: { endpoint: '/consent-proofs' },
  }).config;

const consent = {
  id: '0b6f7c4e-3d2a-4c1b-9e8f-7a6b5c4d3e2f',
  timestamp: '2026-11-22T10:00:00.000Z',
  revision: '2026-11-22',
  method: 'accept-all',
  categories: { necessary: true, analytics: true },
  services: { 'google-analytics': true, cdn: true },
};

const receipt = (over = {}) => ({
  v: 1,
  receiptId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  consentId: consent.id,
  timestamp: consent.timestamp,
  method: 'accept-all',
  revision: '2026-11-22',
  noticeHash: 'sha256:' + 'ab'.repeat(32),
  language: 'en',
  controller: { name: 'Eksempel AS', orgNumber: '974451204' },
  categories: consent.categories,
  services: consent.services,
  gpc: false,
  url: 'https://example.no/page',
  userAgent: 'Mozilla/5.0',
  widget: 'samtykke@1.0.0',
  previousReceiptId: null,
  expiresAt: '2027-05-21T10:00:00.000Z',
  ...over,
});

const expect = () => ({
  method: 'accept-all',
  consent,
  gpc: false,
  pageUrl: 'https://example.no/page?x=1#y',
  config: notice(),
  previousReceiptId: null,
});
const rec = (body, key = body?.receiptId) => ({
  phase: 'accepted',
  url: 'https://example.no/consent-proofs',
  idempotencyKey: key,
  contentType: 'application/json',
  body,
  problems: [],
});

test('a receipt as SPEC §7 has it, for the decision made, has no problems', () => {
  assert.deepEqual(F.receiptProblems(rec(receipt()), expect()), []);
});

test('a receipt is checked field by field: types, UUIDs, the notice hash, the decision, the header', () => {
  const p = (over, key) => F.receiptProblems(rec(receipt(over), key), expect()).join('\n');
  assert.match(p({ v: 2 }), /"v" must be 1/);
  assert.match(p({ receiptId: 'nope' }, 'nope'), /"receiptId" must be a UUID/);
  assert.match(p({ noticeHash: 'md5:abc' }), /"noticeHash" must be "sha256:"/);
  assert.match(p({ method: 'reject-all' }), /"method" is "reject-all", but the visitor's choice was "accept-all"/);
  assert.match(p({ categories: { necessary: true, analytics: false } }), /"categories" .* differ from the decision/);
  assert.match(p({ url: 'https://example.no/page?x=1' }), /origin and path only/);
  assert.match(p({ gpc: 'no' }), /"gpc" must be true or false/);
  assert.match(p({ expiresAt: '2026-12-22T10:00:00.000Z' }), /"expiresAt" is 30 days after the decision, not the notice's 180/);
  assert.match(
    p({ previousReceiptId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }),
    /"previousReceiptId" is .* but the decision it replaces has receipt null/,
  );
  assert.match(p({}, null), /Idempotency-Key header \(null\) must equal "receiptId"/);
  assert.match(p({ controller: { name: 'Someone else' } }), /"controller.name" is "Someone else"/);
  assert.deepEqual(F.receiptProblems(rec('not json'), expect()), ['the body is not a JSON object']);
  // One contract with the receiver: what it refuses, the audit flags (a time with an offset too).
  assert.match(p({ timestamp: '2026-11-22T12:00:00.000+02:00' }), /"timestamp" must be an ISO 8601 UTC date-time/);
  assert.match(p({ via: 'popup' }), /"via" must be one of banner, dialog/);
  assert.match(p({ email: 'a@b.no' }), /unknown field "email"/);
  assert.deepEqual(F.receiptProblems(rec(receipt({ via: 'dialog', userActivation: true, subject: null })), expect()), []);
});

test('Consent Mode: the default must come before the first Google tag', () => {
  const cmd = (command, arg) => ({ kind: 'command', command, arg });
  assert.deepEqual(F.consentModeProblems([cmd('consent', 'default'), cmd('js'), cmd('config', 'G-1')], true), []);
  assert.match(
    F.consentModeProblems([cmd('js'), cmd('consent', 'default')], false)[0].title,
    /ran before the Consent Mode default/,
  );
  assert.match(F.consentModeProblems([{ kind: 'object', event: 'gtm.js' }], false)[0].title, /default is missing/);
  assert.deepEqual(F.consentModeProblems(null, false), [], 'no dataLayer and no promise of one: nothing to say');
  assert.match(
    F.consentModeProblems([], true)[0].title,
    /default is missing/,
    'samtykke with googleConsentMode on always sends it',
  );
});

test('first-layer buttons: equal within 1 px and in every style, or the differences are named', () => {
  const style = {
    'font-size': '16px',
    'font-weight': '600',
    color: 'rgb(255, 255, 255)',
    'background-color': 'rgb(26, 86, 219)',
  };
  const b = (name, width, s = style) => ({ name, width, height: 44, style: s });
  assert.deepEqual(F.prominenceProblems([b('Accept all', 300.6), b('Reject all', 300.2), b('Choose', 301.1)]), []);
  const p = F.prominenceProblems([
    b('Accept all', 300),
    b('Reject all', 200, { ...style, 'background-color': 'rgb(255, 255, 255)' }),
    b('Choose', 300),
  ]);
  assert.match(p.join('\n'), /“Accept all” is 300×44 px, “Reject all” 200×44 px/);
  assert.match(p.join('\n'), /background-color: “Accept all” rgb\(26, 86, 219\), “Reject all” rgb\(255, 255, 255\)/);
});

test('first party is the site, whatever the subdomain; known trackers and the notice decide the rest', () => {
  assert.equal(C.siteOf('www.example.no'), 'example.no');
  assert.equal(C.siteOf('a.b.example.co.uk'), 'example.co.uk');
  assert.equal(C.siteOf('127.0.0.1'), '127.0.0.1');
  assert.equal(C.isThirdParty('cdn.example.no', 'www.example.no'), false);
  assert.equal(C.isThirdParty('www.googletagmanager.com', 'www.example.no'), true);
  // The public suffix list (tldts), private section included: as browsers draw the line.
  assert.equal(C.siteOf('a.b.example.com.au'), 'example.com.au');
  assert.equal(C.siteOf('www.nrk.no'), 'nrk.no');
  assert.equal(C.siteOf('alice.github.io'), 'alice.github.io');
  assert.equal(C.isThirdParty('alice.github.io', 'bob.github.io'), true);
  assert.equal(C.isThirdParty('static.example.kommune.no', 'www.example.kommune.no'), false);
  assert.equal(C.siteOf('localhost'), 'localhost');
  const ctx = C.siteContext('https://www.example.no/', notice(), ['https://www.example.no/samtykke.js']);
  assert.deepEqual(C.classifyUrl('https://www.googletagmanager.com/gtag/js?id=G-1', ctx), {
    service: 'google-analytics',
    category: 'analytics',
    declared: true,
  });
  assert.deepEqual(C.classifyUrl('https://connect.facebook.net/en_US/fbevents.js', ctx), {
    service: 'meta-pixel',
    category: 'marketing',
    declared: false,
  });
  assert.deepEqual(
    C.classifyUrl('https://cdn.example.test/lib.js', ctx),
    { service: 'cdn', category: 'necessary', declared: true },
    "the notice's own tracker rule declares it",
  );
  assert.deepEqual(C.classifyUrl('https://unknown.test/x.js', ctx), { service: null, category: null, declared: false });
  assert.equal(C.classifyUrl('https://www.example.no/consent-proofs', ctx).own, true);
  assert.deepEqual(C.attributeCookie('_ga_ABC123', [], ctx), {
    service: 'google-analytics',
    category: 'analytics',
    declared: true,
  });
  assert.deepEqual(C.attributeCookie('_gid', [], ctx), { service: 'google-analytics', category: 'analytics', declared: false });
  assert.equal(C.attributeCookie('samtykke', [], ctx).own, true);
  assert.deepEqual(C.attributeCookie('x', [{ url: 'https://unknown.test/x.js' }], ctx), {
    service: null,
    category: null,
    declared: false,
  });
  assert.deepEqual(
    C.attributeCookie('y', [{ url: 'https://www.example.no/ads.js', consent: 'marketing', service: 'ads' }], ctx),
    { service: 'ads', category: 'marketing', declared: false },
  );
});

test('matchTracker takes a base for relative URLs, so it also works outside a page', async () => {
  const { matchTracker, parseTrackers } = await import(ROOT + 'dist/audit-build/widget/fast/trackers.js');
  assert.equal(matchTracker('/gtag/js?id=G-1', parseTrackers(), 'https://www.googletagmanager.com/').service, 'google-analytics');
  assert.equal(matchTracker('/x.js', parseTrackers(), 'https://www.example.no/'), null);
  assert.equal(matchTracker('/x.js', parseTrackers()), null, 'no page and no base: no match, no throw');
});

test('the reports escape everything the page and the notice put in them', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const scenario = {
    id: 'none',
    title: 'No interaction',
    description: 'd',
    phases: [{ id: 'before', label: 'before any choice', granted: ['necessary'] }],
    pages: ['https://example.no/'],
    requests: [
      {
        url: `https://t.test/${evil}`,
        host: 't.test',
        path: '/' + evil,
        method: 'GET',
        resourceType: 'script',
        phase: 'before',
        frame: '',
        thirdParty: true,
        beacon: false,
        service: null,
        category: null,
        declared: false,
      },
    ],
    cookies: [
      {
        name: evil,
        domain: 'example.no',
        path: '/',
        expiresDays: 1,
        thirdParty: false,
        httpOnly: false,
        secure: false,
        setBy: [evil],
        phases: ['before'],
        writtenIn: ['before'],
        service: null,
        category: null,
        declared: false,
      },
    ],
    storage: [],
    receipts: [],
    decisions: [],
    dataLayer: null,
    consent: null,
    screenshots: [],
    problems: [],
    notes: [evil],
  };
  const cfg = notice();
  cfg.controller.name = evil;
  const result = {
    url: 'https://example.no/',
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: '2026-11-22T10:01:00.000Z',
    tool: 'samtykke audit',
    browser: 'Chromium',
    samtykke: true,
    config: cfg,
    configErrors: [],
    language: 'en',
    scenarios: [scenario],
    findings: [],
    notes: [],
  };
  result.findings = F.findings([scenario], cfg, true);
  assert.ok(result.findings.length >= 3);
  const html = R.renderHtml(result);
  assert.doesNotMatch(html, /<img src=x/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  const junit = R.renderJunit(result);
  assert.doesNotMatch(junit, /<img src=x/);
  assert.match(junit, /<failure type="without-consent"/);
});
