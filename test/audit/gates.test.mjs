// The audit reports how a page tags its gates (SPEC §2, issue 23): a known tracker tagged
// data-consent="necessary", and a gate whose category or service the notice does not declare.
// First from gate records alone (no browser), then on a real page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build, startServer, launch, thirdParty, describe, ROOT } from './helpers.mjs';

let server;
let browser;
let audit, G, C, R, validate;
before(async () => {
  build();
  ({ audit } = await import(ROOT + 'dist/audit-build/audit/audit.js'));
  G = await import(ROOT + 'dist/audit-build/audit/findings-gates.js');
  C = await import(ROOT + 'dist/audit-build/browser/classify.js');
  R = await import(ROOT + 'dist/audit-build/audit/report.js');
  ({ validate } = await import(ROOT + 'dist/audit-build/widget/notice/config.js'));
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const site = () => {
  const raw = {
    revision: '1',
    controller: { name: 'Eksempel AS', email: 'personvern@eksempel.no' },
    categories: { necessary: { title: 'Necessary' }, analytics: { title: 'Statistics' } },
    services: [{ id: 'ga', category: 'analytics', cookies: [{ name: '_ga', duration: '2 years' }] }],
  };
  return C.siteContext('https://www.eksempel.no/', validate(raw).config);
};
const gate = (url, over = {}) => ({ url, consent: 'analytics', service: null, auto: false, heldIn: ['before'], ...over });
const scenario = (gates) => ({ id: 'none', gates });
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-X1';

test('a known tracker tagged necessary is a finding, whether the widget marked it or it is still tagged so', () => {
  for (const g of [
    gate(GTAG, { consent: 'analytics', service: 'google-analytics', tagged: 'necessary' }),
    gate(GTAG, { consent: 'necessary' }),
  ]) {
    const found = G.gateFindings([scenario([g])], site()).filter((f) => f.kind === 'without-consent');
    assert.deepEqual(
      found.map((f) => f.id),
      ['without-consent:necessary-tag:google-analytics'],
    );
    assert.match(found[0].title, /google-analytics is tagged data-consent="necessary", but it is a known tracker \(analytics\)/);
    assert.match(found[0].why, /ekomloven § 3-15/);
    assert.match(found[0].fix, /data-consent="analytics" data-service="google-analytics"/);
  }
  // The site's own necessary script, and a tracker tagged as what it is: nothing to say.
  const fine = [gate('https://www.eksempel.no/app.js', { consent: 'necessary' }), gate(GTAG, { service: 'ga' })];
  assert.deepEqual(G.gateFindings([scenario(fine)], site()), []);
});

test('a gate whose category or service the notice does not declare is a finding, once per tag', () => {
  const video = gate('https://www.youtube-nocookie.com/embed/a', { consent: 'marketing', service: 'youtube' });
  const other = gate('https://www.youtube-nocookie.com/embed/b', { consent: 'marketing', service: 'youtube' });
  const hotjar = gate('https://static.hotjar.com/c/hotjar-1.js', { service: 'hotjar' });
  const found = G.gateFindings([scenario([video, other, hotjar])], site());
  assert.deepEqual(
    found.map((f) => [f.id, f.kind]),
    [
      ['undeclared:gate:marketing/youtube', 'undeclared'],
      ['undeclared:gate:analytics/hotjar', 'undeclared'],
    ],
  );
  assert.equal(
    found[0].title,
    'A gate tagged data-consent="marketing" data-service="youtube" stays inert: the notice does not declare its category "marketing" or service "youtube"',
  );
  assert.equal(found[0].evidence.length, 2);
  assert.match(found[1].title, /does not declare its service "hotjar"$/);
  assert.match(found[0].why, /GDPR art\. 4\(11\) and 13/);
  // Held by auto-blocking: the "undeclared:tracker" finding speaks for it (findings-more.ts).
  assert.deepEqual(G.gateFindings([scenario([{ ...video, auto: true }])], site()), []);
});

test('audit of a page: both findings, with their words in the report; the tracker never ran before consent', async () => {
  const tp = thirdParty();
  const r = await audit(`${server.origin}/audit-pages/gates-law.html`, {
    browser,
    route: tp.hook,
    interceptThirdParty: true,
    settleMs: 250,
    concurrency: 3,
  });
  for (const s of r.scenarios) assert.equal(s.error, undefined, `${s.title}: ${s.error}`);
  const ids = r.findings.map((f) => f.id);
  assert.ok(ids.includes('without-consent:necessary-tag:google-analytics'), describe(r));
  assert.ok(ids.includes('undeclared:gate:marketing/youtube'), describe(r));
  const necessary = r.findings.find((f) => f.id === 'without-consent:necessary-tag:google-analytics');
  assert.match(necessary.evidence[0].text, /samtykke holds it as data-consent="analytics" data-service="google-analytics"/);
  const html = R.renderHtml(r);
  for (const f of [necessary, r.findings.find((x) => x.id === 'undeclared:gate:marketing/youtube')]) {
    assert.ok(html.includes(f.title.replaceAll('"', '&quot;')), f.title);
  }
  // Held as analytics by the widget: before any choice, Google was never contacted.
  assert.equal(r.scenarios[0].requests.filter((q) => q.host.endsWith('googletagmanager.com')).length, 0);
});
