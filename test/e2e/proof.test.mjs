// SPEC §7 and §9 end to end: the browser's delivery queue against the real receiver, with the
// endpoint failing (503, network error, a hang) for the first attempts and reloads in between.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { newPage, closeBrowser, click } from './harness.mjs';
import { createReceiver, verifyLog } from '../../dist/receiver/index.js';

const dirs = [];
const servers = [];
// Closed here, whatever a test did: an open server (or a request left hanging on purpose)
// would keep this file's process alive after a failure.
after(async () => {
  await closeBrowser();
  for (const s of servers) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The repository on loopback, with the real receiver at /consent-proofs behind a fault switch. */
async function start(fault) {
  const dataDir = mkdtempSync(join(tmpdir(), 'samtykke-proofs-'));
  dirs.push(dataDir);
  const receiver = createReceiver({ dataDir });
  await receiver.ready;
  const log = [];
  const server = createStaticServer({
    root: new URL('../..', import.meta.url).pathname,
    handle(req, res, url) {
      if (url.pathname !== '/consent-proofs') return false;
      const what = fault(log.length);
      log.push({ what, key: req.headers['idempotency-key'] });
      if (what === 'hang') return true; // the request is never answered
      if (what === 503) {
        res.writeHead(503).end();
        return true;
      }
      if (what === 'reset') {
        req.socket.destroy();
        return true;
      }
      const end = res.end.bind(res);
      res.end = (...a) => {
        log.at(-1).status = res.statusCode;
        return end(...a);
      };
      receiver(req, res);
      return true;
    },
  });
  const origin = await listen(server);
  let closed = false;
  const closer = {
    close: async () => {
      if (closed) return;
      closed = true;
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(ok));
      await receiver.close();
    },
  };
  servers.push(closer);
  const stored = () =>
    readFileSync(join(dataDir, 'proofs-000001.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).record);
  return {
    origin,
    log,
    stored,
    verify: () => verifyLog(dataDir),
    close: () => closer.close(),
  };
}

test('endpoint down for the first attempts (503, network error), reloads between: every receipt arrives, stored once', async () => {
  const s = await start((n) => (n < 2 ? 503 : n < 4 ? 'reset' : 'ok'));
  const { page, context } = await newPage();
  const url = s.origin + '/test/e2e/pages/no-reload.html';
  await page.goto(url);
  await click(page, 'Reject all');
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'samtykke:proof'));
  await page.evaluate(() => window.samtykke.acceptAll());
  await page.waitForFunction(
    () => new Set(window.__events.filter((e) => e.type === 'samtykke:proof').map((e) => e.detail.receipt.receiptId)).size >= 2,
  );
  // Each decision's receipt was tried and stays queued (a new decision retries the older one too).
  const proofs = await page.evaluate(() => window.__events.filter((e) => e.type === 'samtykke:proof').map((e) => e.detail));
  assert.ok(proofs.every((p) => p.status === 'queued'));
  assert.equal(new Set(proofs.map((p) => p.receipt.receiptId)).size, 2);
  // Reload until the endpoint recovers; each load retries what is queued.
  for (let i = 0; i < 4; i++) {
    await page.reload();
    await page.waitForTimeout(400);
  }
  const h = await page.evaluate(() => window.samtykke.history());
  assert.equal(h.length, 2);
  const stored = s.stored();
  for (const r of h) {
    assert.equal(stored.filter((x) => x.receiptId === r.receiptId).length, 1, 'stored exactly once');
  }
  assert.ok(
    s.log.every((l) => h.some((r) => r.receiptId === l.key)),
    'every request carried its Idempotency-Key',
  );
  assert.ok(s.log.some((l) => l.status === 201));
  assert.equal((await s.verify()).ok, true);
  // Delivered receipts are not sent again on later loads.
  const before = s.log.length;
  await page.reload();
  await page.waitForTimeout(400);
  assert.equal(s.log.length, before);
  await context.close();
  await s.close();
});

test('a hung endpoint never holds up the click: the banner closes and the decision applies while the POST hangs', async () => {
  const s = await start((n) => (n === 0 ? 'hang' : 'ok'));
  const { page, context } = await newPage();
  await page.goto(s.origin + '/test/e2e/pages/no-reload.html');
  await click(page, 'Accept all');
  await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor({ state: 'detached' });
  await page.waitForFunction(() => window.__ran.includes('inline'));
  // The receipt is sent after the decision has taken effect (its part is fetched then): wait for
  // the POST to arrive, and see that it is still unanswered while the page goes on.
  for (let i = 0; i < 100 && s.log.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(s.log.length, 1);
  assert.equal(s.log[0].status, undefined, 'the POST is still unanswered');
  assert.equal(await page.getByRole('button', { name: 'Accept all', exact: true }).count(), 0, 'the banner is gone meanwhile');
  // The next load delivers it; the receiver stores it once.
  await page.reload();
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'samtykke:proof' && e.detail.status === 'delivered'));
  const [r] = await page.evaluate(() => window.samtykke.history());
  assert.equal(s.stored().filter((x) => x.receiptId === r.receiptId).length, 1);
  await context.close();
  await s.close();
});

test('a receipt delivered twice (the page left before the answer) is answered 200 and kept once', async () => {
  const s = await start(() => 'ok');
  const { page, context } = await newPage();
  await page.goto(s.origin + '/test/e2e/pages/no-reload.html');
  await page.evaluate(() => window.samtykke.acceptAll());
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'samtykke:proof'));
  const [r] = await page.evaluate(() => window.samtykke.history());
  const again = await page.evaluate(async (receipt) => {
    const res = await fetch('/consent-proofs', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': receipt.receiptId },
      body: JSON.stringify(receipt),
    });
    return res.status;
  }, r);
  assert.equal(again, 200);
  assert.equal(s.stored().filter((x) => x.receiptId === r.receiptId).length, 1);
  assert.equal(s.stored()[0].noticeHash, r.noticeHash);
  await context.close();
  await s.close();
});
