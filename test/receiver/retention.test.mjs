// Storage limitation and erasure (SPEC §9) on both backends: purge and erase replace records
// with tombstones that keep their hashes; the records are gone from storage and export, the
// chain still verifies, and an edit made by hand is still named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { startCluster } from '../../scripts/postgres.mjs';
import { build, logPath, makeReceipt, post, runCli, send, startReceiver, tempDir } from './helpers.mjs';

const TOKEN = 'test-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };
let cluster;
let db;

before(async () => {
  await build();
  cluster = await startCluster();
  db = new pg.Pool({ connectionString: cluster.url, max: 2 });
  db.on('error', () => undefined);
});
after(async () => {
  await db?.end();
  cluster?.kill();
});

/** Receipts for a scenario: old ones past expiry + hold, one person's, one subject's, and others. */
function scenario() {
  const person = makeReceipt();
  return {
    expired: [makeReceipt({ expiresAt: '2020-01-01T00:00:00.000Z' }), makeReceipt({ expiresAt: '2021-06-01T00:00:00.000Z' })],
    person: [person, makeReceipt({ consentId: person.consentId, previousReceiptId: person.receiptId, method: 'withdraw' })],
    subject: [makeReceipt({ subject: 'hmac:customer-42', via: 'dialog', userActivation: true })],
    others: [makeReceipt(), makeReceipt({ subject: 'hmac:customer-7' }), makeReceipt({ expiresAt: '2026-01-01T00:00:00.000Z' })],
  };
}

async function storeAll(srv, s) {
  for (const r of [...s.expired, ...s.person, ...s.subject, ...s.others]) assert.equal((await post(srv.url, r)).status, 201);
}

async function exported(srv, consentId) {
  const res = await send(`${srv.url}?consentId=${consentId}`, { method: 'GET', headers: auth });
  assert.equal(res.status, 200);
  return res.json.receipts.map((r) => r.receiptId);
}

const everything = (srv) =>
  send(`${srv.url}?from=2000-01-01`, { method: 'GET', headers: auth }).then((r) => r.json.receipts.map((x) => x.receiptId));

for (const backend of ['file log', 'PostgreSQL']) {
  test(`${backend}: purge (expiresAt + hold) and erase (--consent-id, --subject) leave tombstones; verify passes`, async () => {
    const dir = tempDir();
    if (backend === 'PostgreSQL') await db.query('DROP TABLE IF EXISTS samtykke_proofs');
    const where = backend === 'PostgreSQL' ? ['--postgres', cluster.url] : [dir];
    const options = backend === 'PostgreSQL' ? { postgres: cluster.url, token: TOKEN } : { dataDir: dir, token: TOKEN };
    const s = scenario();
    let srv = await startReceiver(options);
    await storeAll(srv, s);
    await srv.close();
    const total = 8;

    // Purge with the default hold (1095 days): only receipts that expired before 2023 go.
    let r = await runCli(['purge', ...where]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /purge: 2 receipts/);
    r = await runCli(['erase', '--consent-id', s.person[0].consentId.toUpperCase(), ...where]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /erase: 2 receipts/);
    r = await runCli(['erase', '--subject', 'hmac:customer-42', ...where]);
    assert.match(r.stdout, /erase: 1 receipt /);
    // Nothing left to remove: a second run removes nothing and breaks nothing.
    assert.match((await runCli(['purge', ...where])).stdout, /purge: 0 receipts/);

    const verified = await runCli(['verify', ...where]);
    assert.equal(verified.code, 0, verified.stdout + verified.stderr);
    assert.match(verified.stdout, new RegExp(`^ok: ${total} records`));

    // Gone from storage: no trace of the ids, the subject or the person's consent id.
    const removed = [...s.expired, ...s.person, ...s.subject];
    const raw =
      backend === 'PostgreSQL'
        ? JSON.stringify((await db.query('SELECT * FROM samtykke_proofs')).rows)
        : readdirSync(dir)
            .filter((f) => f.endsWith('.jsonl'))
            .map((f) => readFileSync(join(dir, f), 'utf8'))
            .join('');
    for (const receipt of removed) {
      assert.ok(!raw.includes(receipt.receiptId), `${receipt.receiptId} still stored`);
      assert.ok(!raw.includes(receipt.consentId), `${receipt.consentId} still stored`);
    }
    assert.ok(!raw.includes('customer-42'));
    assert.ok(raw.includes('customer-7'));
    // Tombstones say what, when and why.
    assert.equal((raw.match(/reason\\?"\s*:\s*\\?"retention/g) ?? []).length, 2, raw.slice(0, 400));
    assert.equal((raw.match(/reason\\?"\s*:\s*\\?"erasure/g) ?? []).length, 3);

    // Gone from export; the others are all there.
    srv = await startReceiver(options);
    assert.deepEqual(await exported(srv, s.person[0].consentId), []);
    assert.deepEqual((await everything(srv)).sort(), s.others.map((x) => x.receiptId).sort());
    // The chain goes on after the tombstones.
    assert.equal((await post(srv.url, makeReceipt())).status, 201);
    await srv.close();
    assert.equal((await runCli(['verify', ...where])).code, 0);

    // An edit by hand is still named, tombstones or not.
    if (backend === 'PostgreSQL') {
      await db.query(
        `UPDATE samtykke_proofs SET line = replace(line, '"method":"custom"', '"method":"accept-all"') WHERE seq = (SELECT max(seq) FROM samtykke_proofs)`,
      );
      const edited = await runCli(['verify', ...where]);
      assert.equal(edited.code, 1);
      assert.match(edited.stdout, /its content does not match its hash/);
      await db.query(
        `UPDATE samtykke_proofs SET line = NULL, tombstone = NULL WHERE seq = (SELECT min(seq) FROM samtykke_proofs WHERE line IS NOT NULL)`,
      );
    } else {
      const lines = readFileSync(logPath(dir), 'utf8').split('\n');
      const victim = lines.findIndex((l) => l.includes(s.others[0].receiptId));
      lines[victim] = lines[victim].replace('"method":"custom"', '"method":"accept-all"');
      writeFileSync(logPath(dir), lines.join('\n'));
      const edited = await runCli(['verify', dir]);
      assert.equal(edited.code, 1);
      assert.match(edited.stdout, new RegExp(`line ${victim + 2}: prev hash does not match line ${victim + 1}`));
      // And a log that does not verify is not purged: that would destroy the evidence.
      const refused = await runCli(['erase', '--subject', 'hmac:customer-7', dir]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /does not verify/);
    }
  });
}

test('usage: erase needs exactly one of --consent-id and --subject; purge a sane --hold-days', async () => {
  const dir = tempDir();
  const srv = await startReceiver({ dataDir: dir });
  await srv.close();
  for (const args of [
    ['erase', dir],
    ['erase', '--consent-id', 'x', dir],
    ['purge', '--hold-days', '-1', dir],
    ['erase', '--consent-id', makeReceipt().consentId, '--subject', 'a', dir],
  ]) {
    assert.equal((await runCli(args)).code, 2, args.join(' '));
  }
});

test('purge of a file log refuses while a receiver has it open', async () => {
  const dir = tempDir();
  const srv = await startReceiver({ dataDir: dir });
  try {
    const r = await runCli(['purge', dir]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /in use by another receiver/);
  } finally {
    await srv.close();
  }
});
