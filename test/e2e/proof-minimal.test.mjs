// Less data about people (SPEC §5, §7; GDPR art. 5(1)(c)), end to end against the real
// receiver: a receipt that grants nothing beyond necessary carries no userAgent and is stored
// with no IP prefix; identify() refuses e-mail addresses and fødselsnummer; the browser's
// receipt history keeps a receipt while its decision lives and until it is delivered.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { newPage, closeBrowser, click } from './harness.mjs';
import { createReceiver } from '../../dist/receiver/index.js';

const cleanups = [];
after(async () => {
  await closeBrowser();
  for (const cleanup of cleanups) await cleanup();
});

/** The repository on loopback with the real receiver (file log) at /consent-proofs. */
async function start() {
  const dataDir = mkdtempSync(join(tmpdir(), 'samtykke-minimal-'));
  const receiver = createReceiver({ dataDir, logger: () => undefined });
  await receiver.ready;
  const server = createStaticServer({
    root: new URL('../..', import.meta.url).pathname,
    handle(req, res, url) {
      if (url.pathname !== '/consent-proofs') return false;
      receiver(req, res);
      return true;
    },
  });
  const origin = await listen(server);
  cleanups.push(async () => {
    server.closeAllConnections?.();
    await new Promise((ok) => server.close(ok));
    await receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  /** The stored records by receipt id. */
  const stored = () =>
    new Map(
      readFileSync(join(dataDir, 'proofs-000001.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).record)
        .map((record) => [record.receiptId, record]),
    );
  return { origin, stored };
}

/** Waits until `count` receipts of this page were delivered; answers history(), newest first. */
async function delivered(page, count) {
  await page.waitForFunction(
    (n) => window.__events.filter((e) => e.type === 'samtykke:proof' && e.detail.status === 'delivered').length >= n,
    count,
  );
  return page.evaluate(() => window.samtykke.history());
}

test('a refusal or withdrawal receipt has no userAgent and is stored with no IP; a consent has both', async () => {
  const s = await start();
  const { page, context } = await newPage();
  await page.goto(s.origin + '/test/e2e/pages/no-reload.html');
  await click(page, 'Reject all');
  const [refusal] = await delivered(page, 1);
  assert.equal(refusal.method, 'reject-all');
  assert.equal('userAgent' in refusal, false, 'the refusal carries no user agent');
  await page.evaluate(() => window.samtykke.acceptAll()); // evaluate gives user activation
  const [consent] = await delivered(page, 2);
  assert.equal(consent.method, 'accept-all');
  assert.match(consent.userAgent, /Chrome/);
  await page.evaluate(() => window.samtykke.withdraw());
  const [withdrawal] = await delivered(page, 3);
  assert.equal(withdrawal.method, 'withdraw');
  assert.equal('userAgent' in withdrawal, false);
  const stored = s.stored();
  for (const receipt of [refusal, withdrawal]) {
    const record = stored.get(receipt.receiptId);
    assert.equal(record.ip, null, `${receipt.method}: no IP prefix stored`);
    assert.equal('userAgent' in record, false, `${receipt.method}: no user agent stored`);
  }
  assert.equal(stored.get(consent.receiptId).ip, '127.0.0.0');
  assert.equal(stored.get(consent.receiptId).userAgent, consent.userAgent);
  await context.close();
});

test('identify() refuses an e-mail address and a fødselsnummer with a TypeError; a keyed hash goes in later receipts; null clears', async () => {
  const s = await start();
  const { page, context } = await newPage();
  await page.goto(s.origin + '/test/e2e/pages/no-reload.html');
  const refusals = await page.evaluate(() =>
    ['kari.nordmann@example.no', '01019012345', '010190 12345'].map((subject) => {
      try {
        window.samtykke.identify(subject);
        return 'taken';
      } catch (e) {
        return `${e.name}: ${e.message}`;
      }
    }),
  );
  assert.match(refusals[0], /^TypeError: samtykke\.identify\(subject\): .*e-mail address/);
  assert.match(refusals[1], /^TypeError: .*fødselsnummer/);
  assert.match(refusals[2], /^TypeError: .*fødselsnummer/);
  assert.ok(
    refusals.every((r) => !r.includes('kari') && !r.includes('0101')),
    'the message does not repeat the subject',
  );
  await page.evaluate(() => window.samtykke.identify('hmac:4f2a9c01234567890b'));
  await click(page, 'Reject all');
  const [first] = await delivered(page, 1);
  assert.equal(first.subject, 'hmac:4f2a9c01234567890b');
  await page.evaluate(() => window.samtykke.identify(null));
  await page.evaluate(() => window.samtykke.acceptAll());
  const [second] = await delivered(page, 2);
  assert.equal(second.subject, null);
  assert.equal(s.stored().get(first.receiptId).subject, 'hmac:4f2a9c01234567890b');
  await context.close();
});

/** Puts receipt entries straight into samtykke's IndexedDB store (database "samtykke", store "kv"). */
function seed(page, entries) {
  return page.evaluate(
    (list) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('samtykke');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          for (const entry of list) tx.objectStore('kv').put(entry, entry.receipt.receiptId);
          tx.oncomplete = () => resolve(undefined);
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
}

test('history() keeps a receipt while its decision lives and until it is delivered, then drops it', async () => {
  const s = await start();
  const { page, context } = await newPage();
  await page.goto(s.origin + '/test/e2e/pages/no-reload.html');
  await click(page, 'Reject all');
  const [live] = await delivered(page, 1);
  const past = (days) => new Date(Date.now() - days * 86_400_000).toISOString();
  const old = (delivered, id) => ({
    receipt: { ...live, receiptId: id, timestamp: past(200), expiresAt: past(20), previousReceiptId: null },
    delivered,
    attempts: delivered ? 1 : 0,
    next: 0,
  });
  const expiredDelivered = old(true, '00000000-0000-4000-8000-000000000001');
  const expiredWaiting = old(false, '00000000-0000-4000-8000-000000000002');
  await seed(page, [expiredDelivered, expiredWaiting]);
  const ids = async () => (await page.evaluate(() => window.samtykke.history())).map((r) => r.receiptId);
  assert.deepEqual(
    await ids(),
    [live.receiptId, expiredWaiting.receipt.receiptId],
    'the expired, delivered one is gone; the waiting one stays',
  );
  const left = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('samtykke');
        open.onsuccess = () => {
          const all = open.result.transaction('kv').objectStore('kv').getAllKeys();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
  assert.equal(left.includes(expiredDelivered.receipt.receiptId), false, 'deleted from IndexedDB, not only hidden');
  // The next page view delivers the waiting one (its queue mark says one waits)…
  await page.evaluate(() => localStorage.setItem('samtykke:queued', '1'));
  await page.reload();
  for (let i = 0; i < 100 && !s.stored().has(expiredWaiting.receipt.receiptId); i++) await page.waitForTimeout(100);
  assert.ok(s.stored().has(expiredWaiting.receipt.receiptId), 'the waiting receipt reached the controller');
  // …and once delivered, it is dropped too.
  await page.waitForTimeout(300);
  assert.deepEqual(await ids(), [live.receiptId]);
  await context.close();
});
