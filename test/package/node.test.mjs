// Safe to import anywhere (the package in Node, as a server-rendering build or a site's CI uses
// it): every entry imports with no DOM, a React component that uses samtykke renders to a
// string, `validate()` gives the same answer in Node as in Chromium, and `require()` works.
// Runs against the built dist/ through the package's own `exports` (`npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { testBrowser } from '../../scripts/test/browser.mjs';

const repo = new URL('../..', import.meta.url).pathname;
const demoNotices = readdirSync(`${repo}demo/notices`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => `demo/notices/${f}`);

/** Notices whose answers are compared between Node and the browser: valid, typo'd, unlawful. */
const NOTICES = [
  ...demoNotices.map((f) => JSON.parse(readFileSync(repo + f, 'utf8'))),
  { revison: '1', controler: {} },
  {
    revision: '1',
    controller: { name: 'X', orgNumber: '123456789' },
    summary: 'By continuing to browse you accept cookies.',
    categories: { necessary: {}, analytics: { legalBasis: 'legitimate-interests' } },
    services: [{ id: 'google-analytics', category: 'necessary', cookies: [{ name: '_ga' }] }],
    cookie: { expiresAfterDays: 400 },
  },
];

test('every entry imports in Node with no DOM: no window, document or Element is touched', () => {
  const script = `
    for (const name of ['samtykke', 'samtykke/core', 'samtykke/react', 'samtykke/i18n/sv', 'samtykke/i18n/nb']) await import(name);
    const { validate } = await import('samtykke');
    console.log(JSON.stringify(validate({ revison: '1', controler: {} }).errors));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' });
  const errors = JSON.parse(out);
  assert.deepEqual(
    errors.map((e) => e.path),
    ['revision', 'controller', 'categories'],
  );
  assert.ok(errors.every((e) => e.message === 'is required'));
});

test('init() on the server says it needs a browser, instead of a ReferenceError', async () => {
  const { init } = await import('samtykke');
  assert.throws(() => init({ revision: '1', controller: { name: 'X' }, categories: {} }), /init\(\) needs a browser/);
});

test('a React component that imports samtykke renders to a string on the server: gates closed, no decision', async () => {
  const { createElement: h } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { ConsentGate, useConsent, useGranted } = await import('samtykke/react');
  await import('samtykke');
  function Page() {
    const consent = useConsent();
    const video = useGranted('marketing', 'youtube');
    return h(
      'main',
      null,
      h('p', { id: 'method' }, consent?.method ?? 'none'),
      h('p', { id: 'video' }, String(video)),
      h(ConsentGate, { category: 'analytics', fallback: h('em', null, 'off') }, h('strong', null, 'on')),
    );
  }
  const html = renderToString(h(Page));
  assert.equal(html, '<main><p id="method">none</p><p id="video">false</p><em>off</em></main>');
});

test('require() works from CommonJS on Node 20.19+ (the package is ESM; require(esm) loads it)', () => {
  const out = execFileSync(
    process.execPath,
    ['-e', "const s = require('samtykke'); console.log(typeof s.validate, typeof s.init)"],
    { cwd: repo, encoding: 'utf8' },
  );
  assert.equal(out.trim(), 'function function');
});

test('validate() answers the same in Node and in Chromium, message for message', async () => {
  const { validate } = await import('samtykke');
  const inNode = NOTICES.map((n) => {
    const { errors, warnings } = validate(n);
    return { errors, warnings };
  });
  assert.equal(inNode.at(-1).errors.length, 3, 'the unlawful notice has its three errors');
  // Four, and since the amended SPEC §3 two more: no proof endpoint, a service without retention.
  assert.equal(inNode.at(-1).warnings.length, 6, 'and its six warnings');
  const server = createStaticServer({ root: repo });
  const origin = await listen(server);
  const browser = await testBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/test/package/app/index.html`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
    const inBrowser = await page.evaluate(async (notices) => {
      // @ts-expect-error -- a URL the page resolves on the test server (dist/samtykke.mjs), not a path on disk
      const { validate } = await import('/dist/samtykke.mjs');
      return notices.map((n) => {
        const { errors, warnings } = validate(n);
        return { errors, warnings };
      });
    }, NOTICES);
    assert.deepEqual(inBrowser, inNode);
  } finally {
    await browser.close();
    server.close();
  }
});

test('`samtykke validate` exits 0 on each demo notice and 1 on an invalid one, naming its fields', () => {
  for (const file of demoNotices) {
    const r = spawnSync(process.execPath, ['bin/samtykke.mjs', 'validate', file], { cwd: repo, encoding: 'utf8' });
    assert.equal(r.status, 0, `${file}: ${r.stdout}${r.stderr}`);
  }
  const bad = spawnSync(process.execPath, ['bin/samtykke.mjs', 'validate', '-'], {
    cwd: repo,
    encoding: 'utf8',
    input: '{ "revison": "1", "controler": {} }',
  });
  assert.equal(bad.status, 1);
  assert.match(bad.stdout + bad.stderr, /revision: is required/);
  assert.match(bad.stdout + bad.stderr, /controller: is required/);
});
