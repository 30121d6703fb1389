// SPEC §1 failing closed: a bad, missing or unfetchable notice runs nothing; a notice by URL or in <body>, strings beside samtykke.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
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
    assert.equal(await page.evaluate(() => /** @type {any} */ (Object.prototype).polluted), undefined);
    await context.close();
  });
}

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
