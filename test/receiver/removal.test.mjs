// Removals that leave a trace (both backends): purge and erase append a removal record naming
// each removed line by seq and hash, so the head changes; `verify` accepts a tombstone only with
// its removal record and says how many there are. A tombstone made by hand fails `verify`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { startCluster } from '../../scripts/postgres.mjs';
import { build, logPath, makeReceipt, post, runCli, startReceiver, tempDir } from './helpers.mjs';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const headOf = (stdout) => /sha256 ([0-9a-f]{64})/.exec(stdout)?.[1];

let pristine;
let receipts;
let cluster;
let db;

before(async () => {
  await build();
  pristine = tempDir();
  receipts = Array.from({ length: 5 }, () => makeReceipt());
  const srv = await startReceiver({ dataDir: pristine });
  for (const r of receipts) assert.equal((await post(srv.url, r)).status, 201);
  await srv.close();
  cluster = await startCluster();
  db = new pg.Pool({ connectionString: cluster.url, max: 2 });
  db.on('error', () => undefined);
});
after(async () => {
  await db?.end();
  cluster?.kill();
});

function copy() {
  const dir = tempDir();
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

const lines = (dir) => readFileSync(logPath(dir), 'utf8').split('\n').slice(0, -1);

test('file log: erase appends a removal record naming the line by seq and hash; the head changes; verify counts both', async () => {
  const dir = copy();
  const before = await runCli(['verify', dir]);
  assert.match(before.stdout, /^ok: 5 records \(last line sha256 [0-9a-f]{64}\); 0 tombstones, 0 removal records$/m);
  const removedLine = lines(dir)[2];
  const erased = await runCli(['erase', '--consent-id', receipts[2].consentId, dir]);
  assert.equal(erased.code, 0, erased.stderr);
  const after = await runCli(['verify', dir]);
  assert.equal(after.code, 0, after.stdout);
  assert.match(after.stdout, /^ok: 5 records \(last line sha256 [0-9a-f]{64}\); 1 tombstone, 1 removal record$/m);
  assert.notEqual(headOf(after.stdout), headOf(before.stdout));
  const all = lines(dir);
  assert.equal(all.length, 6);
  const removal = JSON.parse(all[5]);
  assert.equal(removal.seq, 6);
  assert.equal(removal.prev, sha256(all[4]));
  assert.equal(removal.removal.command, 'erase');
  assert.equal(removal.removal.rule, 'consentId');
  assert.deepEqual(removal.removal.removed, [{ seq: 3, hash: sha256(removedLine) }]);
  // Nothing about the person in it.
  assert.ok(!all[5].includes(receipts[2].consentId));
  assert.ok(!all.join('\n').includes(receipts[2].receiptId));
});

test('file log: a tombstone written by hand (carrying the line hash) fails verify', async () => {
  const dir = copy();
  const all = lines(dir);
  const victim = JSON.parse(all[1]);
  const tombstone = {
    removed: 'receipt',
    reason: 'erasure',
    rule: 'consentId',
    removedAt: new Date().toISOString(),
    receivedAt: victim.record.receivedAt,
  };
  all[1] = `{"seq":2,"prev":"${victim.prev}","hash":"${sha256(all[1])}","tombstone":${JSON.stringify(tombstone)}}`;
  writeFileSync(logPath(dir), `${all.join('\n')}\n`);
  const verified = await runCli(['verify', dir]);
  assert.equal(verified.code, 1, verified.stdout);
  assert.match(verified.stdout, /seq 2: a tombstone that no removal record names/);
  // Nor will purge or erase build on it.
  const erase = await runCli(['erase', '--consent-id', receipts[4].consentId, dir]);
  assert.equal(erase.code, 1);
  assert.match(erase.stderr, /does not verify/);
});

test('file log: a removal interrupted before its tombstones fails verify; running it again completes it', async () => {
  const dir = copy();
  const all = lines(dir);
  // What a crash between the removal record and the rewrite leaves: the record names line 4, still there.
  const removal = {
    command: 'erase',
    rule: 'consentId',
    removedAt: new Date().toISOString(),
    removed: [{ seq: 4, hash: sha256(all[3]) }],
  };
  all.push(`{"seq":6,"prev":"${sha256(all[4])}","removal":${JSON.stringify(removal)}}`);
  writeFileSync(logPath(dir), `${all.join('\n')}\n`);
  const broken = await runCli(['verify', dir]);
  assert.equal(broken.code, 1);
  assert.match(broken.stdout, /line 6: the removal record names seq 4 as removed, but it is not a tombstone/);
  // Another removal would leave it unfinished: refused.
  const other = await runCli(['erase', '--consent-id', receipts[0].consentId, dir]);
  assert.equal(other.code, 1);
  assert.match(other.stderr, /interrupted/);
  const again = await runCli(['erase', '--consent-id', receipts[3].consentId, dir]);
  assert.equal(again.code, 0, again.stderr);
  const verified = await runCli(['verify', dir]);
  assert.equal(verified.code, 0, verified.stdout);
  assert.match(verified.stdout, /1 tombstone, 2 removal records/);
});

test('PostgreSQL: erase appends a removal row; a tombstone made by UPDATE fails verify', async () => {
  const where = ['--postgres', cluster.url];
  const srv = await startReceiver({ postgres: cluster.url });
  for (const r of receipts) assert.equal((await post(srv.url, r)).status, 201);
  await srv.close();
  const before = await runCli(['verify', ...where]);
  assert.match(before.stdout, /^ok: 5 records .*; 0 tombstones, 0 removal records$/m);
  const { rows: victim } = await db.query('SELECT seq::int AS seq, hash FROM samtykke_proofs WHERE consent_id = $1', [
    receipts[1].consentId,
  ]);
  assert.equal((await runCli(['erase', '--consent-id', receipts[1].consentId, ...where])).code, 0);
  const after = await runCli(['verify', ...where]);
  assert.equal(after.code, 0, after.stdout);
  assert.match(after.stdout, /^ok: 5 records .*; 1 tombstone, 1 removal record$/m);
  assert.notEqual(headOf(after.stdout), headOf(before.stdout));
  const { rows: last } = await db.query('SELECT kind, line FROM samtykke_proofs ORDER BY seq DESC LIMIT 1');
  assert.equal(last[0].kind, 'removal');
  assert.deepEqual(JSON.parse(last[0].line).removal.removed, victim);

  // Anyone who can write the table empties a row by hand: verify says so.
  await db.query(`UPDATE samtykke_proofs SET line = NULL, tombstone = '{}' WHERE consent_id = $1`, [receipts[3].consentId]);
  const tampered = await runCli(['verify', ...where]);
  assert.equal(tampered.code, 1, tampered.stdout);
  assert.match(tampered.stdout, /a tombstone that no removal record names/);
});
