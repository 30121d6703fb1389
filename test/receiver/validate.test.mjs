// POST /consent-proofs input handling: malformed requests are refused with a reason naming the
// field and store nothing; good ones are stored once, verbatim, with receivedAt and a truncated IP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, load, logLines, makeReceipt, post, root, send, startReceiver, tempDir } from './helpers.mjs';

let srv;
let dir;
before(async () => {
  await build();
  dir = tempDir();
  srv = await startReceiver({ dataDir: dir });
});
after(() => srv?.close());

const without = (field) => {
  const r = makeReceipt();
  delete r[field];
  return r;
};
const json = (r) => JSON.stringify(r);
const good = makeReceipt();

// [name, request, text the reason must contain]
/** @type {[name: string, request: { body: string | Buffer, headers?: Record<string, string> }, reason: string][]} */
const MALFORMED = [
  ['not JSON', { body: '{"v":1,' }, 'JSON'],
  ['wrong content type', { body: json(good), headers: { 'content-type': 'text/plain' } }, 'content-type'],
  ['form content type', { body: json(good), headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 'content-type'],
  ['no content type', { body: json(good), headers: { 'content-type': '' } }, 'content-type'],
  ['non-UTF-8 charset', { body: json(good), headers: { 'content-type': 'application/json; charset=latin1' } }, 'charset'],
  ['body over the limit', { body: json(makeReceipt({ userAgent: 'x'.repeat(17000) })) }, 'body exceeds 16384 bytes'],
  ['invalid UTF-8', { body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }, 'UTF-8'],
  ['JSON array', { body: '[]' }, 'JSON object'],
  ['JSON null', { body: 'null' }, 'JSON object'],
  ['missing receiptId', { body: json(without('receiptId')) }, 'receiptId'],
  ['missing controller', { body: json(without('controller')) }, 'controller'],
  ['missing previousReceiptId', { body: json(without('previousReceiptId')) }, 'previousReceiptId'],
  ['unknown v', { body: json(makeReceipt({ v: 2 })) }, 'v must be 1'],
  ['v as a string', { body: json(makeReceipt({ v: '1' })) }, 'v must be 1'],
  ['receiptId not a UUID', { body: json(makeReceipt({ receiptId: 'not-a-uuid' })) }, 'receiptId'],
  [
    'consentId with a non-hex digit',
    { body: json(makeReceipt({ consentId: 'g1111111-1111-4111-8111-111111111111' })) },
    'consentId',
  ],
  ['previousReceiptId empty', { body: json(makeReceipt({ previousReceiptId: '' })) }, 'previousReceiptId'],
  ['timestamp 30 February', { body: json(makeReceipt({ timestamp: '2026-02-30T10:00:00.000Z' })) }, 'timestamp'],
  ['timestamp with an offset', { body: json(makeReceipt({ timestamp: '2026-11-22T10:00:00+01:00' })) }, 'timestamp'],
  ['timestamp a number', { body: json(makeReceipt({ timestamp: 1763805600000 })) }, 'timestamp'],
  ['expiresAt not a date', { body: json(makeReceipt({ expiresAt: 'tomorrow' })) }, 'expiresAt'],
  ['unknown method', { body: json(makeReceipt({ method: 'yes' })) }, 'method'],
  ['empty revision', { body: json(makeReceipt({ revision: '' })) }, 'revision'],
  ['revision too long', { body: json(makeReceipt({ revision: 'r'.repeat(201) })) }, 'revision'],
  ['noticeHash not sha256', { body: json(makeReceipt({ noticeHash: `md5:${'a'.repeat(32)}` })) }, 'noticeHash'],
  ['noticeHash upper case', { body: json(makeReceipt({ noticeHash: `sha256:${'AB'.repeat(32)}` })) }, 'noticeHash'],
  ['language too long', { body: json(makeReceipt({ language: 'n'.repeat(36) })) }, 'language'],
  ['controller.name a number', { body: json(makeReceipt({ controller: { name: 42 } })) }, 'controller.name'],
  ['controller extra field', { body: json(makeReceipt({ controller: { name: 'A', email: 'a@b' } })) }, 'controller.email'],
  ['categories value not boolean', { body: json(makeReceipt({ categories: { analytics: 'yes' } })) }, 'categories.analytics'],
  ['categories an array', { body: json(makeReceipt({ categories: [true] })) }, 'categories'],
  [
    'services with 201 keys',
    { body: json(makeReceipt({ services: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`s${i}`, true])) })) },
    'services',
  ],
  ['services key too long', { body: json(makeReceipt({ services: { ['k'.repeat(65)]: true } })) }, 'services'],
  ['gpc a string', { body: json(makeReceipt({ gpc: 'false' })) }, 'gpc'],
  ['url javascript:', { body: json(makeReceipt({ url: 'javascript:alert(1)' })) }, 'url'],
  ['url relative', { body: json(makeReceipt({ url: '/page' })) }, 'url'],
  ['url too long', { body: json(makeReceipt({ url: `https://example.no/${'p'.repeat(2040)}` })) }, 'url'],
  ['userAgent too long', { body: json(makeReceipt({ userAgent: 'u'.repeat(1025) })) }, 'userAgent'],
  ['widget a number', { body: json(makeReceipt({ widget: 1 })) }, 'widget'],
  ['__proto__ at the top', { body: `{"__proto__":{"polluted":true},${json(good).slice(1)}` }, '__proto__'],
  ['__proto__ in categories', { body: json(good).replace('"necessary":true', '"__proto__":true') }, 'categories.__proto__'],
  [
    'constructor in controller',
    { body: json(good).replace('"name":', '"constructor":{"prototype":1},"name":') },
    'controller.constructor',
  ],
  ['extra field', { body: json(makeReceipt({ email: 'visitor@example.no' })) }, 'email'],
  [
    'via not one of the list',
    { body: json(makeReceipt({ via: 'popup' })) },
    'via must be one of banner, dialog, placeholder, api, browser',
  ],
  ['userActivation a string', { body: json(makeReceipt({ userActivation: 'yes' })) }, 'userActivation'],
  ['subject too long', { body: json(makeReceipt({ subject: 's'.repeat(257) })) }, 'subject'],
  ['subject a number', { body: json(makeReceipt({ subject: 42 })) }, 'subject'],
  ['timestamp without seconds', { body: json(makeReceipt({ timestamp: '2026-11-22T10:00Z' })) }, 'timestamp'],
  ['expiresAt a leap second', { body: json(makeReceipt({ expiresAt: '2026-12-31T23:59:60Z' })) }, 'expiresAt'],
  [
    'Idempotency-Key mismatch',
    { body: json(good), headers: { 'idempotency-key': '33333333-3333-4333-8333-333333333333' } },
    'Idempotency-Key',
  ],
];

test(`${MALFORMED.length} malformed requests are refused with a reason, and nothing is stored`, async () => {
  assert.ok(MALFORMED.length >= 20);
  for (const [name, request, reason] of MALFORMED) {
    const res = await send(srv.url, { method: 'POST', ...request });
    assert.equal(res.status, 400, `${name}: status ${res.status} ${res.text}`);
    assert.equal(typeof res.json?.error, 'string', `${name}: JSON error body`);
    assert.ok(res.json.error.includes(reason), `${name}: "${res.json.error}" should mention "${reason}"`);
  }
  assert.deepEqual(logLines(dir), []);
  assert.equal(srv.receiver.stats().records, 0);
  assert.equal(srv.receiver.stats().rejected, MALFORMED.length);
  assert.equal({}.polluted, undefined);
});

test('a valid receipt is stored with receivedAt and a truncated IP; uppercase UUIDs and charset are fine', async () => {
  const receipt = makeReceipt({ receiptId: makeReceipt().receiptId.toUpperCase(), previousReceiptId: makeReceipt().receiptId });
  const res = await send(srv.url, {
    body: receipt,
    headers: { 'content-type': 'Application/JSON; charset=UTF-8', 'idempotency-key': receipt.receiptId.toLowerCase() },
  });
  assert.equal(res.status, 201, res.text);
  assert.deepEqual(res.json, { ok: true, receiptId: receipt.receiptId, duplicate: false });
  const stored = JSON.parse(logLines(dir).at(-1)).record;
  const { receivedAt, ip, ...rest } = stored;
  assert.deepEqual(rest, receipt);
  assert.equal(ip, '127.0.0.0');
  assert.ok(Math.abs(Date.parse(receivedAt) - Date.now()) < 60_000);
});

test('via, userActivation and subject are stored as sent; receipts of older widgets without them are accepted too', async () => {
  const newer = makeReceipt({ via: 'placeholder', userActivation: true, subject: 'hmac:4f2a9c' });
  const unnamed = makeReceipt({ via: 'browser', userActivation: false, subject: null });
  const older = makeReceipt();
  for (const receipt of [newer, unnamed, older]) assert.equal((await post(srv.url, receipt)).status, 201);
  const stored = logLines(dir).map((l) => JSON.parse(l).record);
  for (const receipt of [newer, unnamed, older]) {
    const { receivedAt, ip, ...rest } = stored.find((r) => r.receiptId === receipt.receiptId);
    assert.deepEqual(rest, receipt);
  }
});

test('markup inside strings is stored verbatim, as data', async () => {
  const markup = '<img src=x onerror=alert(1)>';
  const receipt = makeReceipt({
    revision: markup,
    controller: { name: '</script><script>alert("x")</script>' },
    userAgent: `"quoted" 'single' & ${markup}`,
    services: { [markup.slice(0, 30)]: true },
  });
  assert.equal((await post(srv.url, receipt)).status, 201);
  const line = logLines(dir).find((l) => l.includes(receipt.receiptId));
  const { receivedAt, ip, ...stored } = JSON.parse(line).record;
  assert.deepEqual(stored, receipt);
});

test('a duplicate is answered 200 and stored once; case does not make a new receipt', async () => {
  const receipt = makeReceipt();
  const first = await post(srv.url, receipt);
  const again = await post(srv.url, receipt);
  const upper = await post(srv.url, { ...receipt, receiptId: receipt.receiptId.toUpperCase() });
  assert.equal(first.status, 201);
  assert.equal(again.status, 200);
  assert.deepEqual(again.json, { ok: true, receiptId: receipt.receiptId, duplicate: true });
  assert.equal(upper.status, 200);
  assert.equal(logLines(dir).filter((l) => l.toLowerCase().includes(receipt.receiptId)).length, 1);
});

test('no Idempotency-Key header is fine (a server-to-server client)', async () => {
  const receipt = makeReceipt();
  const res = await send(srv.url, { body: receipt });
  assert.equal(res.status, 201);
});

test("the schema's fields match the Receipt type in src/widget/types.ts (required ones all there, none unknown)", async () => {
  const { RECEIPT_FIELDS } = await load('validate.js');
  const { RECEIPT_SCHEMA } = await import(join(root, 'dist', 'receipt', 'schema.js'));
  const source = readFileSync(join(root, 'src', 'widget', 'types.ts'), 'utf8');
  const block = /export interface Receipt \{([\s\S]*?)\n\}/.exec(source)?.[1];
  // The browser code may import the type from src/receipt/schema.ts instead of declaring it.
  if (block === undefined) return assert.match(source, /receipt\/schema/);
  const fields = [...block.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]).filter((f) => f !== 'name' && f !== 'orgNumber');
  for (const field of fields) assert.ok(RECEIPT_FIELDS.includes(field), `${field} is in src/types.ts but not in the schema`);
  for (const field of RECEIPT_SCHEMA.required)
    assert.ok(fields.includes(field), `${field} is required by the schema but not in src/types.ts`);
  assert.deepEqual(
    [...RECEIPT_FIELDS].filter((f) => !RECEIPT_SCHEMA.required.includes(f)),
    ['via', 'userActivation', 'subject'],
  );
});

test('IP truncation: IPv4 /24, IPv6 /48, IPv4-mapped as IPv4, garbage as null', async () => {
  const { truncateIp } = await load('ip.js');
  const cases = {
    '203.0.113.77': '203.0.113.0',
    '::ffff:203.0.113.77': '203.0.113.0',
    '::FFFF:cb00:714d': '203.0.113.0',
    '2001:db8:85a3:8d3:1319:8a2e:370:7348': '2001:db8:85a3::',
    '2001:0db8:0000:0000:0000:0000:0000:0001': '2001:db8::',
    'fe80::1%eth0': 'fe80::',
    '::1': '::',
    '1:2:3:4:5:6:7.8.9.10': '1:2:3::',
    '256.1.1.1': null,
    '1:2:3:4:5:6:7:8:9': null,
    nonsense: null,
    '': null,
  };
  for (const [input, expected] of Object.entries(cases)) assert.equal(truncateIp(input), expected, input);
});

// Issue 27: the leftmost entry is the client's own claim. With two proxies of the operator's in
// front, the client is the second entry from the right (here also the leftmost).
test('trustProxy: 2 takes the second X-Forwarded-For entry from the right; without it the header is ignored', async () => {
  const proxiedDir = tempDir();
  const directDir = tempDir();
  const proxied = await startReceiver({ dataDir: proxiedDir, trustProxy: 2 });
  const direct = await startReceiver({ dataDir: directDir });
  try {
    const xff = { 'x-forwarded-for': '2001:db8:85a3:8d3:1319:8a2e:370:7348, 10.0.0.1' };
    assert.equal((await post(proxied.url, makeReceipt(), { headers: xff })).status, 201);
    assert.equal((await post(direct.url, makeReceipt(), { headers: xff })).status, 201);
    assert.equal(JSON.parse(logLines(proxiedDir)[0]).record.ip, '2001:db8:85a3::');
    assert.equal(JSON.parse(logLines(directDir)[0]).record.ip, '127.0.0.0');
  } finally {
    await proxied.close();
    await direct.close();
  }
});
