// SPEC §8: the widget works under a strict Content-Security-Policy with Trusted Types: no
// 'unsafe-inline', no 'unsafe-eval'; activated inline scripts carry the page's nonce.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser } from './harness.mjs';

const CSP =
  "default-src 'self'; script-src 'self' 'nonce-r4nd0m'; style-src 'self'; img-src 'self'; " +
  "frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

let server;
before(
  async () =>
    (server = await startServer({ headers: (path) => (path.endsWith('csp.html') ? { 'content-security-policy': CSP } : {}) })),
);
after(async () => {
  await closeBrowser();
  await server.close();
});

test('under a strict CSP with Trusted Types: renders, both layers work, gated scripts run with the nonce, zero violations', async () => {
  const { page, context, console: log } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/csp.html');
  await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Choose', exact: true }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.waitForFunction(() => window.__ran.includes('inline') && window.__ran.includes('a'));
  assert.equal(await page.locator('iframe').getAttribute('src'), 'https://www.youtube-nocookie.com/embed/abc');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(
    log.filter((m) => m.type === 'error'),
    [],
  );
  await context.close();
});
