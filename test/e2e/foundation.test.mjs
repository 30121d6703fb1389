// SPEC §1, §2, §4, §5 through the built dist/samtykke.js, in system Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser, click } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

const ran = (page) => page.evaluate(() => window.__ran ?? []);
const GA = 'https://www.googletagmanager.com/gtag/js?id=G-TEST1';
const CDN = 'https://example-cdn.test/stats.js';
const FB = 'https://connect.facebook.net/en_US/fbevents.js';

test('before a decision: no tagged third-party request, nothing gated runs, the banner asks', async () => {
  const { page, requests, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(requests, []);
  assert.deepEqual(await ran(page), []);
  assert.equal(await page.evaluate(() => window.samtykke.get()), null);
  assert.equal(await page.locator('iframe').getAttribute('src'), null);
  await context.close();
});

test('Accept all: each tagged script runs exactly once, in document order; a reload keeps it and shows no banner', async () => {
  const { page, requests, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await click(page, 'Accept all');
  await page.waitForFunction(() => (window.__ran ?? []).length >= 5);
  await page.waitForTimeout(200);
  assert.deepEqual(await ran(page), [GA, 'inline-ga-config', CDN, FB, 'inline-marketing']);
  assert.equal(await page.locator('iframe').getAttribute('src'), 'https://www.youtube-nocookie.com/embed/abc');
  assert.equal(requests.filter((u) => u === GA).length, 1);
  // Consent given again: nothing runs twice.
  await page.evaluate(() => window.samtykke.acceptAll());
  await page.evaluate(() => window.samtykke.set({ analytics: true }));
  await page.waitForTimeout(200);
  assert.equal((await ran(page)).length, 5);

  await page.reload();
  await page.waitForFunction(() => (window.__ran ?? []).length >= 5);
  await page.waitForTimeout(200);
  assert.deepEqual(await ran(page), [GA, 'inline-ga-config', CDN, FB, 'inline-marketing'], 'once per page load');
  assert.equal(await page.getByRole('button', { name: 'Accept all', exact: true }).count(), 0, 'no banner');
  assert.equal((await page.evaluate(() => window.samtykke.get())).method, 'api', 'the last decision (set) is kept');
  await context.close();
});

test('Reject all: nothing runs, no third-party request, also after a reload', async () => {
  const { page, requests, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await click(page, 'Reject all');
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForTimeout(300);
  assert.deepEqual(await ran(page), []);
  assert.deepEqual(requests, []);
  const c = await page.evaluate(() => window.samtykke.get());
  assert.equal(c.method, 'reject-all');
  assert.deepEqual(c.categories, { necessary: true, analytics: false, marketing: false });
  await context.close();
});

test('set(): a refused service keeps its own gates closed while its category runs', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await page.evaluate(() => window.samtykke.set({ analytics: true, 'cdn-stats': false }));
  await page.waitForFunction(() => (window.__ran ?? []).length >= 2);
  await page.waitForTimeout(200);
  assert.deepEqual(await ran(page), [GA, 'inline-ga-config']);
  assert.equal(await page.locator('img').getAttribute('src'), 'https://example-cdn.test/pixel.gif');
  const c = await page.evaluate(() => window.samtykke.get());
  assert.equal(c.method, 'api');
  assert.equal(c.services['cdn-stats'], false);
  assert.equal(c.services['google-analytics'], true);
  await context.close();
});

test('elements added later are gated the same way', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.consent = 'analytics';
    s.textContent = "window.__ran.push('late')";
    document.body.append(s);
  });
  await page.waitForTimeout(100);
  assert.deepEqual(await ran(page), []);
  await page.evaluate(() => window.samtykke.set({ analytics: true }));
  await page.waitForFunction(() => (window.__ran ?? []).includes('late'));
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.consent = 'analytics';
    s.textContent = "window.__ran.push('later')";
    document.body.append(s);
  });
  await page.waitForFunction(() => (window.__ran ?? []).includes('later'));
  await context.close();
});

test('a blocked iframe shows a placeholder; "Allow and show" grants just that service and loads it', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await page.getByRole('button', { name: 'Reject all', exact: true }).click();
  const allow = page.getByRole('button', { name: 'Allow and show', exact: true });
  await allow.waitFor();
  const text = await page.evaluate(() => document.querySelector('samtykke-placeholder')?.shadowRoot?.textContent ?? '');
  assert.match(text, /YouTube/);
  await allow.click();
  await page.waitForFunction(() => document.querySelector('iframe').getAttribute('src'));
  assert.equal(await page.locator('iframe').getAttribute('src'), 'https://www.youtube-nocookie.com/embed/abc');
  const c = await page.evaluate(() => window.samtykke.get());
  assert.equal(c.services.youtube, true);
  assert.equal(c.categories.analytics, false);
  assert.equal(await allow.count(), 0, 'the placeholder is gone');
  await context.close();
});
