// Export: GET /consent-proofs by consent id (JSON) and by time range (CSV/JSON), token only,
// with CSV cells that a spreadsheet cannot execute.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { build, makeReceipt, post, send, startReceiver, tempDir } from './helpers.mjs';

const TOKEN = 'export-token-for-tests-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
let srv;
const alice = randomUUID();
const bob = randomUUID();
const nasty = makeReceipt({
  consentId: bob,
  revision: '=HYPERLINK("https://evil.example","click")',
  language: '+nb',
  userAgent: 'Agent, with "quotes"\nand a newline',
  controller: { name: '@SUM(A1)' },
  widget: '-1+2',
});

before(async () => {
  await build();
  srv = await startReceiver({ dataDir: tempDir(), token: TOKEN });
  for (const consentId of [alice, bob, alice, alice]) {
    assert.equal((await post(srv.url, makeReceipt({ consentId }))).status, 201);
  }
  assert.equal((await post(srv.url, nasty)).status, 201);
});
after(() => srv?.close());

test('export refuses without the token, with a wrong one, and with a malformed header', async () => {
  const q = `${srv.url}?consentId=${alice}`;
  for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }, { authorization: `Basic ${TOKEN}` }]) {
    const res = await send(q, { method: 'GET', headers });
    assert.equal(res.status, 401, JSON.stringify(headers));
    assert.equal(res.headers['www-authenticate'], 'Bearer');
    assert.equal(res.json.receipts, undefined);
  }
});

test('without a configured token, export is switched off', async () => {
  const open = await startReceiver({ dataDir: tempDir() });
  try {
    const res = await send(`${open.url}?consentId=${alice}`, { method: 'GET', headers: auth });
    assert.equal(res.status, 403);
    assert.match(res.json.error, /export is disabled/);
  } finally {
    await open.close();
  }
});

test("JSON by consentId: that consent's receipts, oldest first, whatever the id's case", async () => {
  for (const id of [alice, alice.toUpperCase()]) {
    const res = await send(`${srv.url}?consentId=${id}`, { method: 'GET', headers: auth });
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'], /^application\/json/);
    assert.equal(res.json.receipts.length, 3);
    assert.ok(res.json.receipts.every((r) => r.consentId === alice && r.receivedAt && r.ip === '127.0.0.0'));
    const times = res.json.receipts.map((r) => r.receivedAt);
    assert.deepEqual(times, [...times].sort());
  }
  const none = await send(`${srv.url}?consentId=${randomUUID()}`, { method: 'GET', headers: auth });
  assert.deepEqual(none.json, { receipts: [] });
});

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1));
    else cell += c;
  }
  return rows;
}

test('CSV by time range: a header row, one row per receipt, escaped, formulas neutralised', async () => {
  const from = new Date(Date.now() - 3600_000).toISOString();
  const to = new Date(Date.now() + 3600_000).toISOString();
  const res = await send(`${srv.url}?from=${from}&to=${to}&format=csv`, { method: 'GET', headers: auth });
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'], /^text\/csv/);
  assert.match(res.headers['content-disposition'], /attachment/);
  const rows = parseCsv(res.text);
  const header = rows[0];
  assert.deepEqual(header.slice(0, 15), [
    'receivedAt',
    'receiptId',
    'consentId',
    'timestamp',
    'method',
    'revision',
    'noticeHash',
    'language',
    'categories',
    'services',
    'gpc',
    'url',
    'ip',
    'previousReceiptId',
    'expiresAt',
  ]);
  assert.equal(rows.length, 1 + 5);
  const row = Object.fromEntries(rows.find((r) => r.includes(nasty.receiptId)).map((v, i) => [header[i], v]));
  assert.equal(row.revision, `'${nasty.revision}`);
  assert.equal(row.language, "'+nb");
  assert.equal(row.widget, "'-1+2");
  assert.equal(row.userAgent, nasty.userAgent);
  assert.deepEqual(JSON.parse(row.categories), nasty.categories);
  assert.equal(row.controller, JSON.stringify(nasty.controller));
  assert.equal(row.gpc, 'false');
  assert.equal(row.previousReceiptId, '');
  // The raw text has the quoting a spreadsheet needs: quotes doubled, the cell in quotes.
  assert.ok(res.text.includes(`"'=HYPERLINK(""https://evil.example"",""click"")"`));
});

test('time range bounds: from is inclusive, to exclusive; dates without a time mean midnight UTC', async () => {
  const past = await send(`${srv.url}?to=2000-01-01`, { method: 'GET', headers: auth });
  assert.deepEqual(past.json, { receipts: [] });
  const all = await send(`${srv.url}?from=2000-01-01&format=json`, { method: 'GET', headers: auth });
  assert.equal(all.json.receipts.length, 5);
  const first = all.json.receipts[0].receivedAt;
  const empty = await send(`${srv.url}?from=${first}&to=${first}`, { method: 'GET', headers: auth });
  assert.deepEqual(empty.json, { receipts: [] });
  const next = new Date(Date.parse(first) + 1).toISOString();
  const exact = await send(`${srv.url}?from=${first}&to=${next}`, { method: 'GET', headers: auth });
  assert.ok(exact.json.receipts.length >= 1);
  assert.ok(exact.json.receipts.every((r) => r.receivedAt === first));
  const one = await send(`${srv.url}?consentId=${bob}&from=${first}`, { method: 'GET', headers: auth });
  assert.equal(one.json.receipts.length, 2);
});

test('bad export queries are refused with a reason', async () => {
  const cases = [
    ['', 'consentId'],
    ['?consentId=nope', 'consentId'],
    ['?from=yesterday', 'from'],
    ['?to=2026-02-30', 'to'],
    [`?consentId=${alice}&format=xml`, 'format'],
    [`?consentId=${alice}&consentId=${bob}`, 'twice'],
    [`?consentid=${alice}`, 'consentid'],
  ];
  for (const [query, reason] of cases) {
    const res = await send(`${srv.url}${query}`, { method: 'GET', headers: auth });
    assert.equal(res.status, 400, query);
    assert.ok(res.json.error.includes(reason), `${query}: ${res.json.error}`);
  }
});
