// samtykke/react in a server-rendered app (the Next.js pattern): the hooks tell "not known yet"
// (undefined: on the server, during hydration, before start-up) from "no decision" (null), so a
// returning visitor who consented never sees the "off" fallback, and the page hydrates without
// a mismatch. test/package/hydrate/page.ts is bundled from the sources with esbuild (React,
// react-dom/server and samtykke/core in one file) and run in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { testBrowser } from '../../scripts/test/browser.mjs';

const repo = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'samtykke-hydrate-'));
let server;
let origin;
let browser;

before(async () => {
  await build({
    entryPoints: [join(repo, 'test/package/hydrate/page.ts')],
    outfile: join(dir, 'page.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Hydrate</title><div id="root"></div><script type="module" src="/page.js"></script></html>',
  );
  server = createStaticServer({ root: dir });
  origin = await listen(server);
  browser = await testBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the page and waits until the component shows `state`. */
async function visit(path, state) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(origin + path);
  await page.waitForFunction((s) => document.querySelector('#state')?.textContent === s, state, { timeout: 15000 });
  const seen = await page.evaluate(() => ({
    serverHtml: window.__serverHtml,
    sawOff: window.__sawOff,
    states: window.__states,
    errors: window.__errors,
  }));
  return { page, context, problems, ...seen };
}

test('on the server useConsent() is undefined and a gate renders `pending`, not its fallback', async () => {
  const { serverHtml, context } = await visit('/', 'none');
  assert.match(serverHtml, /<output id="state">unknown<\/output>/);
  assert.match(serverHtml, /<span id="pending">/);
  assert.doesNotMatch(serverHtml, /id="off"|id="on"/);
  await context.close();
});

test('a returning visitor who consented: hydrated without a mismatch, "off" never shown', async () => {
  const { sawOff, states, errors, problems, page, context } = await visit('/?returning', 'accept-all');
  assert.equal(sawOff, false, 'the "off" fallback never reached the DOM');
  assert.deepEqual(errors, [], 'no hydration error');
  assert.deepEqual(problems, []);
  assert.ok(!states.includes('none'), `never "no decision": ${states.join(', ')}`);
  assert.equal(states[0], 'unknown');
  assert.ok(await page.isVisible('#on'));
  await context.close();
});

test('a first visit: "not known yet" until samtykke has started, then "no decision" and the fallback', async () => {
  const { states, errors, page, context } = await visit('/', 'none');
  assert.deepEqual(errors, []);
  const firstNone = states.indexOf('none');
  assert.ok(firstNone > 0 && states.slice(0, firstNone).every((s) => s === 'unknown'), states.join(', '));
  assert.ok(await page.isVisible('#off'));
  assert.equal(await page.locator('#pending').count(), 0);
  await context.close();
});
