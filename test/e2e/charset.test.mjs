// A page without <meta charset>, served by a server that names no charset (the README's own
// snippet on a plain static host): the browser decodes the page and samtykke's scripts as
// windows-1252. The widget's Norwegian text must read the same as on a UTF-8 page.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { startServer, newPage, closeBrowser } from './harness.mjs';

const root = new URL('../..', import.meta.url).pathname;
const server = await startServer();
after(async () => {
  await server.close();
  await closeBrowser();
});

/** The nb test page with its <meta charset> taken out, and a blocked video (a placeholder). */
const page = (await readFile(`${root}test/e2e/pages/nb.html`, 'utf8'))
  .replace('<meta charset="utf-8">\n', '')
  .replace(
    '<h1>nb</h1>',
    '<h1>nb</h1><iframe data-consent="marketing" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/x" width="560" height="315" title="video"></iframe>',
  );

/** The visible text of the widget (its first layer) and of the placeholder, read through their shadow roots. */
async function widgetText(withCharset) {
  const { page: tab, context } = await newPage();
  await tab.route(`${server.origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/consent-proofs') return route.fallback();
    if (path === '/page.html')
      return route.fulfill({
        contentType: withCharset ? 'text/html; charset=utf-8' : 'text/html',
        body: Buffer.from(page, 'latin1'),
      });
    const body = await readFile(root + path.slice(1)).catch(() => null);
    if (!body) return route.fulfill({ status: 404 });
    const type =
      { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' }[extname(path)] ?? 'text/plain';
    return route.fulfill({ contentType: withCharset ? `${type}; charset=utf-8` : type, body });
  });
  await tab.goto(`${server.origin}/page.html`);
  await tab.getByRole('button', { name: 'Avvis alle', exact: true }).waitFor();
  await tab.locator('samtykke-placeholder').waitFor();
  const text = await tab.evaluate(() =>
    ['samtykke-widget', 'samtykke-placeholder'].map((name) => document.querySelector(name).shadowRoot.textContent).join('\n'),
  );
  const charset = await tab.evaluate(() => document.characterSet);
  await context.close();
  return { text, charset };
}

test('without any charset the first layer and the placeholder read as on a UTF-8 page', async () => {
  const utf8 = await widgetText(true);
  const plain = await widgetText(false);
  assert.equal(utf8.charset, 'UTF-8');
  assert.equal(plain.charset, 'windows-1252', 'the page really is decoded as windows-1252');
  assert.match(utf8.text, /[æøå]/i, 'the nb texts have Norwegian letters to garble');
  assert.equal(plain.text, utf8.text);
  assert.doesNotMatch(plain.text, /Ã/);
});
