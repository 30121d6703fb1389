// HTTP surface: CORS allow-list and preflight, unknown paths and methods, shutdown answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build, logLines, makeReceipt, post, send, startReceiver, tempDir } from './helpers.mjs';

const ALLOWED = 'https://a.example';
let srv;
let dir;
before(async () => {
  await build();
  dir = tempDir();
  srv = await startReceiver({ dataDir: dir, origins: [`${ALLOWED}/`] });
});
after(() => srv?.close());

test('a configured origin may POST and gets Access-Control-Allow-Origin', async () => {
  const res = await post(srv.url, makeReceipt(), { headers: { origin: ALLOWED } });
  assert.equal(res.status, 201);
  assert.equal(res.headers['access-control-allow-origin'], ALLOWED);
  assert.match(res.headers.vary, /Origin/);
});

test('a foreign origin is refused with 403 and nothing is stored', async () => {
  const before = logLines(dir).length;
  for (const origin of ['https://evil.example', 'https://a.example.evil.example', 'http://a.example', 'null']) {
    const receipt = makeReceipt();
    const res = await post(srv.url, receipt, { headers: { origin } });
    assert.equal(res.status, 403, origin);
    assert.equal(res.headers['access-control-allow-origin'], undefined);
    assert.match(res.json.error, /origin/);
  }
  assert.equal(logLines(dir).length, before);
});

test('preflight: allowed origin gets methods and headers; a foreign one gets 403 without CORS headers', async () => {
  const ok = await send(srv.url, {
    method: 'OPTIONS',
    headers: {
      origin: ALLOWED,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,idempotency-key',
    },
  });
  assert.equal(ok.status, 204);
  assert.equal(ok.headers['access-control-allow-origin'], ALLOWED);
  assert.equal(ok.headers['access-control-allow-methods'], 'POST');
  assert.equal(ok.headers['access-control-allow-headers'], 'content-type, idempotency-key');
  const bad = await send(srv.url, {
    method: 'OPTIONS',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  });
  assert.equal(bad.status, 403);
  assert.equal(bad.headers['access-control-allow-origin'], undefined);
  assert.equal(bad.headers['access-control-allow-methods'], undefined);
});

test('no Origin (a server, curl) and the same origin are allowed, with no CORS header needed', async () => {
  const plain = await post(srv.url, makeReceipt());
  assert.equal(plain.status, 201);
  assert.equal(plain.headers['access-control-allow-origin'], undefined);
  const same = await post(srv.url, makeReceipt(), { headers: { origin: new URL(srv.url).origin } });
  assert.equal(same.status, 201);
});

test("origins: '*' lets any page POST", async () => {
  const any = await startReceiver({ dataDir: tempDir(), origins: '*' });
  try {
    const res = await post(any.url, makeReceipt(), { headers: { origin: 'https://anything.example' } });
    assert.equal(res.status, 201);
    assert.equal(res.headers['access-control-allow-origin'], '*');
  } finally {
    await any.close();
  }
});

test('no origins configured: a cross-origin page is refused', async () => {
  const none = await startReceiver({ dataDir: tempDir() });
  try {
    assert.equal((await post(none.url, makeReceipt(), { headers: { origin: ALLOWED } })).status, 403);
  } finally {
    await none.close();
  }
});

test('other paths are 404 JSON, other methods 405 with Allow', async () => {
  const base = srv.url.replace('/consent-proofs', '');
  for (const path of ['/', '/consent-proofs/', '/consent-proofs/x', '/favicon.ico']) {
    const res = await send(`${base}${path}`, { method: 'GET' });
    assert.equal(res.status, 404, path);
    assert.equal(typeof res.json.error, 'string');
  }
  for (const method of ['PUT', 'DELETE', 'PATCH']) {
    // agent: false: node's own client mishandles reusing a socket after a DELETE with a body.
    const res = await send(srv.url, { method, body: makeReceipt(), agent: false });
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.allow, 'GET, POST, OPTIONS');
  }
});

test('answers are never cached or sniffed', async () => {
  const res = await post(srv.url, makeReceipt());
  assert.equal(res.headers['cache-control'], 'no-store');
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
});

test('a huge body is cut off without being buffered: 400 and the connection closed', async () => {
  const big = Buffer.alloc(8 << 20, 0x61);
  const res = await send(srv.url, { body: big }).catch((err) => ({ status: 'reset', err }));
  // Either the 400 arrives, or the connection is cut mid-upload; never a 2xx, never stored.
  if (res.status !== 'reset') {
    assert.equal(res.status, 400);
    assert.match(res.json.error, /body exceeds 16384 bytes/);
  }
  const small = await send(srv.url, { body: Buffer.alloc(20000, 0x61) });
  assert.equal(small.status, 400);
  assert.equal(small.headers.connection, 'close');
});

test('after close(), requests are answered 503 and close() resolves', async () => {
  const d = tempDir();
  const s = await startReceiver({ dataDir: d });
  const receipt = makeReceipt();
  assert.equal((await post(s.url, receipt)).status, 201);
  const closing = s.receiver.close();
  const res = await post(s.url, makeReceipt());
  assert.equal(res.status, 503);
  await closing;
  s.server.close();
  s.server.closeAllConnections();
  assert.equal(logLines(d).length, 1);
});
