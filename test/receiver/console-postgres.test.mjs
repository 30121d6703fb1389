// The console on PostgreSQL: the overview's numbers from the samtykke_proofs table, search by
// subject, an erasure from the console (removePg, while the receiver runs), the audit log in
// the samtykke_audit table, and verify ok after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startCluster } from '../../scripts/postgres.mjs';
import { build, makeReceipt, post, runCli, send } from './helpers.mjs';
import { TOKEN, seed, startConsole } from './console-helpers.mjs';

let cluster;
let srv;
before(async () => {
  await build();
  cluster = await startCluster();
  srv = await startConsole({ postgres: cluster.url });
});
after(async () => {
  await srv?.close();
  cluster?.kill();
});

const form = (fields) => new URLSearchParams(fields).toString();

test('PostgreSQL: overview, search, erase and audit log from the console; verify ok after', async () => {
  const seeded = await seed(srv.url);
  const signedIn = await send(`${srv.admin}/controller/sign-in`, {
    body: form({ token: TOKEN }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: srv.admin },
  });
  assert.equal(signedIn.status, 303);
  const cookie = signedIn.headers['set-cookie'][0].split(';')[0];
  const get = (path) => send(`${srv.admin}${path}`, { method: 'GET', headers: { cookie } });

  const overview = await get('/controller/overview');
  assert.equal(overview.status, 200);
  assert.match(overview.text, /<th scope="row">analytics<\/th><td>10<\/td><td>6<\/td><td>60%<\/td>/);
  assert.match(overview.text, /<th scope="row">api<\/th><td>3<\/td><td>2<\/td><td>66.7%<\/td>/);

  const search = await get(`/controller/search?subject=${seeded.subject}`);
  assert.equal((search.text.match(/<tr><td>/g) ?? []).length, 2);

  const confirm = await get(`/controller/erase?subject=${seeded.subject}`);
  const csrf = /name="csrf" value="([^"]+)"/.exec(confirm.text)[1];
  const erased = await send(`${srv.admin}/controller/erase`, {
    body: form({ csrf, subject: seeded.subject, confirm: 'yes' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: srv.admin, cookie },
  });
  assert.equal(erased.status, 200);
  assert.match(erased.text, /2 receipts erased/);
  assert.equal((await post(srv.url, makeReceipt())).status, 201);
  assert.doesNotMatch((await get(`/controller/search?subject=${seeded.subject}`)).text, /<tr><td>/);

  const verified = await send(`${srv.admin}/controller/verify`, {
    body: form({ csrf }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: srv.admin, cookie },
  });
  assert.equal(verified.status, 303);
  const chain = await get('/controller/chain');
  assert.match(chain.text, /id="verdict" class="ok"/);
  assert.match(chain.text, /id="tombstones">2</);

  const db = new pg.Client({ connectionString: cluster.url });
  await db.connect();
  try {
    const { rows } = await db.query('SELECT action, line FROM samtykke_audit ORDER BY id');
    assert.deepEqual(
      rows.map((r) => r.action),
      ['sign-in', 'erase', 'verify'],
    );
    const erase = JSON.parse(rows[1].line);
    assert.equal(erase.detail.removed, 2);
    assert.ok(!rows[1].line.includes(seeded.subject));
  } finally {
    await db.end();
  }
  const audit = await get('/controller/audit');
  assert.match(audit.text, /<th scope="row">erase<\/th>/);
  const cli = await runCli(['verify', '--postgres', cluster.url]);
  assert.equal(cli.code, 0, cli.stdout + cli.stderr);
  assert.match(cli.stdout, /2 tombstones, 1 removal record/);
});
