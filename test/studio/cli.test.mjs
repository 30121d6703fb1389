// `npx samtykke studio`: serves the studio and the widget files on 127.0.0.1 (a free port unless
// --port says), with the studio's strict policy and the CORS header the preview frame needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { ROOT } from './helpers.mjs';

const BIN = `${ROOT}bin/samtykke.mjs`;

test('samtykke studio serves the studio on a free port of 127.0.0.1', async () => {
  const child = spawn(process.execPath, [BIN, 'studio'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+\/studio\//.exec(out);
        if (found) resolve(found[0]);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy'), /script-src 'self';.*require-trusted-types-for 'script'/);
    assert.match(await page.text(), /<script src="studio.js" defer><\/script>/);
    const origin = new URL(url).origin;
    for (const file of ['/studio/studio.js', '/studio/preview.html', '/studio/preview-frame.js', '/studio/catalogue.json'])
      assert.equal((await fetch(origin + file)).status, 200, file);
    const part = await fetch(`${origin}/samtykke-ui.mjs`);
    assert.equal(part.status, 200);
    assert.equal(part.headers.get('access-control-allow-origin'), '*');
    assert.equal((await fetch(`${origin}/`, { redirect: 'manual' })).headers.get('location'), '/studio/');
    assert.notEqual((await fetch(`${origin}/%2e%2e/package.json`)).status, 200, 'nothing outside dist/');
  } finally {
    child.kill('SIGTERM');
  }
});

test('samtykke studio refuses a bad option with exit code 2', () => {
  const run = spawnSync(process.execPath, [BIN, 'studio', '--port', 'many'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--port takes a number/);
});

test('the demo site serves the studio and its index links to it', async () => {
  const { createDemoSite, listen } = await import('../../scripts/static.mjs');
  const server = createDemoSite((req, res) => res.writeHead(201).end('{}'));
  const url = await listen(server);
  try {
    assert.match(await (await fetch(`${url}/`)).text(), /<a href="studio\/">samtykke studio<\/a>/);
    assert.match(await (await fetch(`${url}/studio/`)).text(), /<title>samtykke studio<\/title>/);
    assert.equal((await fetch(`${url}/samtykke-decide.mjs`)).headers.get('access-control-allow-origin'), '*');
  } finally {
    server.close();
  }
});
