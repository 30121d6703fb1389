// No receipt lost to a reload (issue 26, point 4). Under the frame policy ("autoBlock":
// { "frames": [...] }) a grant of a tracker frame reloads the page, and a withdrawal reloads it
// too. Each such decision must keep its receipt in IndexedDB before the page goes, and the
// receipt must reach the endpoint exactly once: "Accept all" and "Allow and show" are each
// clicked 20 times, in a fresh browser context each time, and the endpoint counts the POSTs it
// accepts by receiptId.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { EMBEDS } from '../../scripts/measure-frames.mjs';
import { launch, closeBrowser } from './harness.mjs';

const RUNS = 20;
/** Fresh contexts at a time. */
const BATCH = 4;

const NOTICE = JSON.stringify({
  revision: '2026-12-01',
  language: 'en',
  controller: { name: 'Eksempel AS', email: 'personvern@eksempel.no' },
  categories: { necessary: { title: 'Necessary' }, marketing: { title: 'Marketing' } },
  services: [
    {
      id: 'youtube',
      category: 'marketing',
      name: 'YouTube',
      provider: 'Google Ireland Ltd.',
      cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: '6 months' }],
    },
    {
      id: 'vimeo',
      category: 'marketing',
      name: 'Vimeo',
      provider: 'Vimeo.com, Inc.',
      cookies: [{ name: 'vuid', duration: '2 years' }],
    },
  ],
  autoBlock: { frames: [] },
  proof: { endpoint: '/consent-proofs' },
});

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Embeds under the frame policy</title>
<script type="application/json" id="samtykke-config">${NOTICE}</script>
<script src="/dist/samtykke.js"></script>
</head>
<body>
<h1>Two videos</h1>
<iframe src="${EMBEDS.youtube.replace(/&/g, '&amp;')}" title="YouTube video" width="560" height="315"></iframe>
<iframe src="${EMBEDS.vimeo}" title="vimeo video" width="560" height="315"></iframe>
</body>
</html>
`;

let server;
let origin;
/** Accepted POSTs, by receiptId: how many times each receipt reached the endpoint. */
const posts = new Map();

before(async () => {
  server = createStaticServer({
    root: new URL('../..', import.meta.url).pathname,
    async handle(req, res, url) {
      if (url.pathname === '/frames-receipts.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(PAGE);
        return true;
      }
      if (url.pathname !== '/consent-proofs') return false;
      let body = '';
      for await (const chunk of req) body += chunk;
      const { receiptId } = JSON.parse(body);
      posts.set(receiptId, (posts.get(receiptId) ?? 0) + 1);
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
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

/** A fresh context whose tracker frames are answered by a local stand-in page. */
async function freshPage() {
  const context = await (await launch()).newContext();
  await context.route(
    (url) => url.protocol === 'https:',
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stand-in</title>' }),
  );
  const page = await context.newPage();
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(`${origin}/frames-receipts.html`);
  return { context, page, loads: () => loads };
}

/** Waits until the page has loaded `count` times and its API answers. */
async function loaded(page, loads, count) {
  // Generous: a loaded machine runs several fresh contexts at once.
  const deadline = Date.now() + 30000;
  while (loads() < count && Date.now() < deadline) await page.waitForTimeout(50);
  assert.equal(loads(), count, `the page loaded ${count} times`);
  await page.waitForFunction(() => window.samtykke && typeof window.samtykke.history === 'function');
}

/**
 * The receipts this browser keeps (after the reload) reached the endpoint exactly once each, and
 * nothing else arrived: waits for the deliveries, then a little longer for any duplicate.
 */
async function deliveredOnce(page, methods) {
  const history = await page.evaluate(async () => {
    // history() answers from IndexedDB.
    return window.samtykke.history();
  });
  assert.deepEqual(history.map((r) => r.method).reverse(), methods, 'history() after the reload');
  const ids = history.map((r) => r.receiptId);
  const deadline = Date.now() + 30000;
  while (ids.some((id) => !posts.has(id)) && Date.now() < deadline) await page.waitForTimeout(50);
  await page.waitForTimeout(300);
  for (const id of ids)
    assert.equal(posts.get(id), 1, `receipt ${id} (${history.find((r) => r.receiptId === id).method}) delivered once`);
  return ids;
}

/** Runs `run` RUNS times, a few fresh contexts at a time (each run counts its own receipts). */
async function repeat(run) {
  const seen = new Set();
  for (let i = 0; i < RUNS; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, RUNS - i) }, () => run());
    for (const ids of await Promise.all(batch)) for (const id of ids) seen.add(id);
  }
  // Nothing but these receipts reached the endpoint.
  assert.deepEqual(
    [...posts.keys()].filter((id) => !seen.has(id) && !allowed.has(id)),
    [],
  );
  for (const id of seen) allowed.add(id);
  return seen;
}

test(`frame policy: Accept all reloads, and its receipt is delivered exactly once (${RUNS} fresh runs)`, async () => {
  const seen = await repeat(async () => {
    const { context, page, loads } = await freshPage();
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await loaded(page, loads, 2);
    const ids = await deliveredOnce(page, ['accept-all']);
    await context.close();
    return ids;
  });
  assert.equal(seen.size, RUNS);
});

/** Receipts the tests have already accounted for. */
const allowed = new Set();

test(`frame policy: "Allow and show" reloads, and both receipts are delivered exactly once (${RUNS} fresh runs)`, async () => {
  const seen = await repeat(async () => {
    const { context, page, loads } = await freshPage();
    await page.getByRole('button', { name: 'Reject all', exact: true }).click();
    await page.waitForFunction(() => window.samtykke.get()?.method === 'reject-all');
    await page
      .getByRole('button', { name: /Allow and show/ })
      .first()
      .click();
    await loaded(page, loads, 2);
    const granted = await page.evaluate(() => window.samtykke.get().services);
    assert.equal(Object.values(granted).filter(Boolean).length, 1, 'one service granted');
    const ids = await deliveredOnce(page, ['reject-all', 'custom']);
    await context.close();
    return ids;
  });
  assert.equal(seen.size, RUNS * 2);
});
