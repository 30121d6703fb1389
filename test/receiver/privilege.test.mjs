// Least privilege on PostgreSQL: `samtykke-receiver migrate` (the admin role) creates the
// schema; receivers run `--no-migrate` as a role that can only append (through the SECURITY
// DEFINER append function) and read; it cannot UPDATE, DELETE or INSERT rows of its own, and
// purge and erase need the admin role. The SQL is the one docs/receiver.md gives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startCluster } from '../../scripts/postgres.mjs';
import { build, makeReceipt, post, runCli, send, startCli, startReceiver } from './helpers.mjs';

const TOKEN = 'test-token-0123456789abcdef';
let cluster;
let adminUrl;
let receiverUrl;

/** Runs `sql` on `url` with a one-off connection. */
async function run(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

before(async () => {
  await build();
  cluster = await startCluster();
  const base = `postgres://%s:%s@127.0.0.1:${cluster.port}/samtykke`;
  // docs/receiver.md, "Two roles": run as a superuser.
  await run(cluster.url, `CREATE ROLE samtykke_admin LOGIN PASSWORD 'admin-secret'`);
  await run(cluster.url, `CREATE ROLE samtykke_receiver LOGIN PASSWORD 'receiver-secret'`);
  await run(cluster.url, 'CREATE DATABASE samtykke OWNER samtykke_admin');
  adminUrl = base.replace('%s', 'samtykke_admin').replace('%s', 'admin-secret');
  receiverUrl = base.replace('%s', 'samtykke_receiver').replace('%s', 'receiver-secret');
});
after(() => cluster?.kill());

test('migrate as the admin role; a --no-migrate receiver as the append-only role stores and exports; the role cannot change rows', async () => {
  // Without the schema, a --no-migrate receiver says what to do.
  const early = await runCli(['--port', '0', '--no-migrate', '--postgres', receiverUrl]);
  assert.equal(early.code, 1);
  assert.match(early.stderr, /run `samtykke-receiver migrate/);

  const migrated = await runCli(['migrate', '--postgres', adminUrl]);
  assert.equal(migrated.code, 0, migrated.stderr);
  assert.match(migrated.stdout, /up to date/);
  // Twice is fine: migrate is idempotent.
  assert.equal((await runCli(['migrate', '--postgres', adminUrl])).code, 0);
  // docs/receiver.md: the grants, as the admin role after migrate.
  await run(adminUrl, 'GRANT SELECT ON samtykke_proofs TO samtykke_receiver');
  await run(
    adminUrl,
    'GRANT EXECUTE ON FUNCTION samtykke_proofs_append(text[], text[], timestamptz[], text[], timestamptz[], text[], boolean[], text[]) TO samtykke_receiver',
  );

  // The CLI under the append-only role.
  const cli = startCli(['--port', '0', '--no-migrate', '--postgres', receiverUrl]);
  const first = makeReceipt();
  assert.equal((await post(await cli.url, first)).status, 201);
  assert.equal((await post(await cli.url, first)).status, 200);
  cli.child.kill('SIGTERM');
  assert.equal((await cli.exited).code, 0);
  // The library likewise, with export (SELECT).
  const srv = await startReceiver({ postgres: receiverUrl, migrate: false, token: TOKEN });
  const second = makeReceipt();
  assert.equal((await post(srv.url, second)).status, 201);
  const exported = await send(`${srv.url}?consentId=${second.consentId}`, {
    method: 'GET',
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  assert.deepEqual(
    exported.json.receipts.map((r) => r.receiptId),
    [second.receiptId],
  );
  await srv.close();

  // The append-only role can change nothing by hand.
  for (const sql of [
    `UPDATE samtykke_proofs SET line = NULL, tombstone = '{}'`,
    'DELETE FROM samtykke_proofs',
    'TRUNCATE samtykke_proofs',
    `INSERT INTO samtykke_proofs (receipt_id, consent_id, received_at, line, prev_hash, hash) VALUES ('x', 'y', now(), '{}', 'forged', 'forged')`,
    'ALTER TABLE samtykke_proofs ADD COLUMN forged text',
  ]) {
    await assert.rejects(
      run(receiverUrl, sql),
      (/** @type {any} */ err) => err.code === '42501' || /must be owner/.test(err.message),
      sql,
    );
  }
  // A receiver that would migrate at start needs the admin role.
  const migrating = await runCli(['--port', '0', '--postgres', receiverUrl]);
  assert.equal(migrating.code, 1);

  // Erasure takes the admin role; verify only reads.
  const denied = await runCli(['erase', '--consent-id', first.consentId, '--postgres', receiverUrl, '--wait-seconds', '0']);
  assert.equal(denied.code, 1);
  assert.match(denied.stderr, /permission denied/);
  const erased = await runCli(['erase', '--consent-id', first.consentId, '--postgres', adminUrl]);
  assert.equal(erased.code, 0, erased.stderr);
  const verified = await runCli(['verify', '--postgres', receiverUrl]);
  assert.equal(verified.code, 0, verified.stdout + verified.stderr);
  assert.match(verified.stdout, /^ok: 2 records .*; 1 tombstone, 1 removal record$/m);
});
