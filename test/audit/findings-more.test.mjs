// The audit's findings about how a decision was made and what the notice tells, without a
// browser: an API decision with no user activation (SPEC §7), a known tracker held because the
// notice does not declare it (SPEC §2, §4), a service written from an older catalogue version.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { build, ROOT } from './helpers.mjs';

let M, C, validate, loadCatalogue, outdatedPresets;
before(async () => {
  build();
  M = await import(ROOT + 'dist/audit-build/audit/findings-more.js');
  C = await import(ROOT + 'dist/audit-build/browser/classify.js');
  ({ validate } = await import(ROOT + 'dist/audit-build/widget/notice/config.js'));
  ({ loadCatalogue, outdatedPresets } = await import(ROOT + 'dist/audit-build/catalogue/catalogue.js'));
});

/** A notice with nothing to warn about (contact, titles, cookies with durations), and its site context. */
const site = (services = [{ id: 'ga', category: 'analytics', preset: 'google-analytics@1' }]) => {
  const title = (t) => ({ title: t, description: t });
  const raw = {
    revision: '1',
    controller: { name: 'Eksempel AS', email: 'personvern@eksempel.no' },
    categories: { necessary: title('Necessary'), analytics: title('Statistics'), marketing: title('Marketing') },
    services: services.map((s) => ({ cookies: [{ name: `_${s.id}`, duration: '1 year' }], retention: '14 months', ...s })),
    proof: { endpoint: '/consent-proofs' },
  };
  const ctx = C.siteContext('https://www.eksempel.no/', validate(raw).config);
  ctx.notice = raw;
  return ctx;
};

const scenario = (over = {}) => ({
  id: 'none',
  title: 'No interaction',
  description: '',
  phases: [{ id: 'before', label: 'before any choice', granted: ['necessary'] }],
  pages: [],
  requests: [],
  cookies: [],
  storage: [],
  receipts: [],
  decisions: [],
  dataLayer: null,
  consent: null,
  screenshots: [],
  problems: [],
  notes: [],
  gates: [],
  ...over,
});
const receipt = (body) => ({
  phase: 'before',
  url: 'https://www.eksempel.no/consent-proofs',
  idempotencyKey: body.receiptId,
  contentType: 'application/json',
  body,
  problems: [],
});
const body = (over) => ({
  receiptId: 'r1',
  method: 'accept-all',
  timestamp: '2026-12-01T10:00:00.000Z',
  url: 'https://www.eksempel.no/',
  via: 'api',
  userActivation: false,
  categories: { necessary: true, analytics: true },
  ...over,
});
const none = () => [];

test('an API grant without user activation is a finding; a click, an activated call, a refusal and the audit’s own set() are not', () => {
  const found = M.moreFindings([scenario({ receipts: [receipt(body())] })], site(), true, [], [], none);
  assert.equal(found.length, 1);
  assert.equal(found[0].id, 'provenance:api-without-activation');
  assert.equal(found[0].kind, 'provenance');
  assert.match(found[0].evidence[0].text, /receipt r1: method "accept-all", via "api", userActivation false/);
  const fine = [
    receipt(body({ receiptId: 'r2', via: 'banner', userActivation: true })),
    receipt(body({ receiptId: 'r3', via: 'api', userActivation: true })),
    receipt(body({ receiptId: 'r4', via: 'browser', method: 'gpc' })),
    receipt(body({ receiptId: 'r5' })), // matched by the audit's own decision below
    // A page script's refusal needs no activation (SPEC §5): no finding.
    receipt(
      body({
        receiptId: 'r6',
        method: 'reject-all',
        timestamp: '2026-12-01T10:05:00.000Z',
        categories: { necessary: true, analytics: false },
      }),
    ),
  ];
  const decisions = [{ phase: 'before', method: 'api', consent: { timestamp: '2026-12-01T10:00:00.000Z' } }];
  assert.deepEqual(M.moreFindings([scenario({ receipts: fine, decisions })], site(), true, [], [], none), []);
  assert.deepEqual(
    M.moreFindings(
      [scenario({ receipts: [receipt(body({ via: undefined, userActivation: undefined }))] })],
      site(),
      true,
      [],
      [],
      none,
    ),
    [],
    'receipts of older widgets carry no provenance',
  );
});

test('a known tracker held on the page that the notice does not declare is a finding, once', () => {
  const gate = (url, over = {}) => ({
    url,
    consent: 'marketing',
    service: 'meta-pixel',
    auto: true,
    heldIn: ['before', 'accepted'],
    ...over,
  });
  const held = scenario({ gates: [gate('https://connect.facebook.net/en_US/fbevents.js')] });
  const found = M.moreFindings([held], site(), true, [], [], none);
  assert.deepEqual(
    found.map((f) => [f.id, f.kind]),
    [['undeclared:tracker:meta-pixel', 'undeclared']],
  );
  assert.match(
    found[0].evidence[0].text,
    /^held by auto-blocking: https:\/\/connect\.facebook\.net\/en_US\/fbevents\.js \(still held at the end of: before, accepted\)$/,
  );
  // Declared (here through its preset): a choice like any other.
  assert.deepEqual(
    M.moreFindings([held], site([{ id: 'fb', category: 'marketing', preset: 'meta-pixel@1' }]), true, [], [], none),
    [],
  );
  // Activated, never held: nothing to say here.
  assert.deepEqual(
    M.moreFindings(
      [scenario({ gates: [gate('https://connect.facebook.net/en_US/fbevents.js', { heldIn: [] })] })],
      site(),
      true,
      [],
      [],
      none,
    ),
    [],
  );
  // Already reported as an undeclared third party it contacted: not twice.
  assert.deepEqual(M.moreFindings([held], site(), true, [{ id: 'undeclared:host:meta-pixel' }], [], none), []);
  // The site's own tagged script of a service no list knows is not a known tracker.
  assert.deepEqual(
    M.moreFindings(
      [scenario({ gates: [gate('https://www.eksempel.no/chat.js', { auto: false, service: 'chat' })] })],
      site(),
      true,
      [],
      [],
      none,
    ),
    [],
  );
  // Not a samtykke site, or no valid notice: nothing of this kind.
  assert.deepEqual(M.moreFindings([held], site(), false, [], [], none), []);
});

test('a tracker iframe written untagged in the HTML is a finding without the frame policy; tagging is the fix that needs no reload', () => {
  const yt = { id: 'yt', category: 'marketing', preset: 'youtube@1' };
  const frame = (over = {}) => ({
    url: 'https://www.youtube.com/embed/x',
    consent: 'marketing',
    service: 'youtube',
    auto: true,
    frame: true,
    heldIn: ['before'],
    ...over,
  });
  const found = M.moreFindings([scenario({ gates: [frame()] })], site([yt]), true, [], [], none);
  assert.deepEqual(
    found.map((f) => [f.id, f.kind]),
    [['without-consent:untagged-frame:youtube', 'without-consent']],
  );
  assert.match(found[0].fix, /data-src="…" data-consent="marketing" data-service="youtube"/);
  assert.match(found[0].fix, /needs no reload/);
  // Tagged by the page, or a script held by auto-blocking: no race with the parser to report.
  assert.deepEqual(M.moreFindings([scenario({ gates: [frame({ auto: false })] })], site([yt]), true, [], [], none), []);
  assert.deepEqual(M.moreFindings([scenario({ gates: [frame({ frame: false })] })], site([yt]), true, [], [], none), []);
  // With the frame policy on, the browser refuses the request itself.
  const policy = site([yt]);
  policy.config.autoBlock.frames = [];
  assert.deepEqual(M.moreFindings([scenario({ gates: [frame()] })], policy, true, [], [], none), []);
});

test('a tracker host in autoBlock.frames is a finding: the policy would frame it before consent', () => {
  const yt = { id: 'yt', category: 'marketing', preset: 'youtube@1' };
  const withFrames = (frames) => {
    const ctx = site([yt]);
    ctx.config.autoBlock.frames = frames;
    return ctx;
  };
  const found = M.moreFindings([scenario()], withFrames(['js.stripe.com', 'www.youtube.com', '*.vimeo.com']), true, [], [], none);
  assert.deepEqual(
    found.map((f) => f.id),
    ['notice:framed-tracker:www.youtube.com', 'notice:framed-tracker:*.vimeo.com'],
  );
  assert.match(found[0].title, /a host of youtube \(marketing\): its frames load before consent/);
  assert.match(found[0].evidence[0].text, /^autoBlock\.frames\[1\]: "www\.youtube\.com" covers youtube\.com/);
  assert.match(found[0].fix, /Remove the host from "frames"/);
  // Hosts that are no tracker, and no policy at all: nothing.
  assert.deepEqual(
    M.moreFindings([scenario()], withFrames(['js.stripe.com', '*.booking-widget.example']), true, [], [], none),
    [],
  );
  assert.deepEqual(M.moreFindings([scenario()], site([yt]), true, [], [], none), []);
});

test("the validator's warnings about the notice are findings, one per field; unknown fields are not", () => {
  const ctx = site();
  assert.deepEqual(M.moreFindings([scenario()], ctx, true, [], [], none), [], 'a notice with nothing to warn about');
  ctx.notice.controller.orgNumber = '974451205';
  ctx.notice.services.push({ id: 'odd', category: 'nope', cookies: [{ name: 'x', duration: '1 day' }], futureField: true });
  const found = M.moreFindings([scenario()], ctx, true, [], [], none);
  const ids = found.map((f) => f.id);
  assert.ok(ids.includes('notice:warning:controller.orgNumber'), ids.join('\n'));
  assert.ok(ids.includes('notice:warning:services[1].category'), ids.join('\n'));
  assert.ok(!ids.some((id) => /futureField|preset/.test(id)), ids.join('\n'));
  assert.ok(found.every((f) => f.kind === 'notice'));
  assert.match(
    found.find((f) => f.id === 'notice:warning:services[1].category').evidence[0].text,
    /^services\[1\]\.category: .*"nope"/,
  );
});

test('a notice without a proof endpoint gets the warning `samtykke validate` prints, unless the receipt finding already says it', () => {
  const ctx = site();
  delete ctx.notice.proof;
  const ids = M.moreFindings([scenario()], ctx, true, [], [], none).map((f) => f.id);
  assert.deepEqual(ids, ['notice:warning:proof']);
  const earlier = [{ id: 'receipt:no-endpoint' }];
  assert.deepEqual(M.moreFindings([scenario()], ctx, true, earlier, [], none), []);
});

test('a service written from an older catalogue version is reported with the current one', () => {
  const newer = new Map(
    [...loadCatalogue()].map(([id, e]) => [id, id === 'google-analytics' ? { ...e, version: e.version + 1 } : e]),
  );
  const latest = `google-analytics@${newer.get('google-analytics').version}`;
  const found = M.moreFindings([scenario()], site(), true, [], [], (n) => outdatedPresets(n, newer));
  assert.deepEqual(
    found.map((f) => f.id),
    ['notice:outdated-preset:ga'],
  );
  assert.equal(found[0].title, `“ga” was written from google-analytics@1; the catalogue now has ${latest}`);
  assert.match(found[0].fix, /"preset": "google-analytics" \(without the version\)/);
  assert.deepEqual(
    M.moreFindings([scenario()], site(), true, [], [], (n) => outdatedPresets(n)),
    [],
    'the package catalogue: up to date',
  );
  const notes = [];
  assert.deepEqual(
    M.moreFindings([scenario()], site(), true, [], notes, () => {
      throw new Error('no catalogue');
    }),
    [],
  );
  assert.match(notes[0], /could not be checked against the service catalogue: no catalogue/);
});
