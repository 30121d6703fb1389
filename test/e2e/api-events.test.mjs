// SPEC §5 events and API: samtykke:ready and :change, on(), granted(), whenGranted(), history(), show().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const events = (page, type) => page.evaluate((t) => window.__events.filter((e) => !t || e.type === t), type);

test('samtykke:ready fires once after start-up with { consent: null } on a first visit', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/events.html');
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'samtykke:ready'));
  await page.waitForTimeout(200);
  assert.deepEqual(await events(page, 'samtykke:ready'), [{ type: 'samtykke:ready', detail: { consent: null } }]);
  // on('ready') after the fact still learns it; the unsubscribe function is returned.
  const late = await page.evaluate(
    () =>
      new Promise((ok) => {
        const off = window.samtykke.on('ready', (d) => ok({ d, off: typeof off }));
      }),
  );
  assert.deepEqual(late.d, { consent: null });
  await context.close();
});

test('samtykke:change carries consent, previous and changed; on() delivers the detail and unsubscribes', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/no-reload.html');
  await page.evaluate(() => {
    window.__viaOn = [];
    window.__off = window.samtykke.on('change', (d) => window.__viaOn.push(d));
  });
  const first = await page.evaluate(() => window.samtykke.set({ analytics: true }));
  assert.match(first.id, UUID);
  assert.equal(first.method, 'api');
  assert.equal(first.revision, '2026-11-01');
  assert.ok(!isNaN(Date.parse(first.timestamp)));
  assert.deepEqual(first.categories, { necessary: true, analytics: true, marketing: false });
  let changes = await events(page, 'samtykke:change');
  assert.equal(changes.length, 1);
  assert.deepEqual(changes[0].detail.consent, first);
  assert.equal(changes[0].detail.previous, null);
  assert.ok(changes[0].detail.changed.includes('analytics'));
  assert.ok(!changes[0].detail.changed.includes('marketing'));

  const second = await page.evaluate(() => window.samtykke.rejectAll());
  assert.equal(second.id, first.id, 'the consent id stays');
  changes = await events(page, 'samtykke:change');
  assert.equal(changes.length, 2);
  assert.deepEqual(changes[1].detail.previous, first);
  assert.ok(changes[1].detail.changed.includes('analytics'));

  assert.equal((await page.evaluate(() => window.__viaOn)).length, 2);
  await page.evaluate(() => window.__off());
  await page.evaluate(() => window.samtykke.acceptAll());
  assert.equal((await page.evaluate(() => window.__viaOn)).length, 2, 'unsubscribed');
  await context.close();
});

test('granted() and whenGranted() follow decisions; dataLayer gets samtykke_change', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/events.html');
  assert.equal(await page.evaluate(() => window.samtykke.granted('analytics')), false);
  assert.equal(await page.evaluate(() => window.samtykke.granted('necessary')), true);
  await page.evaluate(() => {
    window.__resolved = false;
    window.samtykke.whenGranted('marketing').then(() => (window.__resolved = true));
  });
  await page.evaluate(() => window.samtykke.set({ analytics: true }));
  assert.equal(await page.evaluate(() => window.__resolved), false);
  assert.equal(await page.evaluate(() => window.samtykke.granted('analytics', 'google-analytics')), true);
  await page.evaluate(() => window.samtykke.acceptAll());
  await page.waitForFunction(() => window.__resolved === true);
  const pushes = await page.evaluate(() => window.dataLayer.filter((e) => e && e.event === 'samtykke_change'));
  assert.deepEqual(pushes.at(-1), { event: 'samtykke_change', samtykke: { necessary: true, analytics: true, marketing: true } });
  assert.equal(pushes.length, 2);
  await context.close();
});

test('history() lists this browser’s receipts, newest first; each was POSTed once with Idempotency-Key', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/events.html');
  await page.evaluate(() => window.samtykke.rejectAll());
  await page.evaluate(() => window.samtykke.acceptAll());
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'samtykke:proof').length >= 2);
  const h = await page.evaluate(() => window.samtykke.history());
  assert.equal(h.length, 2);
  assert.equal(h[0].method, 'accept-all');
  assert.equal(h[1].method, 'reject-all');
  assert.equal(h[0].previousReceiptId, h[1].receiptId);
  assert.equal(h[1].previousReceiptId, null);
  const proofs = await events(page, 'samtykke:proof');
  assert.ok(proofs.every((p) => p.detail.status === 'delivered'));
  const mine = server.receipts.filter((r) => h.some((x) => x.receiptId === r.receipt.receiptId));
  assert.equal(mine.length, 2);
  for (const r of mine) {
    assert.equal(r.key, r.receipt.receiptId);
    assert.equal(r.receipt.v, 1);
    assert.match(r.receipt.noticeHash, /^sha256:[0-9a-f]{64}$/);
    assert.equal(r.receipt.url, server.origin + '/test/e2e/pages/events.html');
    assert.equal(r.receipt.language, 'en');
    assert.equal(r.receipt.widget, 'samtykke@1.0.0');
    assert.deepEqual(r.receipt.controller, { name: 'Eksempel AS', orgNumber: '974451204' });
    assert.equal(Date.parse(r.receipt.expiresAt) - Date.parse(r.receipt.timestamp), 180 * 86400000);
  }
  await context.close();
});

test('show() opens the second layer; nb pages speak Bokmål', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/nb.html');
  await page.getByRole('button', { name: 'Godta alle', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Avvis alle', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Tilpass', exact: true }).waitFor();
  await page.evaluate(() => window.samtykke.show());
  await page.getByRole('dialog').waitFor();
  const switches = page.getByRole('switch');
  assert.ok((await switches.count()) >= 3);
  for (let i = 0; i < (await switches.count()); i++) {
    const sw = switches.nth(i);
    if (!(await sw.isDisabled())) assert.equal(await sw.isChecked(), false, 'no pre-ticked switch');
  }
  await context.close();
});
