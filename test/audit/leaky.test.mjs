// `samtykke audit` against demo/leaky, a page that undermines a sound notice three ways; each
// leak must be reported with its evidence, and the command must exit non-zero. Also: a page
// without samtykke, usage errors, and a page whose CSP keeps axe out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, startServer, launch, thirdParty, describe, ROOT } from './helpers.mjs';

let server;
let browser;
let audit;
before(async () => {
  build();
  ({ audit } = await import(ROOT + 'dist/audit-build/audit/audit.js'));
  server = await startServer({
    headers: (path) =>
      path.endsWith('csp.html')
        ? {
            'content-security-policy':
              "default-src 'self'; script-src 'self' 'nonce-r4nd0m'; style-src 'self'; connect-src 'self'",
          }
        : {},
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs bin/samtykke.mjs; resolves with its exit code and output. */
function cli(args) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [ROOT + 'bin/samtykke.mjs', ...args], { cwd: ROOT, env: { ...process.env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const finding = (r, id) => r.findings.find((f) => f.id === id);
const evidence = (f) => f.evidence.map((e) => e.text).join('\n');

test('the leaky page: each leak is reported with its evidence', async () => {
  const tp = thirdParty();
  const r = await audit(`${server.origin}/leaky/index.html`, {
    browser,
    route: tp.hook,
    interceptThirdParty: true,
    settleMs: 250,
    concurrency: 3,
  });
  assert.equal(r.samtykke, true);
  assert.equal(r.language, 'en');
  for (const s of r.scenarios) assert.equal(s.error, undefined, `${s.title}: ${s.error}`);

  // 1. The untagged, unknown tracker: contacted before any choice, after Reject all, with GPC
  //    and after withdrawal; not in the notice; its script's cookie and pixel traced to it.
  const tracker = finding(r, 'without-consent:host:tracker.leaky-example.test');
  assert.ok(tracker, describe(r));
  assert.match(
    evidence(tracker),
    /Before any choice: the page loaded a script from https:\/\/tracker\.leaky-example\.test\/t\.js/,
  );
  assert.match(evidence(tracker), /After “Reject all”: .*t\.js/);
  assert.match(evidence(tracker), /With Global Privacy Control on: .*t\.js/);
  assert.match(evidence(tracker), /After withdrawing consent: .*t\.js/);
  assert.match(
    evidence(tracker),
    /loaded an image \(possibly a tracking pixel\) from https:\/\/tracker\.leaky-example\.test\/px\.gif/,
  );
  assert.ok(finding(r, 'undeclared:host:tracker.leaky-example.test'));
  const lk = finding(r, 'without-consent:cookie:_lk_uid');
  assert.ok(lk, describe(r));
  assert.match(evidence(lk), /set by script https:\/\/tracker\.leaky-example\.test\/t\.js/);
  const none = r.scenarios.find((s) => s.id === 'none');
  assert.ok(none.requests.some((q) => q.beacon && q.host === 'tracker.leaky-example.test' && q.path === '/px.gif'));

  // 2. The undeclared first-party cookie, set by the page's own app.js before any choice.
  const visitor = finding(r, 'without-consent:cookie:leaky_visitor');
  assert.ok(visitor, describe(r));
  assert.match(
    evidence(visitor),
    /Before any choice: cookie “leaky_visitor” on 127\.0\.0\.1\/ \(first party, kept for 365 days\), set by script http:\/\/127\.0\.0\.1:\d+\/leaky\/app\.js/,
  );
  assert.ok(finding(r, 'undeclared:cookie:leaky_visitor'));

  // 3. The service that ignores withdrawal: its cookie is not in the notice and outlives it.
  const ads = finding(r, 'left-after-withdrawal:cookie:_leaky_ads_id');
  assert.ok(ads, describe(r));
  assert.match(
    evidence(ads),
    /After withdrawing consent: cookie “_leaky_ads_id”.*set by script http:\/\/127\.0\.0\.1:\d+\/leaky\/ads\.js \(tagged data-consent="marketing" data-service="leaky-ads"\) \(service: leaky-ads, category: marketing\)/,
  );
  assert.ok(finding(r, 'undeclared:cookie:_leaky_ads_id'));
  // …but it was not set without consent: ads.js ran only once marketing was granted.
  assert.equal(finding(r, 'without-consent:cookie:_leaky_ads_id'), undefined);

  // What the page does right is not reported: GA is tagged and declared, the receipts are valid.
  assert.equal(r.findings.filter((f) => /google|_ga|receipt/i.test(f.id)).length, 0, describe(r));
  for (const s of r.scenarios) for (const q of s.requests.filter((q) => q.thirdParty)) assert.ok(tp.seen.includes(q.url), q.url);
});

test('the command: exit 1 on the leaky page, with an HTML report, JSON and JUnit that show the leaks', async () => {
  const out = mkdtempSync(join(tmpdir(), 'samtykke-audit-'));
  const r = await cli([
    'audit',
    `${server.origin}/leaky/index.html`,
    '--intercept-third-party',
    '--settle',
    '250',
    '--out',
    out,
    '--junit',
    join(out, 'junit.xml'),
  ]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /problems found/);
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  assert.match(html, /Cookie “leaky_visitor” was stored without consent/);
  assert.match(html, /Cookie “_leaky_ads_id” is left behind after consent was withdrawn/);
  assert.match(html, /tracker\.leaky-example\.test was contacted without consent/);
  assert.match(html, /<img src="data:image\/png;base64,/);
  assert.doesNotMatch(html, /<script/i, 'the report runs no script');
  const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  assert.ok(json.findings.length >= 5);
  assert.ok(existsSync(join(out, json.scenarios[0].screenshots[0].file)));
  const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
  assert.match(junit, /<testcase classname="samtykke.audit" name="Withdrawal removes the withdrawn services’ cookies"><failure/);
});

test('the command: exit 0 and the JSON report on stdout when nothing is found', async () => {
  const out = mkdtempSync(join(tmpdir(), 'samtykke-audit-'));
  const r = await cli([
    'audit',
    `${server.origin}/audit-pages/clean.html`,
    '--intercept-third-party',
    '--settle',
    '250',
    '--out',
    out,
    '--json',
  ]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const json = JSON.parse(r.stdout);
  assert.deepEqual(json.findings, []);
  assert.equal(json.samtykke, false);
  assert.ok(existsSync(join(out, 'report.html')));
});

test('a page without samtykke: only "no interaction", and known tracking is still found', async () => {
  const tp = thirdParty();
  const r = await audit(`${server.origin}/audit-pages/no-widget.html`, {
    browser,
    route: tp.hook,
    interceptThirdParty: true,
    settleMs: 250,
  });
  assert.equal(r.samtykke, false);
  assert.deepEqual(
    r.scenarios.map((s) => s.id),
    ['none'],
  );
  const ids = r.findings.map((f) => f.id).sort();
  assert.deepEqual(
    ids,
    [
      'consent-mode:Google Consent Mode default is missing',
      'without-consent:cookie:_ga',
      'without-consent:cookie:_ga_PLAIN00',
      'without-consent:host:google-analytics',
    ],
    describe(r),
  );
  // Its own first-party cookie is evidence, not a finding: there is no notice to judge it by.
  assert.ok(r.scenarios[0].cookies.some((c) => c.name === 'theme'));
  assert.ok(r.notes.some((n) => /does not use samtykke/.test(n)));
});

test('under a strict page policy axe cannot run: a note, not a finding', async () => {
  const r = await audit(`${server.origin}/audit-pages/csp.html`, {
    browser,
    route: thirdParty().hook,
    interceptThirdParty: true,
    settleMs: 250,
    only: [],
  });
  assert.equal(r.samtykke, true);
  assert.deepEqual(r.findings, [], describe(r));
  assert.equal(r.scenarios[0].axe, undefined);
  assert.ok(
    r.scenarios[0].notes.some((n) => /axe could not run on the first layer/.test(n)),
    r.scenarios[0].notes.join('\n'),
  );
  assert.equal(r.scenarios[0].buttons.length, 3, 'the buttons are still measured');
});

test('usage and run errors exit 2', async () => {
  assert.equal((await cli([])).code, 2);
  assert.equal((await cli(['audit'])).code, 2);
  assert.equal((await cli(['audit', 'not a url'])).code, 2);
  assert.equal((await cli(['audit', 'ftp://example.test/'])).code, 2);
  assert.equal((await cli(['audit', server.origin + '/leaky/index.html', '--pages', 'x'])).code, 2);
  assert.equal((await cli(['inspect', server.origin])).code, 2);
  const missing = await cli([
    'audit',
    server.origin + '/no-such-page.html',
    '--intercept-third-party',
    '--out',
    mkdtempSync(join(tmpdir(), 'samtykke-audit-')),
  ]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /HTTP 404/);
  assert.equal((await cli(['--help'])).code, 0);
});

test('an Accept button restyled to stand out: the first-layer buttons are reported as unequal', async () => {
  const r = await audit(`${server.origin}/audit-pages/unequal.html`, {
    browser,
    route: thirdParty().hook,
    interceptThirdParty: true,
    settleMs: 250,
    only: [],
  });
  const f = finding(r, 'button-prominence');
  assert.ok(f, describe(r));
  assert.match(evidence(f), /font-size: “Accept all” 20px, “Reject all” 16px/);
  assert.match(evidence(f), /background-color: “Accept all” rgb\(26, 86, 219\), “Reject all” rgba\(0, 0, 0, 0\)/);
});
