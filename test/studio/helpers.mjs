// Shared by the studio's browser tests: the studio served from dist/ as `npx samtykke studio`
// serves it (plus pages a test puts at /real/…), Chromium, and reading what the widget shows.
import { createServer } from 'node:http';
import { testBrowser } from '../../scripts/test/browser.mjs';
import { studioHandler } from '../../src/studio/server.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** Starts the studio server; `pages` maps /real/<name> to HTML a test wants served. */
export async function startStudio() {
  const pages = new Map();
  const studio = studioHandler(ROOT + 'dist');
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (pages.has(path)) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
    else if (req.method === 'POST')
      res.writeHead(201).end('{}'); // a receipt of a /real/ page
    else studio(req, res);
  });
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
  const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return { url, pages, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Chromium: under `npm test` the run's shared one, connected to (scripts/test/browser.mjs). */
export function launch() {
  return testBrowser();
}

/**
 * A fresh page (empty localStorage) on the studio, in English by default. `bypassCSP` only for
 * injecting axe-core; every other test runs under the studio's strict policy.
 */
export async function openStudio(browser, url, { language = 'en', bypassCSP = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    locale: language === 'en' ? 'en-GB' : 'nb-NO',
    bypassCSP,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Trusted Type/i.test(m.text())) problems.push(m.text());
  });
  await page.goto(`${url}/studio/`);
  await page.waitForSelector('#catalogue-search');
  await page.selectOption('#interface-language', language);
  return { page, context, problems };
}

/** The preview frame once it has shown its layer (a new frame after every change). */
export async function previewFrame(page) {
  const handle = await page.waitForSelector('#preview-host:not([data-pending]) iframe[data-preview-state="shown"]', {
    timeout: 20000,
  });
  return handle.contentFrame();
}

/**
 * What the widget in `target` (a page or a frame) shows as `layer`: the first layer's banner or
 * the second layer's dialog, as rendered text (innerText), once it has stopped changing.
 */
export async function layerText(target, layer) {
  let previous = null;
  for (let i = 0; i < 60; i++) {
    const text = await target.evaluate((which) => {
      const root = document.querySelector('samtykke-widget')?.shadowRoot;
      const element = which === 'first' ? root?.querySelector('.banner') : root?.querySelector('dialog[open]');
      return element ? /** @type {HTMLElement} */ (element).innerText.replace(/\s+/g, ' ').trim() : null;
    }, layer);
    if (text && text === previous) return text;
    previous = text;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the widget did not show its ${layer} layer`);
}

/** Fills an input by id and lets the studio react (input events). */
export async function fill(page, id, value) {
  await page.fill(`#${id}`, value);
}
