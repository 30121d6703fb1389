// SPEC §4 keeping and expiring decisions: a bad or stale decision cookie counts as none; withdraw() and reloadOnWithdraw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

/** @type {[string, (value: string) => string][]} */
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
