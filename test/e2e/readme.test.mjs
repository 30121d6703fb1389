// The README's quick start, pasted as it stands into a page: it must work as a site owner
// copies it. No console error or warning (the notice is lawful and complete), nothing runs
// before consent, the video shows its placeholder, and Godta alle runs what it declares and
// leaves a receipt at the endpoint.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, newPage, closeBrowser, click } from './harness.mjs';

const root = new URL('../..', import.meta.url).pathname;
const readme = await readFile(`${root}README.md`, 'utf8');
/** The first html block under "Site owner: quick start". */
const snippet = readme
  .slice(readme.indexOf('## Site owner: quick start'))
  .match(/```html\n([\s\S]*?)```/)[1]
  // A real page has the rest of the document around it, and no "…" where its content goes.
  .replaceAll('…', 'x');

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

test("the README's quick start, as pasted: no error or warning, nothing before consent, Godta alle runs it and is logged", async () => {
  const { page, context, console: messages } = await newPage();
  await page.route(`${server.origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/quickstart.html')
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html>\n<html lang="nb">\n${snippet}\n</html>\n`,
      });
    // The site owner copied dist/ to the site's root.
    if (/^\/samtykke[\w.-]*\.(m?js|json)$/.test(path)) return route.continue({ url: `${server.origin}/dist${path}` });
    return route.fallback();
  });
  const before = server.receipts.length;
  await page.goto(`${server.origin}/quickstart.html`);
  await page.getByRole('button', { name: 'Godta alle', exact: true }).waitFor();
  await page.locator('samtykke-placeholder').waitFor();
  const problems = messages.filter((m) => ['error', 'warning', 'pageerror'].includes(m.type));
  assert.deepEqual(problems, [], 'the quick start notice is valid and complete');
  assert.deepEqual(await page.evaluate(() => window.__ran ?? []), [], 'nothing ran before consent');
  assert.equal(await page.locator('iframe').getAttribute('src'), null);

  await click(page, 'Godta alle');
  await page.waitForFunction(() => (window.__ran ?? []).some((url) => url.includes('googletagmanager.com')));
  await page.waitForFunction(() => document.querySelector('iframe').src.includes('youtube-nocookie.com'));
  const deadline = Date.now() + 10_000;
  while (server.receipts.length === before && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
  const receipt = server.receipts.at(-1)?.receipt;
  assert.equal(receipt?.method, 'accept-all');
  assert.deepEqual(receipt.services, { 'google-analytics': true, youtube: true });
  await context.close();
});
