// `samtykke scan` without a browser: what it saw → a draft notice, the report's services, the tags.
// The catalogue is a fixture in the catalogue's format (fixture-catalogue.mjs).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { build, ROOT } from '../audit/helpers.mjs';
import { ENTRIES, api } from './fixture-catalogue.mjs';

let M, D, W, T, CLI, validate;
before(async () => {
  build();
  M = await import(ROOT + 'dist/audit-build/scan/catalogue.js');
  D = await import(ROOT + 'dist/audit-build/scan/draft.js');
  W = await import(ROOT + 'dist/audit-build/scan/words.js');
  T = await import(ROOT + 'dist/audit-build/scan/tags.js');
  CLI = await import(ROOT + 'dist/audit-build/scan/cli.js');
  ({ validate } = await import(ROOT + 'dist/audit-build/widget/notice/config.js'));
});

const PAGE = 'https://www.example.no/';
const req = (url, resourceType = 'script', over = {}) => ({
  url,
  host: new URL(url).hostname,
  resourceType,
  page: PAGE,
  frame: PAGE,
  thirdParty: !new URL(url).hostname.endsWith('example.no'),
  initiator: null,
  ...over,
});
const cookie = (name, over = {}) => ({
  name,
  domain: 'www.example.no',
  path: '/',
  expiresDays: 730,
  thirdParty: false,
  httpOnly: false,
  pages: [PAGE],
  setBy: [],
  ...over,
});

/** A site like the acceptance test's: GA4 through gtag, Meta Pixel, YouTube, Hotjar, a login cookie, an unknown one. */
const observations = () => ({
  url: PAGE,
  pages: [PAGE, PAGE + 'om-oss'],
  requests: [
    req('https://www.googletagmanager.com/gtag/js?id=G-TEST123', 'script', { initiator: PAGE }),
    req('https://www.google-analytics.com/g/collect?v=2&tid=G-TEST123', 'ping', {
      initiator: 'https://www.googletagmanager.com/gtag/js?id=G-TEST123',
    }),
    req('https://connect.facebook.net/en_US/fbevents.js'),
    req('https://www.facebook.com/tr?id=1&ev=PageView', 'image'),
    req('https://www.youtube-nocookie.com/embed/abc', 'document'),
    req('https://i.ytimg.com/vi/abc/hq.jpg', 'image', { frame: 'https://www.youtube-nocookie.com/embed/abc' }),
    req('https://static.hotjar.com/c/hotjar-1.js?sv=6'),
    req('https://www.example.no/app.js'),
    req('https://cdn.unknown-widget.test/w.js'),
  ],
  cookies: [
    cookie('_ga', { setBy: [{ url: 'https://www.googletagmanager.com/gtag/js?id=G-TEST123' }] }),
    cookie('_ga_TEST123', { setBy: [{ url: 'https://www.googletagmanager.com/gtag/js?id=G-TEST123' }] }),
    cookie('_fbp', { expiresDays: 90 }),
    cookie('_hjSessionUser_1', { expiresDays: 365 }),
    cookie('_hjTLDTest', { expiresDays: null, setBy: [{ url: 'https://static.hotjar.com/c/hotjar-1.js?sv=6' }] }),
    cookie('VISITOR_INFO1_LIVE', { domain: '.youtube-nocookie.com', thirdParty: true, expiresDays: 180 }),
    cookie('sid', { httpOnly: true, expiresDays: null, setBy: [{ url: PAGE, header: true }] }),
    cookie('besok_teller', { expiresDays: 30, setBy: [{ url: 'https://www.example.no/app.js' }] }),
    cookie('uw_id', { expiresDays: 400, setBy: [{ url: 'https://cdn.unknown-widget.test/w.js' }] }),
    cookie('samtykke', { expiresDays: 180 }),
  ],
  storage: [
    {
      kind: 'localStorage',
      origin: 'https://www.example.no',
      name: 'hjViewportId',
      thirdParty: false,
      pages: [PAGE],
      setBy: [{ url: 'https://static.hotjar.com/c/hotjar-1.js?sv=6' }],
    },
  ],
  elements: [
    {
      page: PAGE,
      tag: 'script',
      url: 'https://www.googletagmanager.com/gtag/js?id=G-TEST123',
      attributes: [
        ['async', ''],
        ['src', 'https://www.googletagmanager.com/gtag/js?id=G-TEST123'],
      ],
    },
    {
      page: PAGE,
      tag: 'script',
      url: null,
      attributes: [],
      code: "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-TEST123');",
    },
    {
      page: PAGE,
      tag: 'script',
      url: null,
      attributes: [],
      code: "!function(f,b,e,v,n,t,s){...}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js'); fbq('init', '1');",
    },
    {
      page: PAGE,
      tag: 'iframe',
      url: 'https://www.youtube-nocookie.com/embed/abc',
      attributes: [
        ['src', 'https://www.youtube-nocookie.com/embed/abc'],
        ['title', 'Film "one"'],
      ],
    },
    { page: PAGE, tag: 'script', url: 'https://www.example.no/app.js', attributes: [['src', '/app.js']] },
  ],
  policyLinks: [PAGE + 'personvern'],
});

const draft = () =>
  D.buildDraft(observations(), { entries: ENTRIES, expand: (s) => ({ ...api.expandPreset(s) }), revision: '2026-12-02' });

test('the catalogue rule that says most wins: gtag G- is Analytics, AW- Ads, gtm.js Tag Manager; "*" needs a path', () => {
  const id = (u) => M.matchUrl(u, ENTRIES)?.entry.id ?? null;
  assert.equal(id('https://www.googletagmanager.com/gtag/js?id=G-ABC'), 'google-analytics');
  assert.equal(id('https://www.googletagmanager.com/gtag/js?id=AW-123'), 'google-ads');
  assert.equal(id('https://www.googletagmanager.com/gtm.js?id=GTM-1'), 'google-tag-manager');
  assert.equal(id('https://stats.example.no/matomo.js'), 'matomo');
  assert.equal(id('https://www.example.no/app.js'), null);
  assert.equal(id('https://notfacebook.com/tr'), null, 'a host matches itself and its subdomains only');
  assert.equal(M.matchName('_ga_XYZ', 'cookie', ENTRIES).entry.id, 'google-analytics');
  assert.equal(M.matchName('_ga', 'localStorage', ENTRIES), null, 'a cookie name does not match a storage key');
});

test('matched services are expanded from the catalogue with their preset, in categories with nb/nn/en titles', () => {
  const { notice, services } = draft();
  const ids = notice.services.map((s) => s.id);
  assert.deepEqual(ids, ['google-analytics', 'meta-pixel', 'youtube', 'hotjar', 'site', 'unknown-widget.test']);
  const ga = notice.services[0];
  assert.equal(ga.preset, 'google-analytics@2');
  assert.equal(ga.category, 'analytics');
  assert.deepEqual(
    ga.cookies.map((c) => c.name),
    ['_ga', '_ga_<container-id>'],
    'cookies the entry lists are not repeated',
  );
  const hotjar = notice.services[3];
  assert.deepEqual(
    hotjar.cookies.map((c) => c.name),
    ['_hjSessionUser_<site-id>', '_hjTLDTest', 'hjViewportId'],
    'cookies the scan traced to the entry are added with their seen lifetime',
  );
  assert.deepEqual(hotjar.cookies[1].duration, {
    nb: 'Til nettleseren lukkes',
    nn: 'Til nettlesaren blir lukka',
    en: 'Until the browser closes',
  });
  assert.deepEqual(Object.keys(notice.categories), ['necessary', 'analytics', 'marketing']);
  assert.deepEqual(notice.categories.marketing.title, { nb: 'Markedsføring', nn: 'Marknadsføring', en: 'Marketing' });
  for (const c of Object.values(notice.categories)) for (const l of ['nb', 'nn', 'en']) assert.ok(c.title[l] && c.description[l]);
  assert.deepEqual(notice.rights, [
    'access',
    'rectification',
    'erasure',
    'restriction',
    'portability',
    'objection',
    'withdraw',
    'complaint',
  ]);
  const yt = services.find((s) => s.id === 'youtube');
  assert.ok(yt.evidence.some((e) => e.kind === 'embed' && /youtube-nocookie\.com\/embed\/abc/.test(e.text)));
  assert.ok(
    yt.evidence.some((e) => /i\.ytimg\.com/.test(e.text)),
    "the embed's own requests belong to the embed",
  );
  assert.ok(
    services
      .find((s) => s.id === 'google-analytics')
      .evidence.some((e) => /g\/collect.*\(by https:\/\/www\.googletagmanager\.com\/gtag\/js/.test(e.text)),
    'the initiator is named',
  );
  assert.ok(
    !ids.includes('samtykke') && !JSON.stringify(notice).includes('"samtykke"'),
    "samtykke's own cookie is not a service",
  );
});

test("the site's own cookies and an unknown third party are $todo services without a category", () => {
  const { notice, todos } = draft();
  const site = notice.services.find((s) => s.id === 'site');
  assert.equal(site.category, undefined);
  assert.match(site.$todo, /“sid” \(HttpOnly, set by the server: looks like a login or session cookie\)/);
  assert.match(site.$todo, /“besok_teller” \(set by the script https:\/\/www\.example\.no\/app\.js\)/);
  assert.match(site.$todo, /"category": "necessary"/);
  assert.deepEqual(
    site.cookies.map((c) => [c.name, c.duration.nb]),
    [
      ['sid', 'Til nettleseren lukkes'],
      ['besok_teller', '1 måned'],
    ],
  );
  const unknown = notice.services.find((s) => s.id === 'unknown-widget.test');
  assert.equal(unknown.category, undefined);
  assert.deepEqual(unknown.hosts, ['cdn.unknown-widget.test']);
  assert.deepEqual(
    unknown.cookies.map((c) => c.name),
    ['uw_id'],
    "a cookie set by the unknown party's script is its own",
  );
  assert.match(unknown.$todo, /An unknown third party: cdn\.unknown-widget\.test/);
  assert.match(notice.controller.$todo, /add "name"/);
  assert.match(notice.controller.$todo, /https:\/\/www\.example\.no\/personvern/);
  assert.deepEqual(
    todos.map((t) => t.path),
    ['controller.$todo', 'services[4].$todo', 'services[5].$todo'],
  );
});

test('the draft fails validation with a message naming each unfinished field, and passes once the owner fills them in', () => {
  const { notice } = draft();
  const errors = validate(notice).errors.map((e) => `${e.path}: ${e.message}`);
  assert.ok(
    errors.some((e) => /^controller\.name: /.test(e)),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => /^services\[4\]\.category: /.test(e)),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => /^services\[5\]\.category: /.test(e)),
    errors.join('\n'),
  );
  // The owner's part.
  const done = structuredClone(notice);
  const strip = (o) => {
    delete o.$todo;
    return o;
  };
  strip(done);
  Object.assign(strip(done.controller), {
    name: 'Eksempel AS',
    orgNumber: '974451204',
    email: 'personvern@example.no',
    policyUrl: '/personvern',
  });
  Object.assign(strip(done.services[4]), { category: 'necessary', legalBasis: 'contract', purpose: 'Innlogging' });
  Object.assign(strip(done.services[5]), { category: 'marketing', provider: 'Unknown Widget Inc.' });
  assert.deepEqual(validate(done).errors, []);
});

test('lifetimes in words: whole years and months when close, else days or hours; session cookies', () => {
  assert.deepEqual(W.cookieDuration(730), { nb: '2 år', nn: '2 år', en: '2 years' });
  assert.deepEqual(W.cookieDuration(89.6), { nb: '3 måneder', nn: '3 månader', en: '3 months' });
  assert.deepEqual(W.cookieDuration(1), { nb: '1 dag', nn: '1 dag', en: '1 day' });
  assert.deepEqual(W.cookieDuration(10), { nb: '10 dager', nn: '10 dagar', en: '10 days' });
  assert.deepEqual(W.cookieDuration(0.02), { nb: '1 time', nn: '1 time', en: '1 hour' });
  assert.equal(W.cookieDuration(null).en, 'Until the browser closes');
});

test('the tags: the two for <head>, and each script and iframe of a service in its inert form', async () => {
  const { notice, services } = draft();
  const head = T.headTags({ summary: 'a </script> in a text' });
  assert.equal(head.length, 2);
  assert.doesNotMatch(head[0].slice(0, -'</script>'.length), /<\/script>/, 'the notice cannot end its script element early');
  assert.equal(head[1], '<script src="/samtykke.js"></script>');
  const tags = T.gateTags(observations().elements, services, ENTRIES, 'www.example.no');
  const by = (s) => tags.filter((t) => t.service === s).map((t) => t.tagged);
  assert.deepEqual(by('google-analytics'), [
    '<script type="text/plain" data-consent="analytics" data-service="google-analytics" data-src="https://www.googletagmanager.com/gtag/js?id=G-TEST123" async></script>',
    '<script type="text/plain" data-consent="analytics" data-service="google-analytics">…the same code…</script>',
  ]);
  assert.deepEqual(by('meta-pixel'), [
    '<script type="text/plain" data-consent="marketing" data-service="meta-pixel">…the same code…</script>',
  ]);
  assert.deepEqual(by('youtube'), [
    '<iframe data-consent="marketing" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/abc" title="Film &quot;one&quot;"></iframe>',
  ]);
  assert.equal(tags.length, 4, "the site's own app.js is left alone");
  // And the same through the CLI's assembly, with the catalogue's loader.
  const { report } = await CLI.draftFrom(observations(), api, { tool: 'samtykke scan', browser: 'Chromium' });
  assert.equal(report.tags.length, 4);
  assert.equal(report.todos.length, 3);
  assert.equal(JSON.stringify(notice.services.map((s) => s.id)), JSON.stringify(report.services.map((s) => s.id)));
});
