// Less data about people (SPEC §7; GDPR art. 5(1)(c)): a receipt that grants nothing beyond
// necessary proves no consent, so the receiver keeps no IP prefix and no user agent with it, in
// the file log and in PostgreSQL alike; a receipt that grants keeps both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startCluster } from '../../scripts/postgres.mjs';
import { build, logLines, makeReceipt, post, startReceiver, tempDir } from './helpers.mjs';

const NOTHING = { necessary: true, analytics: false, marketing: false, profiling: false };
/** Receipts that grant nothing: a refusal, GPC, a withdrawal, a choice of all false (an older widget's, with a user agent). */
const refusals = () => [
  makeReceipt({ method: 'reject-all', categories: NOTHING, services: { 'google-analytics': false } }),
  makeReceipt({ method: 'gpc', gpc: true, categories: NOTHING, services: {} }),
  makeReceipt({ method: 'withdraw', categories: NOTHING, services: {} }),
  makeReceipt({ method: 'api', categories: NOTHING, services: { 'google-analytics': false } }),
];

let cluster;
before(async () => {
  await build();
  cluster = await startCluster();
});
after(() => cluster?.kill());

/** Posts the refusals and one grant; answers the stored records by receipt id. */
async function storeBoth(options, read) {
  const srv = await startReceiver(options);
  try {
    const grant = makeReceipt();
    const refused = refusals();
    for (const receipt of [grant, ...refused]) assert.equal((await post(srv.url, receipt)).status, 201);
    // A duplicate is logged without an IP too.
    assert.equal((await post(srv.url, refused[0])).status, 200);
    const duplicate = srv.logs.find((entry) => entry.event === 'duplicate');
    assert.ok(duplicate, JSON.stringify(srv.logs));
    assert.equal(duplicate.ip, null);
    const stored = await read();
    return { grant: stored.get(grant.receiptId), refused: refused.map((r) => stored.get(r.receiptId)) };
  } finally {
    await srv.close();
  }
}

function check({ grant, refused }) {
  assert.equal(grant.ip, '127.0.0.0');
  assert.equal(grant.userAgent, 'Mozilla/5.0 (X11; Linux x86_64) test');
  for (const record of refused) {
    assert.ok(record, 'every refusal is stored');
    assert.equal(record.ip, null, `${record.method}: no IP prefix`);
    assert.equal('userAgent' in record, false, `${record.method}: no user agent`);
    assert.equal(record.categories.analytics, false);
  }
}

test('file log: a refusal, GPC, a withdrawal or an all-false choice is stored with no IP prefix and no user agent', async () => {
  const dir = tempDir();
  const read = async () =>
    new Map(
      logLines(dir)
        .map((line) => JSON.parse(line).record)
        .map((r) => [r.receiptId, r]),
    );
  check(await storeBoth({ dataDir: dir }, read));
});

test('PostgreSQL: the same receipts are stored with no IP prefix and no user agent', async () => {
  const db = new pg.Pool({ connectionString: cluster.url, max: 1 });
  db.on('error', () => undefined);
  try {
    const read = async () => {
      const { rows } = await db.query('SELECT line FROM samtykke_proofs');
      return new Map(rows.map(({ line }) => JSON.parse(line)).map((r) => [r.receiptId, r]));
    };
    check(await storeBoth({ postgres: cluster.url }, read));
  } finally {
    await db.end();
  }
});

test('a receipt without userAgent is accepted', async () => {
  const dir = tempDir();
  const srv = await startReceiver({ dataDir: dir });
  try {
    const { userAgent: _left, ...receipt } = makeReceipt({ method: 'reject-all', categories: NOTHING });
    assert.equal((await post(srv.url, receipt)).status, 201);
    assert.equal(JSON.parse(logLines(dir).at(-1)).record.receiptId, receipt.receiptId);
  } finally {
    await srv.close();
  }
});
