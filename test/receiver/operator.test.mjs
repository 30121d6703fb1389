// The operator's view and the receiver's limits (SPEC §9): /healthz, Prometheus /metrics,
// structured JSON logs for refusals and failures, and a refused upload cut off unread.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { build, makeReceipt, post, send, startReceiver, tempDir } from './helpers.mjs';

let srv;
const sockets = [];
before(async () => {
  await build();
  srv = await startReceiver({ dataDir: tempDir(), origins: ['https://a.example'] });
  srv.server.on('connection', (socket) => sockets.push(socket));
});
after(() => srv?.close());

/**
 * Sends a request head announcing a `total`-byte body, then streams zeros until the server
 * cuts the connection (or all is sent). Resolves with the answer's first line and the socket
 * the server used for it.
 */
function upload(head, total) {
  return new Promise((resolve) => {
    const { port } = srv.server.address();
    const before = sockets.length;
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024);
    socket.on('data', (d) => (answer += d));
    const pump = () => {
      while (sent < total && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    socket.on('connect', () => {
      socket.write(`${head}\r\ncontent-length: ${total}\r\n\r\n`);
      pump();
    });
    const done = () => resolve({ status: answer.split('\r\n')[0], server: sockets[before] });
    socket.on('close', done);
    socket.on('error', () => undefined);
  });
}

test('a 100 MB upload to a refused route is answered and cut off after at most 64 KiB read', async () => {
  /** @type {[head: string, status: RegExp][]} */
  const routes = [
    ['POST /elsewhere HTTP/1.1\r\nhost: x\r\ncontent-type: application/json', /404/],
    ['POST /consent-proofs HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain', /400/],
    ['POST /consent-proofs HTTP/1.1\r\nhost: x\r\norigin: https://evil.example\r\ncontent-type: application/json', /403/],
    ['PUT /consent-proofs HTTP/1.1\r\nhost: x\r\ncontent-type: application/json', /405/],
    ['POST /consent-proofs HTTP/1.1\r\nhost: x\r\ncontent-type: application/json', /400/],
  ];
  for (const [head, status] of routes) {
    const { status: line, server } = await upload(head, 100 << 20);
    assert.match(line, status, head);
    assert.ok(server.bytesRead <= 64 * 1024, `${head.split('\r\n')[0]}: the server read ${server.bytesRead} bytes`);
  }
});

test('GET /healthz answers 200 while the receiver can store, 503 once it is closing', async () => {
  const base = srv.url.replace('/consent-proofs', '');
  const ok = await send(`${base}/healthz`, { method: 'GET' });
  assert.equal(ok.status, 200);
  assert.equal(ok.json.ok, true);
  const other = await startReceiver({ dataDir: tempDir() });
  const closing = other.receiver.close();
  const down = await send(other.url.replace('/consent-proofs', '/healthz'), { method: 'GET' });
  assert.equal(down.status, 503);
  await closing;
  other.server.close();
  other.server.closeAllConnections();
});

test('GET /metrics: receipts stored, duplicates, refusals by reason, 503s, queue depth, commit latency', async () => {
  const base = srv.url.replace('/consent-proofs', '');
  const receipt = makeReceipt();
  assert.equal((await post(srv.url, receipt)).status, 201);
  assert.equal((await post(srv.url, receipt)).status, 200);
  assert.equal((await post(srv.url, { ...makeReceipt(), method: 'maybe' })).status, 400);
  const res = await send(`${base}/metrics`, { method: 'GET' });
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'], /^text\/plain/);
  const value = (name) => Number(new RegExp(`^${name.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(res.text)?.[1]);
  assert.ok(value('samtykke_receipts_stored_total') >= 1);
  assert.ok(value('samtykke_receipts_duplicate_total') >= 1);
  assert.ok(value('samtykke_requests_refused_total{status="400",reason="schema"}') >= 1);
  assert.match(res.text, /^samtykke_requests_unavailable_total \d+$/m);
  assert.match(res.text, /^samtykke_queue_depth 0$/m);
  assert.ok(value('samtykke_commit_seconds_count') >= 1);
});

test('every refusal is logged as one JSON object with its status and reason', async () => {
  const from = srv.logs.length;
  await post(srv.url, { ...makeReceipt(), gpc: 'no' });
  await post(srv.url, makeReceipt(), { headers: { origin: 'https://evil.example' } });
  const entries = srv.logs.slice(from);
  assert.deepEqual(
    entries.map((e) => [e.level, e.event, e.status, e.reason]),
    [
      ['warn', 'refused', 400, 'schema'],
      ['warn', 'refused', 403, 'origin'],
    ],
  );
  assert.match(entries[0].error, /gpc/);
  assert.ok(!Number.isNaN(Date.parse(entries[0].time)));
  assert.equal(entries[0].ip, '127.0.0.0');
});

test('a full queue answers 503 with Retry-After at once', async () => {
  const small = await startReceiver({ dataDir: tempDir(), maxQueue: 1 });
  try {
    const answers = await Promise.all(Array.from({ length: 40 }, () => post(small.url, makeReceipt())));
    const statuses = answers.map((a) => a.status);
    assert.ok(statuses.includes(201));
    const busy = answers.filter((a) => a.status === 503);
    assert.ok(busy.length > 0, `expected some 503s with a queue of 1, got ${statuses.join(' ')}`);
    assert.ok(busy.every((a) => Number(a.headers['retry-after']) > 0));
    assert.ok(small.logs.some((e) => e.event === 'unavailable'));
  } finally {
    await small.close();
  }
});
