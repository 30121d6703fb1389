// The public edge (issue 27, point 5): per-client rate limits on receipts and on failed export
// sign-ins (429 with Retry-After, counted in /metrics, not logged one line each), X-Forwarded-For
// trusted N hops from the right, no query or fragment in `url` (SPEC §7), private file modes.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, logLines, makeReceipt, post, runCli, send, startCli, startReceiver, tempDir } from './helpers.mjs';

const TOKEN = 'test-token-0123456789abcdef';

before(build);

/** A metric's value from Prometheus text, or 0 when it is not there. */
async function metric(url, name) {
  const text = (await send(url.replace('/consent-proofs', '/metrics'), { method: 'GET' })).text;
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

const RATE_LIMITED = 'samtykke_requests_refused_total{status="429",reason="rate-limited"}';

test('receipts: a client past its bucket gets 429 with Retry-After, counted and not logged; another client is not slowed', async () => {
  const dir = tempDir();
  const srv = await startReceiver({ dataDir: dir, rateLimit: { perMinute: 60, burst: 5 }, trustProxy: 1 });
  try {
    const from = (address) => ({ headers: { 'x-forwarded-for': address } });
    for (let i = 0; i < 5; i += 1) assert.equal((await post(srv.url, makeReceipt(), from('203.0.113.9'))).status, 201);
    const logged = srv.logs.length;
    const limited = await Promise.all(Array.from({ length: 20 }, () => post(srv.url, makeReceipt(), from('203.0.113.9'))));
    assert.deepEqual([...new Set(limited.map((r) => r.status))], [429]);
    assert.ok(limited.every((r) => Number(r.headers['retry-after']) >= 1));
    assert.equal(await metric(srv.url, RATE_LIMITED), 20);
    assert.equal(srv.logs.length, logged, JSON.stringify(srv.logs.slice(logged)));
    // Nothing of theirs was stored; someone else's receipt is.
    assert.equal(logLines(dir).length, 5);
    assert.equal((await post(srv.url, makeReceipt(), from('198.51.100.7'))).status, 201);
    // A client writing its own entries to the left does not get a fresh bucket.
    assert.equal((await post(srv.url, makeReceipt(), from('192.0.2.1, 203.0.113.9'))).status, 429);
  } finally {
    await srv.close();
  }
});

test('the CLI limits receipts per client with --rate-limit N (60 a minute unless told otherwise)', async () => {
  const cli = startCli(['--port', '0', '--data', tempDir(), '--rate-limit', '3']);
  const url = await cli.url;
  const statuses = [];
  for (let i = 0; i < 5; i += 1) statuses.push((await post(url, makeReceipt())).status);
  assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
  cli.child.kill('SIGTERM');
  await cli.exited;
  assert.equal((await runCli(['--port', '0', '--data', tempDir(), '--rate-limit', 'many'])).code, 2);
});

test('wrong export tokens: counted, not logged, and past ten the client waits (429) even with the right one', async () => {
  const srv = await startReceiver({ dataDir: tempDir(), token: TOKEN });
  try {
    const url = `${srv.url}?from=2000-01-01`;
    const logged = srv.logs.length;
    for (let i = 0; i < 10; i += 1) {
      assert.equal((await send(url, { method: 'GET', headers: { authorization: `Bearer guess-${i}-0123456789` } })).status, 401);
    }
    const limited = await send(url, { method: 'GET', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers['retry-after']) >= 1);
    assert.equal(await metric(srv.url, 'samtykke_requests_refused_total{status="401",reason="unauthorized"}'), 10);
    assert.equal(await metric(srv.url, RATE_LIMITED), 1);
    assert.equal(srv.logs.length, logged, JSON.stringify(srv.logs.slice(logged)));
  } finally {
    await srv.close();
  }
});

test('--trust-proxy N: the client is the Nth X-Forwarded-For entry from the right, never the client-set leftmost', async () => {
  const cases = [
    [1, '6.6.6.6, 203.0.113.9', '203.0.113.0'],
    [2, '6.6.6.6, 203.0.113.9, 10.0.0.1', '203.0.113.0'],
    [1, '', '127.0.0.0'],
    [0, '6.6.6.6, 203.0.113.9', '127.0.0.0'],
  ];
  for (const [hops, header, stored] of cases) {
    const dir = tempDir();
    const srv = await startReceiver({ dataDir: dir, trustProxy: hops });
    try {
      const headers = header ? { 'x-forwarded-for': header } : {};
      assert.equal((await post(srv.url, makeReceipt(), { headers })).status, 201);
      assert.equal(JSON.parse(logLines(dir)[0]).record.ip, stored, `${hops} hops, ${header}`);
    } finally {
      await srv.close();
    }
  }
  const cli = startCli(['--port', '0', '--data', tempDir(), '--trust-proxy', '1']);
  await cli.url;
  cli.child.kill('SIGTERM');
  assert.equal((await cli.exited).code, 0);
});

test('a receipt whose url has a query or a fragment is refused with 400 naming url (SPEC §7), and not stored', async () => {
  const dir = tempDir();
  const srv = await startReceiver({ dataDir: dir });
  try {
    for (const url of [
      'https://example.no/page?email=kari@example.no',
      'https://example.no/page#token=abc',
      'https://example.no/?',
    ]) {
      const res = await post(srv.url, makeReceipt({ url }));
      assert.equal(res.status, 400, url);
      assert.match(res.json.error, /^url must be origin and path only/);
    }
    assert.equal((await post(srv.url, makeReceipt({ url: 'https://example.no/side/om-oss' }))).status, 201);
    assert.equal(logLines(dir).length, 1);
  } finally {
    await srv.close();
  }
});

test('files and directories the receiver creates are 0600 and 0700, whatever the umask', async () => {
  const dir = join(tempDir(), 'proofs');
  const previous = process.umask(0o022);
  try {
    const srv = await startReceiver({ dataDir: dir, segmentBytes: 2048 });
    for (let i = 0; i < 6; i += 1) assert.equal((await post(srv.url, makeReceipt())).status, 201);
    await srv.close();
    const erased = await runCli(['purge', '--hold-days', '0', dir]);
    assert.equal(erased.code, 0, erased.stderr);
  } finally {
    process.umask(previous);
  }
  assert.equal(statSync(dir).mode & 0o777, 0o700);
  const files = readdirSync(dir);
  assert.ok(
    files.includes('proofs-000002.jsonl') && files.includes('proofs-000001.idx') && files.includes('checkpoint.json'),
    files.join(' '),
  );
  for (const name of files) assert.equal(statSync(join(dir, name)).mode & 0o777, 0o600, name);
});

test('every export of personal data leaves one log line: network, query, format and how many records', async () => {
  const srv = await startReceiver({ dataDir: tempDir(), token: TOKEN });
  try {
    const receipt = makeReceipt();
    assert.equal((await post(srv.url, receipt)).status, 201);
    const auth = { authorization: `Bearer ${TOKEN}` };
    assert.equal((await send(`${srv.url}?consentId=${receipt.consentId}`, { method: 'GET', headers: auth })).status, 200);
    assert.equal((await send(`${srv.url}?from=2000-01-01&format=csv`, { method: 'GET', headers: auth })).status, 200);
    const exports = srv.logs.filter((e) => e.event === 'export');
    assert.deepEqual(
      exports.map(({ level, ip, format, consentId, from, records }) => ({ level, ip, format, consentId, from, records })),
      [
        { level: 'info', ip: '127.0.0.0', format: 'json', consentId: receipt.consentId, from: undefined, records: 1 },
        { level: 'info', ip: '127.0.0.0', format: 'csv', consentId: undefined, from: '2000-01-01T00:00:00.000Z', records: 1 },
      ],
    );
  } finally {
    await srv.close();
  }
});
