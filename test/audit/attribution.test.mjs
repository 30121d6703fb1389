// The audit knows what the site says about itself: a request, cookie or frame caused by an
// activated gate belongs to that gate's data-service; a notice service's `hosts` and `preset`
// and the catalogue's hosts name services too. And an app that starts samtykke with init()
// is audited like any other samtykke site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build, startServer, launch, thirdParty, describe, ROOT } from './helpers.mjs';

let server;
let browser;
let audit, A, C, validate;
before(async () => {
  build();
  ({ audit } = await import(ROOT + 'dist/audit-build/audit/audit.js'));
  A = await import(ROOT + 'dist/audit-build/browser/attribute.js');
  C = await import(ROOT + 'dist/audit-build/browser/classify.js');
  ({ validate } = await import(ROOT + 'dist/audit-build/widget/notice/config.js'));
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a gated service no tracker list knows: its script, beacon, helper and cookie are the gate’s, and the site audits clean', async () => {
  const tp = thirdParty();
  const r = await audit(`${server.origin}/audit-pages/gated.html`, {
    browser,
    route: tp.hook,
    interceptThirdParty: true,
    settleMs: 250,
    concurrency: 3,
  });
  for (const s of r.scenarios) assert.equal(s.error, undefined, `${s.title}: ${s.error}`);
  assert.deepEqual(r.findings, [], describe(r));
  const all = r.scenarios.find((s) => s.id === 'accept-all');
  const hosts = (h) => all.requests.filter((q) => q.host === h);
  assert.ok(hosts('stats.example').length >= 2, 'the script and its beacon were seen');
  for (const q of [...hosts('stats.example'), ...hosts('cdn.stats-cdn.example')])
    assert.deepEqual([q.service, q.category, q.declared], ['stats', 'analytics', true], q.url);
  assert.ok(
    hosts('cdn.stats-cdn.example').some((q) => q.initiator === 'https://stats.example/stats.js'),
    'the helper was traced to the script that loaded it',
  );
  const st = all.cookies.find((c) => c.name === '_st_id');
  assert.deepEqual([st.service, st.declared], ['stats', true]);
  // Before any choice nothing of it ran: the gate held.
  assert.equal(r.scenarios[0].requests.filter((q) => q.host.endsWith('stats.example')).length, 0);
});

test('an app that calls init(config): the widget is found through its API, the notice read from it, every scenario run', async () => {
  const r = await audit(`${server.origin}/audit-pages/init.html`, {
    browser,
    route: thirdParty().hook,
    interceptThirdParty: true,
    settleMs: 250,
    concurrency: 3,
  });
  assert.equal(r.samtykke, true);
  assert.deepEqual(r.configErrors, []);
  assert.deepEqual(
    r.config.services.map((s) => s.id),
    ['stats'],
  );
  assert.deepEqual(
    r.scenarios.map((s) => s.id),
    ['none', 'reject-all', 'accept-analytics', 'accept-all', 'gpc', 'withdrawal'],
  );
  for (const s of r.scenarios) assert.equal(s.error, undefined, `${s.title}: ${s.error}`);
  assert.deepEqual(r.findings, [], describe(r));
  assert.ok(
    r.scenarios[0].notes.some((n) => /init\(config\).*read the notice from the widget/.test(n)),
    r.scenarios[0].notes.join('\n'),
  );
});

test('--notice: the notice given to the audit is used where the page has none of its own; a bad file is a usage error', async () => {
  const given = {
    revision: 'given-1',
    controller: { name: 'Eksempel AS', email: 'personvern@eksempel.test' },
    categories: { necessary: { title: 'Necessary' }, analytics: { title: 'Statistics' } },
    services: [{ id: 'stats', category: 'analytics', cookies: [{ name: '_st_id', duration: '1 year' }] }],
    proof: { endpoint: '/consent-proofs' },
  };
  const r = await audit(`${server.origin}/audit-pages/init.html`, {
    browser,
    route: thirdParty().hook,
    interceptThirdParty: true,
    settleMs: 250,
    only: [],
    notice: given,
  });
  assert.equal(r.config.revision, 'given-1');
  assert.ok(r.scenarios[0].notes.some((n) => /used the notice it was given/.test(n)));
  const inline = await audit(`${server.origin}/audit-pages/gated.html`, {
    browser,
    route: thirdParty().hook,
    interceptThirdParty: true,
    settleMs: 250,
    only: [],
    notice: given,
  });
  assert.equal(inline.config.revision, '2026-12-01', "the page's own notice comes first");
  const { spawnSync } = await import('node:child_process');
  const bad = spawnSync(
    process.execPath,
    [ROOT + 'bin/samtykke.mjs', 'audit', server.origin + '/audit-pages/init.html', '--notice', ROOT + 'no-such-notice.json'],
    { encoding: 'utf8' },
  );
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--notice: cannot read/);
});

const notice = () => {
  const raw = {
    revision: '1',
    controller: { name: 'Eksempel AS' },
    categories: { necessary: {}, analytics: {}, marketing: {}, profiling: {} },
    services: [
      { id: 'matomo-self', category: 'analytics', hosts: ['stats.eksempel.no/matomo.js', 'Piwik.Eksempel.no'] },
      { id: 'ga', preset: 'google-analytics@1', category: 'analytics' },
      { id: 'ads', category: 'marketing' },
      { id: 'pixel', category: 'marketing' },
      { id: 'profiler', category: 'profiling' },
    ],
  };
  const ctx = C.siteContext('https://www.eksempel.no/', validate(raw).config);
  ctx.notice = raw;
  return ctx;
};

test("a notice service's hosts (host and path prefix) and its preset name the service", () => {
  const ctx = notice();
  assert.deepEqual(A.byNoticeHosts('https://stats.eksempel.no/matomo.js?x=1', ctx), {
    service: 'matomo-self',
    category: 'analytics',
    declared: true,
  });
  assert.equal(A.byNoticeHosts('https://stats.eksempel.no/other.js', ctx), null, 'the path is a prefix');
  assert.equal(A.byNoticeHosts('https://piwik.eksempel.no/p.js', ctx).service, 'matomo-self', 'hosts match in lower case');
  const unknown = { service: null, category: null, declared: false };
  assert.deepEqual(A.refineRequest(unknown, 'https://stats.eksempel.no/matomo.js', [], new Map(), ctx).service, 'matomo-self');
  // A known tracker declared under another id through its preset is that declared service.
  const ga = C.classifyUrl('https://www.googletagmanager.com/gtag/js?id=G-1', ctx);
  assert.deepEqual(A.refineRequest(ga, 'https://www.googletagmanager.com/gtag/js?id=G-1', [], new Map(), ctx), {
    service: 'ga',
    category: 'analytics',
    declared: true,
  });
  // The catalogue's hosts: an entry the built-in list does not have.
  assert.equal(A.byCatalogue('https://www.google.com/recaptcha/api.js', ctx)?.service, 'recaptcha');
});

test('a gate speaks for what it loaded, what its scripts loaded, and its frame; never over a known tracker', () => {
  const ctx = notice();
  const gates = new Map([
    ['https://w.example/a.js', { url: 'https://w.example/a.js', consent: 'marketing', service: 'ads' }],
    ['https://v.example/embed/1', { url: 'https://v.example/embed/1', consent: 'marketing', service: null }],
    ['https://u.example/u.js', { url: 'https://u.example/u.js', consent: 'profiling', service: null }],
  ]);
  const unknown = { service: null, category: null, declared: false };
  assert.deepEqual(A.refineRequest(unknown, 'https://w.example/a.js', [], gates, ctx), {
    service: 'ads',
    category: 'marketing',
    declared: true,
  });
  assert.deepEqual(
    A.refineRequest(unknown, 'https://x.example/beacon', ['https://w.example/a.js'], gates, ctx).service,
    'ads',
    'made by the gated script',
  );
  assert.deepEqual(
    A.refineRequest(unknown, 'https://cdn.example/img.png', ['https://v.example/embed/1'], gates, ctx),
    { service: null, category: 'marketing', declared: false },
    'two marketing services: the category only',
  );
  assert.deepEqual(
    A.refineRequest(unknown, 'https://u.example/u.js', [], gates, ctx),
    { service: 'profiler', category: 'profiling', declared: true },
    "the category's only service",
  );
  const pixel = C.classifyUrl('https://connect.facebook.net/en_US/fbevents.js', ctx);
  assert.equal(
    A.refineRequest(pixel, 'https://connect.facebook.net/en_US/fbevents.js', ['https://w.example/a.js'], gates, ctx).service,
    'meta-pixel',
    'a known tracker keeps its name',
  );
  assert.deepEqual(
    A.refineWrite(unknown, ['https://w.example/a.js'], gates, ctx),
    { service: 'ads', category: 'marketing', declared: false },
    'a cookie is declared only by the notice listing it',
  );
});
