// A notice with nothing but necessary asks nothing (SPEC §4, issue 23 point 7), with the built
// samtykke.js and its parts: no first layer and no interface fetched on arrival, `samtykke:ready`
// carries null (no decision exists, and none is recorded, not even a GPC refusal), and the re-open
// control is there at once and shows the notice read-only, samtykke's own storage included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

const PAGE = '/test/e2e/pages/necessary-only.html';

/** Every samtykke file the page fetches, by name. */
function partRequests(page) {
  const files = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.startsWith('samtykke')) files.push(name);
  });
  return files;
}

for (const gpc of [false, true])
  test(`no first layer${gpc ? ' (with Global Privacy Control)' : ''}; ready carries null; nothing recorded`, async () => {
    const { page, context } = await newPage({ gpc });
    const files = partRequests(page);
    await page.goto(server.origin + PAGE);
    // The re-open control is there at once (the fast path's own, in the widget's shadow root).
    await page.locator('samtykke-widget .reopen').waitFor();
    await page.waitForFunction(() => window.__ready.length === 1);
    assert.deepEqual(await page.evaluate(() => window.__ready), [null]);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('samtykke-widget .banner').count(), 0, 'no first layer');
    assert.equal(await page.getByRole('button', { name: 'Godta alle' }).count(), 0);
    assert.ok(!files.includes('samtykke-ui.mjs'), `the interface is not fetched before it is asked for: ${files}`);
    assert.equal(await page.evaluate(() => window.samtykke.get()), null);
    assert.deepEqual(server.receipts, [], 'nothing recorded');
    await context.close();
  });

test('the re-open control shows the notice read-only, with samtykke’s own storage', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + PAGE);
  await page.locator('samtykke-widget .reopen').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const text = (await dialog.textContent()).replace(/\s+/g, ' ');
  assert.match(text, /bare nødvendige informasjonskapsler, så du har ingenting å velge/);
  assert.match(text, /samtykke \(informasjonskapsel\) – 180 dager/);
  assert.match(text, /samtykke:validated \(lokal lagring\)/);
  assert.deepEqual(await dialog.getByRole('button').allTextContents(), ['×', 'Lukk']);
  for (const toggle of await dialog.getByRole('switch').all()) {
    assert.equal(await toggle.isChecked(), true);
    assert.equal(await toggle.isDisabled(), true);
  }
  await dialog.locator('.dialog-footer').getByRole('button', { name: 'Lukk', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => window.samtykke.get()), null);
  assert.deepEqual(server.receipts, []);
  await context.close();
});
