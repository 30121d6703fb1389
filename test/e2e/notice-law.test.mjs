// SPEC §3 and §1: a notice that would make samtykke break the rules it exists for (a tracker
// filed as necessary, legitimate interests for cookies, consent claimed by use) fails closed in
// the browser: one console error naming the field and the rule, no banner, and nothing gated
// runs, even after acceptAll(). Also the as-written demo pages, built from the customers' own
// wording: each shows in the console exactly what the validator says about it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser } from './harness.mjs';
import { createDemoSite, listen } from '../../scripts/static.mjs';
import { asWritten } from '../../demo/as-written.mjs';

let server;
let demos;
let demoOrigin;
before(async () => {
  server = await startServer();
  demos = createDemoSite((req, res) => res.writeHead(201).end('{}'));
  demoOrigin = await listen(demos);
});
after(async () => {
  await closeBrowser();
  await server.close();
  await new Promise((ok) => demos.close(ok));
});

const GA = 'https://www.googletagmanager.com/gtag/js?id=G-TEST1';

/** A complete notice; each case below breaks one rule of it. */
const notice = () => ({
  revision: '1',
  controller: { name: 'Eksempel AS', email: 'post@eksempel.no' },
  categories: { analytics: {}, marketing: {} },
  services: [
    { id: 'google-analytics', category: 'analytics', cookies: [{ name: '_ga', duration: '2 years' }], retention: '14 months' },
  ],
  // Nothing to warn about since SPEC §3 was amended: a proof endpoint (GDPR art. 7(1)) and each retention.
  proof: { endpoint: '/consent-proofs' },
});

/**
 * A page with the notice inline and gates for necessary, analytics and marketing. (Google
 * Analytics is tagged as what it is: tagged necessary, the page itself would earn a console
 * error, SPEC §2.)
 */
const page = (config) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>samtykke test: the law in the notice</title>
<script type="application/json" id="samtykke-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="/dist/samtykke.js"></script>
<script>window.__ran = window.__ran || [];</script>
<script type="text/plain" data-consent="analytics" data-service="google-analytics" data-src="${GA}"></script>
<script type="text/plain" data-consent="necessary">window.__ran.push('necessary');</script>
<script type="text/plain" data-consent="analytics">window.__ran.push('analytics');</script>
<script type="text/plain" data-consent="marketing">window.__ran.push('marketing');</script>
</head>
<body><h1>The law in the notice</h1></body>
</html>`;

/** @type {[name: string, breakIt: (notice: any) => unknown, message: string][]} */
const CASES = [
  [
    'a known tracker in necessary',
    (c) => (c.services[0].category = 'necessary'),
    'services[0].category: "google-analytics" is a known tracker and cannot be "necessary"',
  ],
  [
    'a tracking cookie in a necessary service',
    (c) => c.services.push({ id: 'login', category: 'necessary', cookies: [{ name: '_fbp', duration: '3 months' }] }),
    'services[1].cookies[0].name: "_fbp" is a tracking cookie of "meta-pixel"',
  ],
  [
    'legitimate interests for analytics',
    (c) => (c.services[0].legalBasis = 'legitimate-interests'),
    'services[0].legalBasis: "google-analytics" (category "analytics") claims the legal basis "legitimate-interests"',
  ],
  [
    'consent claimed by use in the summary',
    (c) => (c.summary = { nb: 'Ved å bruke nettsiden samtykker du til informasjonskapsler.', en: 'We use cookies.' }),
    'summary.nb: "Ved å bruke nettsiden samtykker du til informasjonskapsler" claims consent by use ("Ved å bruke" … "samtykker du")',
  ],
];

for (const [name, breakIt, message] of CASES) {
  test(`${name}: one console error naming the field and the rule; nothing runs, even after acceptAll()`, async () => {
    const { page: p, context, requests, console: log } = await newPage();
    const config = notice();
    breakIt(config);
    await context.route(`${server.origin}/law.html`, (route) => route.fulfill({ contentType: 'text/html', body: page(config) }));
    await p.goto(`${server.origin}/law.html`);
    await p.waitForTimeout(200);
    const errors = log.filter((m) => m.type === 'error');
    assert.equal(errors.length, 1, JSON.stringify(log));
    assert.ok(errors[0].text.startsWith('samtykke: the notice (config) is invalid, so nothing gated will run:'), errors[0].text);
    assert.ok(errors[0].text.includes(`  - ${message}`), errors[0].text);
    assert.equal(await p.getByRole('button', { name: 'Accept all' }).count(), 0, 'no banner: nothing that looks like consent');

    const outcome = await p.evaluate(() =>
      window.samtykke.acceptAll().then(
        () => 'resolved',
        () => 'rejected',
      ),
    );
    assert.equal(outcome, 'rejected');
    await p.evaluate(() => window.samtykke.set({ necessary: true, analytics: true, marketing: true }).catch(() => {}));
    await p.waitForTimeout(300);
    assert.deepEqual(await p.evaluate(() => window.__ran), [], 'not even the necessary gates run');
    assert.deepEqual(requests, [], 'no request to the tracker');
    assert.equal(await p.evaluate(() => window.samtykke.granted('necessary', 'google-analytics')), false);
    assert.equal(await p.evaluate(() => window.samtykke.granted('analytics')), false);
    assert.deepEqual(
      (await context.cookies()).filter((k) => k.name === 'samtykke'),
      [],
      'no decision stored',
    );
    await context.close();
  });
}

test('the same notice, lawful: the banner shows and necessary gates run', async () => {
  const { page: p, context, console: log } = await newPage();
  await context.route(`${server.origin}/law.html`, (route) => route.fulfill({ contentType: 'text/html', body: page(notice()) }));
  await p.goto(`${server.origin}/law.html`);
  await p.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  assert.deepEqual(
    log.filter((m) => m.type === 'error' || m.type === 'warning'),
    [],
  );
  assert.ok((await p.evaluate(() => window.__ran)).includes('necessary'));
  await context.close();
});

for (const [slug, aw] of Object.entries(asWritten)) {
  const failsClosed = !!aw.earns.errors?.length;
  test(`${slug}/as-written.html: the console says what the customer's own wording earns${failsClosed ? ', and nothing opens' : ''}`, async () => {
    const { page: p, context, requests, console: log } = await newPage();
    await p.goto(`${demoOrigin}/${slug}/as-written.html`);
    await p.waitForTimeout(300);
    const problems = (type) =>
      log
        .filter((m) => m.type === type && m.text.startsWith('samtykke: the notice'))
        .flatMap((m) => m.text.split('\n').slice(1))
        .map((line) => line.replace(/^ {2}- ([^:]+):.*$/, '$1'));
    assert.deepEqual(problems('error'), aw.earns.errors ?? [], JSON.stringify(log));
    assert.deepEqual(problems('warning'), aw.earns.warnings ?? [], JSON.stringify(log));
    const banner = p.getByRole('button', { name: 'Godta alle', exact: true });
    if (failsClosed) {
      assert.equal(await banner.count(), 0, 'no banner');
      await p.evaluate(() => window.samtykke.acceptAll().catch(() => {}));
      await p.waitForTimeout(300);
      assert.deepEqual(requests, [], 'no tracker request, even after acceptAll()');
    } else {
      await banner.waitFor();
      assert.deepEqual(requests, [], 'nothing before a decision');
    }
    await context.close();
  });
}
