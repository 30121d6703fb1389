// The receiver on PostgreSQL (SPEC §9, `--postgres URL`): the same HTTP API as the embedded
// log, receipts stored once across several receivers sharing one database, a hash chain over
// the rows that `verify --postgres` checks. The database is a real PostgreSQL (Debian's
// package), a throwaway cluster on a free loopback port (scripts/postgres.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startCluster } from '../../scripts/postgres.mjs';
import { build, makeReceipt, post, runCli, send, startCli, startReceiver } from './helpers.mjs';

const TOKEN = 'test-token-0123456789abcdef';
let cluster;
let url;
let db;

before(async () => {
  await build();
  cluster = await startCluster();
  url = cluster.url;
  db = new pg.Pool({ connectionString: url, max: 2 });
  db.on('error', () => undefined);
});
after(async () => {
  await db?.end();
  cluster?.kill();
});

/** Rows of the table, straight from the database. */
async function rows() {
  return (await db.query('SELECT seq, receipt_id, consent_id, line, prev_hash, hash FROM samtykke_proofs ORDER BY seq')).rows;
}

test('stores, dedupes and exports like the log; the rows form a chain that verifies', async () => {
  const srv = await startReceiver({ postgres: url, token: TOKEN });
  const before = (await rows()).length;
  const a = makeReceipt();
  const b = makeReceipt({ consentId: a.consentId, previousReceiptId: a.receiptId, method: 'withdraw' });
  assert.equal((await post(srv.url, a)).status, 201);
  assert.equal((await post(srv.url, b)).status, 201);
  const again = await post(srv.url, a);
  assert.equal(again.status, 200);
  assert.equal(again.json.duplicate, true);
  const bad = await post(srv.url, { ...makeReceipt(), method: 'bogus' });
  assert.equal(bad.status, 400);
  const stored = await rows();
  assert.equal(stored.length, before + 2);
  const last = JSON.parse(stored.at(-1).line);
  assert.equal(last.receiptId, b.receiptId);
  assert.match(last.receivedAt, /^\d{4}-\d\d-\d\dT/);
  assert.ok('ip' in last);
  // The controller's access request: this visitor's receipts, oldest first.
  const exported = await send(`${srv.url}?consentId=${a.consentId}`, {
    method: 'GET',
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(exported.status, 200);
  assert.deepEqual(
    (exported.json.receipts ?? exported.json).map((r) => r.receiptId),
    [a.receiptId, b.receiptId],
  );
  assert.equal((await send(`${srv.url}?consentId=${a.consentId}`, { method: 'GET' })).status, 401);
  await srv.close();
  const verified = await runCli(['verify', '--postgres', url]);
  assert.equal(verified.code, 0, verified.stdout + verified.stderr);
  assert.match(verified.stdout, new RegExp(`^ok: ${before + 2} records`));
});

test('three receivers on one database, 300 concurrent POSTs with repeats: each receipt stored once, one unbroken chain', async () => {
  const receivers = await Promise.all([0, 1, 2].map(() => startReceiver({ postgres: url, postgresPoolSize: 5 })));
  const start = (await rows()).length;
  const receipts = Array.from({ length: 100 }, () => makeReceipt());
  // Each receipt is sent to every receiver at once: a widget retrying through a load balancer.
  const answers = await Promise.all(receipts.flatMap((r) => receivers.map((s) => post(s.url, r))));
  for (const a of answers) assert.ok(a.status === 201 || a.status === 200, `status ${a.status}`);
  assert.equal(answers.filter((a) => a.status === 201).length, 100);
  const all = await rows();
  assert.equal(all.length, start + 100);
  assert.equal(new Set(all.map((r) => r.receipt_id)).size, all.length);
  // One chain: each row follows the one before.
  for (let i = 1; i < all.length; i++) assert.equal(all[i].prev_hash, all[i - 1].hash);
  await Promise.all(receivers.map((s) => s.close()));
  const verified = await runCli(['verify', '--postgres', url]);
  assert.equal(verified.code, 0, verified.stdout + verified.stderr);
});

test('verify --postgres names an edited and a deleted row', async () => {
  const srv = await startReceiver({ postgres: url });
  for (let i = 0; i < 5; i++) assert.equal((await post(srv.url, makeReceipt())).status, 201);
  await srv.close();
  const all = await rows();
  const victim = all.at(-3);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Edited: the record says something else than what was hashed.
    await client.query('UPDATE samtykke_proofs SET line = replace(line, $1, $2) WHERE seq = $3', [
      '"method":"custom"',
      '"method":"accept-all"',
      victim.seq,
    ]);
    let r = await runCli(['verify', '--postgres', url]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, new RegExp(`row ${all.length - 2} \\(seq ${victim.seq}\\): its content does not match its hash`));
    await client.query('UPDATE samtykke_proofs SET line = $1 WHERE seq = $2', [victim.line, victim.seq]);
    assert.equal((await runCli(['verify', '--postgres', url])).code, 0);
    // Deleted: the next row no longer follows.
    await client.query('DELETE FROM samtykke_proofs WHERE seq = $1', [victim.seq]);
    r = await runCli(['verify', '--postgres', url]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /does not follow the row before it/);
  } finally {
    await client.end();
  }
});

test('the CLI serves PostgreSQL with --postgres or SAMTYKKE_RECEIVER_POSTGRES; a bad URL is bad usage; a dead server gets 503s, a wrong database fails to start', async () => {
  // A fresh database for this test: the previous one has a broken chain on purpose.
  await db.query('DROP TABLE samtykke_proofs');
  const cli = startCli(['--port', '0', '--postgres', url]);
  const endpoint = await cli.url;
  assert.match(cli.output(), /PostgreSQL table samtykke_proofs/);
  const receipt = makeReceipt();
  assert.equal((await post(endpoint, receipt)).status, 201);
  cli.child.kill('SIGTERM');
  assert.equal((await cli.exited).code, 0);
  const viaEnv = startCli(['--port', '0'], { SAMTYKKE_RECEIVER_POSTGRES: url });
  assert.equal((await post(await viaEnv.url, receipt)).status, 200);
  viaEnv.child.kill('SIGTERM');
  await viaEnv.exited;
  assert.deepEqual(
    (await rows()).map((r) => r.receipt_id),
    [receipt.receiptId],
  );
  assert.equal((await runCli(['--postgres', 'mysql://localhost/x'])).code, 2);
  // A database that is not there (yet): the receiver keeps running, answers 503 and says why.
  const dead = startCli(['--port', '0', '--postgres', 'postgres://postgres@127.0.0.1:1/postgres']);
  const deadUrl = await dead.url;
  const refused = await post(deadUrl, makeReceipt());
  assert.equal(refused.status, 503);
  assert.ok(Number(refused.headers['retry-after']) > 0);
  assert.match(dead.output(), /PostgreSQL|postgres-wait/);
  dead.child.kill('SIGTERM');
  await dead.exited;
  // A permanent error (no such database) still stops the start.
  const wrong = await runCli(['--port', '0', '--postgres', url.replace(/\/postgres$/, '/no_such_database')]);
  assert.equal(wrong.code, 1);
  assert.match(wrong.stderr, /PostgreSQL/);
});
