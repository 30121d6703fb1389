// The PostgreSQL receiver under load and faults, on a real PostgreSQL (a throwaway cluster,
// scripts/postgres.mjs): three receivers sharing one chain, the database stopped mid-load, a
// table locked for 10 s, a receiver started before its database. All traffic on 127.0.0.1,
// bounded in count and time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { startCluster } from '../../scripts/postgres.mjs';
import { build, makeReceipt, post, runCli, startCli, startReceiver } from './helpers.mjs';

let cluster;
let db;

before(async () => {
  await build();
  cluster = await startCluster();
  db = new pg.Pool({ connectionString: cluster.url, max: 2 });
  db.on('error', () => undefined); // idle connections cut when the tests stop the server
});
after(async () => {
  await db?.end().catch(() => undefined);
  cluster?.kill();
});

const ids = async () =>
  (await db.query('SELECT receipt_id FROM samtykke_proofs WHERE line IS NOT NULL')).rows.map((r) => r.receipt_id);

async function verify() {
  const result = await runCli(['verify', '--postgres', cluster.url]);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  return result.stdout;
}

test('three receivers, 3,000 concurrent POSTs including 300 duplicates: every receipt once, one chain', async () => {
  const receivers = await Promise.all([0, 1, 2].map(() => startReceiver({ postgres: cluster.url, postgresPoolSize: 4 })));
  const agents = receivers.map(() => new Agent({ keepAlive: true, maxSockets: 64 }));
  try {
    const before = (await ids()).length;
    const receipts = Array.from({ length: 2700 }, () => makeReceipt());
    // 300 repeats of receipts among them, sent to another receiver: a retry through a load balancer.
    const sends = [...receipts.map((r, i) => [r, i % 3]), ...receipts.slice(0, 300).map((r, i) => [r, (i + 1) % 3])];
    const answers = await Promise.all(
      sends.map((/** @type {[object, number]} */ [r, i]) => post(receivers[i].url, r, { agent: agents[i] })),
    );
    const statuses = answers.map((a) => a.status);
    assert.deepEqual(
      statuses.filter((s) => s !== 201 && s !== 200),
      [],
    );
    assert.equal(statuses.filter((s) => s === 201).length, 2700);
    assert.equal(statuses.filter((s) => s === 200).length, 300);
    const stored = await ids();
    assert.equal(stored.length, before + 2700);
    assert.equal(new Set(stored).size, stored.length);
    // Group commit: far fewer transactions than receipts.
    const commits = receivers.reduce((n, s) => n + s.receiver.stats().fsyncs, 0);
    assert.ok(commits < 2700 / 3, `expected batches, got ${commits} commits for 2,700 receipts`);
  } finally {
    agents.forEach((a) => a.destroy());
    await Promise.all(receivers.map((s) => s.close()));
  }
  assert.match(await verify(), /^ok: \d+ records/);
});

test('PostgreSQL stopped for 5 s mid-load: 503 with Retry-After, nothing acknowledged lost, recovery unassisted', async () => {
  const receivers = await Promise.all([0, 1].map(() => startReceiver({ postgres: cluster.url, postgresPoolSize: 3 })));
  const acknowledged = new Set();
  const statuses = [];
  let running = true;
  const load = receivers.map(async (srv) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    while (running) {
      const receipt = makeReceipt();
      const started = Date.now();
      const res = await post(srv.url, receipt, { agent }).catch(() => ({ status: 'error', headers: {} }));
      statuses.push({ status: res.status, ms: Date.now() - started, retryAfter: res.headers['retry-after'] });
      if (res.status === 201) acknowledged.add(receipt.receiptId);
      if (res.status !== 201) await sleep(50);
    }
    agent.destroy();
  });
  try {
    await sleep(1000);
    cluster.stop();
    await sleep(5000);
    cluster.start();
    // Recovery: within a few seconds every receiver stores again.
    const deadline = Date.now() + 20_000;
    for (const srv of receivers) {
      let status;
      do {
        status = (await post(srv.url, makeReceipt())).status;
        if (status !== 201) await sleep(250);
      } while (status !== 201 && Date.now() < deadline);
      assert.equal(status, 201, 'the receiver did not recover after PostgreSQL came back');
    }
  } finally {
    running = false;
    await Promise.all(load);
    await Promise.all(receivers.map((s) => s.close()));
  }
  const unavailable = statuses.filter((s) => s.status === 503);
  assert.ok(unavailable.length > 0, 'expected 503s while PostgreSQL was down');
  assert.ok(
    unavailable.every((s) => Number(s.retryAfter) > 0),
    '503 without Retry-After',
  );
  assert.ok(
    statuses.every((s) => s.ms < 10_000),
    `a request took ${Math.max(...statuses.map((s) => s.ms))} ms`,
  );
  const stored = new Set(await ids());
  const lost = [...acknowledged].filter((id) => !stored.has(id));
  assert.deepEqual(lost, [], 'acknowledged receipts missing from the database');
  assert.ok(acknowledged.size > 0);
  await verify();
});

test('a table locked for 10 s: every request is answered within the timeout (503), then stores again', async () => {
  const srv = await startReceiver({ postgres: cluster.url, storeTimeoutMs: 3000 });
  const locker = await db.connect();
  try {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE samtykke_proofs IN ACCESS EXCLUSIVE MODE');
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const t0 = Date.now();
        const res = await post(srv.url, makeReceipt());
        return { status: res.status, ms: Date.now() - t0, retryAfter: res.headers['retry-after'] };
      }),
    );
    assert.ok(
      answers.every((a) => a.status === 503 && Number(a.retryAfter) > 0),
      JSON.stringify(answers.slice(0, 3)),
    );
    // storeTimeoutMs 3 s, statements 5 s: nobody waits for the lock's 10 s.
    assert.ok(
      answers.every((a) => a.ms < 8000),
      `slowest ${Math.max(...answers.map((a) => a.ms))} ms`,
    );
    const left = 10_000 - (Date.now() - started);
    if (left > 0) await sleep(left);
  } finally {
    await locker.query('ROLLBACK');
    locker.release();
  }
  let status;
  const deadline = Date.now() + 15_000;
  do {
    status = (await post(srv.url, makeReceipt())).status;
    if (status !== 201) await sleep(250);
  } while (status !== 201 && Date.now() < deadline);
  assert.equal(status, 201);
  await srv.close();
  await verify();
});

test('a receiver started before its database serves once the database is up; /healthz follows', async () => {
  cluster.stop();
  const cli = startCli(['--port', '0', '--postgres', cluster.url]);
  try {
    const url = await cli.url;
    const health = url.replace('/consent-proofs', '/healthz');
    const early = await post(url, makeReceipt());
    assert.equal(early.status, 503);
    assert.ok(Number(early.headers['retry-after']) > 0);
    assert.equal((await fetch(health)).status, 503);
    cluster.start();
    const receipt = makeReceipt();
    let status;
    const deadline = Date.now() + 20_000;
    do {
      status = (await post(url, receipt)).status;
      if (status !== 201) await sleep(250);
    } while (status !== 201 && Date.now() < deadline);
    assert.equal(status, 201);
    assert.equal((await fetch(health)).status, 200);
    assert.ok((await ids()).includes(receipt.receiptId));
    // Each wait was logged as a JSON line.
    assert.match(cli.output(), /"event":"postgres-wait"/);
  } finally {
    cli.child.kill('SIGTERM');
    await cli.exited;
  }
});

test('verify --postgres waits for a database that is down, and gives up after --wait-seconds', async () => {
  cluster.stop();
  const gaveUp = await runCli(['verify', '--postgres', cluster.url, '--wait-seconds', '1']);
  assert.equal(gaveUp.code, 1);
  assert.match(gaveUp.stderr, /retrying/);
  const waiting = runCli(['verify', '--postgres', cluster.url, '--wait-seconds', '30']);
  await sleep(1500);
  cluster.start();
  const result = await waiting;
  assert.equal(result.code, 0, result.stdout + result.stderr);
});
