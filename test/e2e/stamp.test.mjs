// SPEC §1, a notice validated ahead: a stamp that matches the notice's text and the widget's rules
// edition spares a first visit the validator (samtykke-decide.mjs); an edited notice, a forged
// stamp on an invalid notice, or a page without SHA-256 (plain http) is validated as before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { newPage, closeBrowser } from './harness.mjs';
import { findTestChrome, requireChrome, chromeArgs } from '../../scripts/chrome.mjs';
import { createStaticServer, listen } from '../../scripts/static.mjs';

const { stampFor, noticeDigest, RULES_EDITION } = await import('../../dist/audit-build/widget/notice/stamp.js');

const NOTICE = {
  revision: '2026-12-01',
  language: 'en',
  controller: { name: 'Eksempel AS', email: 'personvern@eksempel.test', policyUrl: '/personvern' },
  summary: 'We use cookies for statistics.',
  categories: { necessary: { title: 'Necessary' }, analytics: { title: 'Statistics' } },
  services: [{ id: 'google-analytics', category: 'analytics', name: 'Google Analytics 4', cookies: [{ name: '_ga' }] }],
  proof: { endpoint: '/consent-proofs' },
};

/** A page with `noticeText` inline, one gated script, and samtykke.js from dist/. */
const pageWith = (noticeText) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>stamp</title>
<script type="application/json" id="samtykke-config">${noticeText}</script>
<script src="/dist/samtykke.js"></script>
<script>window.__ran = [];</script>
<script type="text/plain" data-consent="analytics">window.__ran.push('analytics');</script>
</head><body><h1>Stamp</h1></body></html>`;

/** The test pages, served by number from /stamp-test.html?page=N (from the server itself, as a site would). */
const pages = [];
let server;
let origin;
before(async () => {
  server = createStaticServer({
    root: new URL('../..', import.meta.url).pathname,
    async handle(req, res, url) {
      if (url.pathname !== '/stamp-test.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[Number(url.searchParams.get('page'))]);
      return true;
    },
  });
  origin = await listen(server);
});
after(async () => {
  await closeBrowser();
  // A keep-alive connection from the closed browser would hold close() open.
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

/**
 * Opens a page with the notice text (in a fresh context, or `page` at `base`); `fetched` lists the dist/ files asked for.
 * @param {string} noticeText
 * @param {{ page?: import('playwright-core').Page, context?: import('playwright-core').BrowserContext, base?: string }} [options]
 */
async function open(noticeText, { page, context, base = origin } = {}) {
  if (!page) ({ page, context } = await newPage());
  const fetched = [];
  page.on('request', (r) => r.url().includes('/dist/') && fetched.push(new URL(r.url()).pathname.replace('/dist/', '')));
  const consoleLog = [];
  page.on('console', (m) => consoleLog.push({ type: m.type(), text: m.text() }));
  pages.push(pageWith(noticeText));
  await page.goto(`${base}/stamp-test.html?page=${pages.length - 1}`);
  return { page, context, fetched, consoleLog };
}

const stamped = async (notice) => JSON.stringify({ ...notice, validated: await stampFor(notice) });

test('a stamped notice: the buttons show and a decision is made with no validator fetched', async () => {
  const { page, context, fetched } = await open(await stamped(NOTICE));
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.waitForFunction(() => window.__ran.includes('analytics'));
  assert.equal((await page.evaluate(() => window.samtykke.get())).method, 'accept-all');
  assert.ok(fetched.includes('samtykke-notice.mjs'), fetched.join(', '));
  assert.ok(!fetched.includes('samtykke-decide.mjs'), `no validator: ${fetched.join(', ')}`);
  await context.close();
});

test('one character of a stamped notice edited: the validator is fetched again and decides', async () => {
  const text = (await stamped(NOTICE)).replace('for statistics', 'for statistics!');
  const { page, context, fetched } = await open(text);
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.waitForFunction(() => window.__ran.includes('analytics'));
  assert.ok(fetched.includes('samtykke-decide.mjs'), fetched.join(', '));
  await context.close();
});

test('an invalid notice with a forged stamp (its digest right) is refused like the same notice unstamped', async () => {
  const invalid = { ...NOTICE, categories: { ...NOTICE.categories, analytics: { title: 5 } }, cookie: { expiresAfterDays: 0 } };
  const forged = JSON.stringify({ ...invalid, validated: { rules: RULES_EDITION, sha256: await noticeDigest(invalid) } });
  const errorsOf = async (text) => {
    const { page, context, consoleLog } = await open(text);
    for (let i = 0; i < 100 && !consoleLog.some((m) => m.type === 'error'); i++) await page.waitForTimeout(50);
    const outcome = await page.evaluate(() =>
      window.samtykke.acceptAll().then(
        () => 'resolved',
        () => 'rejected',
      ),
    );
    assert.equal(outcome, 'rejected');
    assert.deepEqual(await page.evaluate(() => window.__ran), [], 'nothing gated runs');
    assert.equal(await page.getByRole('button', { name: 'Accept all' }).count(), 0, 'nothing that looks like consent');
    await context.close();
    return consoleLog.filter((m) => m.type === 'error').map((m) => m.text);
  };
  const unstampedErrors = await errorsOf(JSON.stringify(invalid));
  assert.equal(unstampedErrors.length, 1);
  assert.match(unstampedErrors[0], /categories\.analytics\.title/);
  assert.deepEqual(await errorsOf(forged), unstampedErrors, 'the same message');
});

test('plain http (no crypto.subtle): a stamped notice is validated in the browser', async () => {
  // A host name other than localhost is not a secure context over http.
  const port = new URL(origin).port;
  const browser = await chromium.launch({
    executablePath: findTestChrome() ?? requireChrome(),
    headless: true,
    args: [...chromeArgs, '--host-resolver-rules=MAP plain-http.test 127.0.0.1'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { fetched } = await open(await stamped(NOTICE), { page, context, base: `http://plain-http.test:${port}` });
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await page.waitForFunction(() => window.__ran.includes('analytics'));
    assert.ok(fetched.includes('samtykke-decide.mjs'), fetched.join(', '));
  } finally {
    await browser.close();
  }
});
