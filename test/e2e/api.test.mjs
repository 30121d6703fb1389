// SPEC §5 events and API, §4 keeping and expiring decisions, §1 failing closed.
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

for (const [name, fields, warned = []] of [
  // SPEC §3: a service in a missing category is a warning, not an error.
  ['bad-config', ['controller.name', 'cookie.expiresAfterDays', '__proto__'], ['services[0].category']],
  ['invalid-json', ['not valid JSON']],
  ['missing-controller', ['controller']],
]) {
  test(`${name}: one console error naming each field; nothing gated runs even after acceptAll()`, async () => {
    const { page, requests, context, console: log } = await newPage();
    await page.goto(server.origin + `/test/e2e/pages/${name}.html`);
    // The validator is fetched beside samtykke.js: wait for its verdict, then for any more messages.
    await page.waitForFunction(() => window.samtykke && window.samtykke.get() === null).catch(() => {});
    for (let i = 0; i < 100 && !log.some((m) => m.type === 'error'); i++) await page.waitForTimeout(100);
    await page.waitForTimeout(200);
    const errors = log.filter((m) => m.type === 'error' && m.text.includes('samtykke'));
    assert.equal(errors.length, 1, JSON.stringify(log));
    for (const f of fields) assert.ok(errors[0].text.includes(f), `${f} in ${errors[0].text}`);
    for (const f of warned)
      assert.ok(
        log.some((m) => m.type === 'warning' && m.text.includes(f)),
        `${f} warned`,
      );
    const outcome = await page.evaluate(() =>
      window.samtykke.acceptAll().then(
        () => 'resolved',
        () => 'rejected',
      ),
    );
    assert.equal(outcome, 'rejected');
    await page.evaluate(() => window.samtykke.set({ analytics: true, marketing: true }).catch(() => {}));
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__ran), []);
    assert.deepEqual(requests, []);
    assert.equal(await page.evaluate(() => window.samtykke.granted('analytics')), false);
    assert.equal(await page.getByRole('button', { name: 'Accept all' }).count(), 0, 'nothing that looks like consent');
    assert.equal(await page.evaluate(() => Object.prototype.polluted), undefined);
    await context.close();
  });
}

const COOKIE_CASES = [
  ['tampered', (v) => v.replace('%22marketing%22%3Afalse', '%22marketing%22%3Atrue')],
  ['truncated', (v) => v.slice(0, Math.floor(v.length / 2))],
  ['foreign', () => 'eyJhbmFseXRpY3MiOnRydWV9'],
];
for (const [name, mutate] of COOKIE_CASES) {
  test(`a ${name} decision cookie counts as no decision`, async () => {
    const { page, context } = await newPage();
    await page.goto(server.origin + '/test/e2e/pages/events.html');
    await page.evaluate(() => window.samtykke.set({ analytics: true }));
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'samtykke');
    assert.ok(cookie, 'decision cookie written');
    await context.addCookies([{ ...cookie, value: mutate(cookie.value) }]);
    await page.reload();
    await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.samtykke.get()), null);
    assert.deepEqual(await page.evaluate(() => window.__ran), []);
    await context.close();
  });
}

/** Re-signs a decision cookie the way samtykke writes it (FNV-1a checksum), with a changed payload. */
function resign(value, mutate) {
  const dot = value.lastIndexOf('.');
  const a = JSON.parse(decodeURIComponent(value.slice(0, dot)));
  mutate(a);
  const json = JSON.stringify(a);
  let h = 2166136261;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 16777619);
  return encodeURIComponent(json) + '.' + (h >>> 0).toString(36);
}

for (const [name, mutate, asked] of [
  ['179 days old: still the answer', (a) => (a[2] = new Date(Date.now() - 179 * 86400000).toISOString()), false],
  [
    '181 days old (expiresAfterDays 180, by its own timestamp): asked again',
    (a) => (a[2] = new Date(Date.now() - 181 * 86400000).toISOString()),
    true,
  ],
  ['an answer to another revision: asked again', (a) => (a[3] = '2020-01-01'), true],
]) {
  test(`a decision ${name}`, async () => {
    const { page, context } = await newPage();
    await page.goto(server.origin + '/test/e2e/pages/events.html');
    await page.evaluate(() => window.samtykke.acceptAll());
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'samtykke');
    await context.addCookies([{ ...cookie, value: resign(cookie.value, mutate) }]);
    await page.reload();
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'samtykke:ready'));
    await page.waitForTimeout(200);
    if (asked) {
      await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
      assert.equal(await page.evaluate(() => window.samtykke.get()), null);
      assert.deepEqual(await page.evaluate(() => window.__ran), []);
    } else {
      assert.equal((await page.evaluate(() => window.samtykke.get())).method, 'accept-all');
      assert.equal(await page.getByRole('button', { name: 'Accept all', exact: true }).count(), 0);
    }
    await context.close();
  });
}

test('withdraw(): refuses everything, deletes the listed cookies on this host, reloads', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/events.html');
  await page.evaluate(() => window.samtykke.acceptAll());
  await page.evaluate(() => {
    document.cookie = '_ga=GA1.1.123; path=/';
    document.cookie = '_ga_ABC123=GS1.1; path=/';
    document.cookie = 'VISITOR_INFO1_LIVE=x; path=/';
    document.cookie = 'keep_me=1; path=/';
  });
  const nav = page.waitForEvent('load');
  await page.evaluate(() => window.samtykke.withdraw());
  await nav;
  // The stand-in vendor script sets a cookie the notice does not list: not ours to delete.
  const names = (await context.cookies())
    .map((c) => c.name)
    .filter((n) => !n.startsWith('__tracker_'))
    .sort();
  assert.deepEqual(names, ['keep_me', 'samtykke']);
  const c = await page.evaluate(() => window.samtykke.get());
  assert.equal(c.method, 'withdraw');
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  await context.close();
});

test('reloadOnWithdraw: false deletes cookies without reloading', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/no-reload.html');
  await page.evaluate(() => window.samtykke.acceptAll());
  await page.evaluate(() => (document.cookie = '_ga=GA1.1.123; path=/'));
  await page.evaluate(() => (window.__marker = 1));
  await page.evaluate(() => window.samtykke.withdraw());
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__marker), 1, 'not reloaded');
  assert.ok(!(await context.cookies()).some((c) => c.name === '_ga'));
  await context.close();
});

test('data-config="URL": the notice is fetched; until then nothing is granted; then it works as inline', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/data-config.html');
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.waitForFunction(() => window.__ran.includes('inline'));
  assert.equal((await page.evaluate(() => window.samtykke.get())).method, 'accept-all');
  await context.close();
});

test('data-config="URL" that cannot be fetched: one console error, fails closed', async () => {
  const { page, context, console: log } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/data-config-404.html');
  await page.waitForTimeout(300);
  const errors = log.filter((m) => m.type === 'error' && m.text.startsWith('samtykke'));
  assert.equal(errors.length, 1);
  assert.match(errors[0].text, /could not be fetched.*HTTP 404/);
  assert.equal(
    await page.evaluate(() =>
      window.samtykke.acceptAll().then(
        () => 'resolved',
        () => 'rejected',
      ),
    ),
    'rejected',
  );
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  await context.close();
});

test('a Swedish page gets the Swedish strings from samtykke.sv.json beside samtykke.js', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/sv.html');
  await page.getByRole('button', { name: 'Godkänn alla', exact: true }).waitFor();
  await context.close();
});

test('a notice written after the script (in <body>) is found once the document is parsed', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/config-in-body.html');
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.waitForFunction(() => window.__ran.includes('inline'));
  await context.close();
});
