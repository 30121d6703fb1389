// SPEC §1 "The files beside it": a returning visitor downloads the fast path and nothing else
// from dist/; a first visit fetches the interface and the validator, prefetches the second layer
// when idle (so it opens offline), and a part that cannot be fetched fails closed with one clear
// error naming its URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startServer, newPage, closeBrowser, click } from './harness.mjs';
import { budgets } from '../../scripts/size.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

/** Every request the page makes to /dist/, by file name. */
function distRequests(page) {
  const files = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/dist/')) files.push(path.slice('/dist/'.length));
  });
  return files;
}

const gzipBytes = (file) => gzipSync(readFileSync(new URL(`../../dist/${file}`, import.meta.url)), { level: 9 }).length;

test('a returning visitor fetches samtykke.js alone: no interface, no validator, no receipts; gates open', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await click(page, 'Accept all');
  await page.waitForFunction(() => window.__ran.includes('inline-ga-config'));
  // The receipt is delivered, so nothing is queued for the next page view.
  await page.waitForFunction(() => localStorage.getItem('samtykke:queued') === '0');

  const files = distRequests(page);
  await page.reload();
  await page.waitForFunction(() => window.__ran.includes('inline-ga-config'));
  await page.waitForTimeout(500);
  assert.deepEqual(files, ['samtykke.js']);
  assert.ok(gzipBytes('samtykke.js') <= budgets.returning, 'within the returning-visit budget');
  // The re-open control is there without any interface code.
  assert.equal(await page.getByRole('button', { name: 'Privacy choices' }).count(), 2); // ours and the page's own
  assert.equal(await page.evaluate(() => customElements.get('samtykke-widget') !== undefined), false);
  // Opening the choices fetches the interface then.
  await page.evaluate(() => window.samtykke.show());
  await page.getByRole('dialog').waitFor();
  assert.ok(files.includes('samtykke-ui.mjs'));
  await context.close();
});

test('a first visit gates, shows the banner, and opens the second layer offline after the idle prefetch', async () => {
  const { page, context, requests } = await newPage();
  const files = distRequests(page);
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  assert.deepEqual(requests, []);
  // The first layer comes from the plain-DOM part; Lit follows while the visitor reads.
  assert.ok(files.includes('samtykke-first.mjs') && files.includes('samtykke-decide.mjs'), files.join());
  // The second layer arrives while the visitor reads the first: its file, the chunk it imports and
  // its words in the page's language (on a loaded machine they finish one after another).
  await page.waitForFunction(() =>
    ['/samtykke-preferences.mjs', '/samtykke-service-entry.mjs', '/samtykke-words-en.mjs'].every((file) =>
      performance.getEntriesByType('resource').some((e) => e.name.endsWith(file)),
    ),
  );
  // Fetched and parsed ahead, not run: Lit and the element start when the visitor asks.
  assert.equal(await page.evaluate(() => customElements.get('samtykke-widget') !== undefined), false);
  await context.setOffline(true);
  await click(page, 'Choose');
  await page.getByRole('dialog').waitFor();
  assert.ok((await page.getByRole('dialog').getByRole('switch').count()) > 0);
  await context.close();
});

test('the first layer file answers 404: one console error naming its URL, no banner, nothing gated runs', async () => {
  const { page, context, requests, console: log } = await newPage();
  await context.route('**/dist/samtykke-first.mjs', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  for (let i = 0; i < 100 && !log.some((m) => m.type === 'error' && m.text.startsWith('samtykke')); i++)
    await page.waitForTimeout(100);
  await page.waitForTimeout(300);
  const ours = log.filter((m) => m.type === 'error' && m.text.startsWith('samtykke'));
  assert.equal(ours.length, 1, JSON.stringify(log));
  assert.match(ours[0].text, /samtykke-first\.mjs/);
  assert.equal(await page.getByRole('button', { name: 'Accept all' }).count(), 0);
  await page.evaluate(() => window.samtykke.show());
  await page.waitForTimeout(300);
  // Without the interface the visitor cannot be asked: a page script's decision is refused too.
  const answer = await page.evaluate(() =>
    window.samtykke.acceptAll().then(
      () => 'recorded',
      (e) => e.message,
    ),
  );
  assert.match(answer, /interface could not be fetched/);
  assert.equal(await page.evaluate(() => window.samtykke.get()), null);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  assert.deepEqual(requests, []);
  await context.close();
});

test('the validator file answers 404 for a changed notice: a stored decision opens nothing until it loads', async () => {
  const { page, context, console: log } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await click(page, 'Accept all');
  await page.waitForFunction(() => window.__ran.includes('inline-ga-config'));
  // Same revision, a notice text this browser has not validated: the validator must run first.
  await page.evaluate(() => localStorage.setItem('samtykke:validated', 'something else'));
  await context.route('**/dist/samtykke-decide.mjs', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.reload();
  await page.waitForTimeout(1000);
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  assert.ok(log.some((m) => m.type === 'error' && /samtykke-decide\.mjs/.test(m.text)));
  // The decision itself is kept: with the validator back, the next page view opens the gates.
  await context.unroute('**/dist/samtykke-decide.mjs');
  await page.reload();
  await page.waitForFunction(() => window.__ran.includes('inline-ga-config'));
  await context.close();
});

test('a part that could not be fetched (offline for a moment) is fetched again when next needed: the decision keeps its receipt', async () => {
  const { page, context, console: log } = await newPage();
  let refused = 0;
  await context.route('**/dist/samtykke-receipts.mjs*', (route) =>
    refused++ ? route.continue() : route.abort('internetdisconnected'),
  );
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  // history() needs the receipts part: its first fetch fails, and history answers "none".
  assert.deepEqual(await page.evaluate(() => window.samtykke.history()), []);
  assert.ok(
    log.some((m) => m.type === 'error' && /could not load .*samtykke-receipts\.mjs/.test(m.text)),
    JSON.stringify(log),
  );
  const before = server.receipts.length;
  await click(page, 'Accept all');
  await page.waitForFunction(() => window.__ran.includes('inline-ga-config'));
  const consentId = await page.evaluate(() => window.samtykke.get().id);
  for (let i = 0; i < 50 && !server.receipts.slice(before).some((r) => r.receipt.consentId === consentId); i++)
    await page.waitForTimeout(100);
  assert.ok(
    server.receipts.slice(before).some((r) => r.receipt.consentId === consentId && r.receipt.method === 'accept-all'),
    'the accept-all receipt reached the endpoint',
  );
  assert.equal((await page.evaluate(() => window.samtykke.history())).length, 1);
  assert.ok(!log.some((m) => /receipt not recorded/.test(m.text)), JSON.stringify(log));
  await context.close();
});
