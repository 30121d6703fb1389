// The file log in segments: rotation by size, one chain across the files, the checkpoint that
// start-up continues from, indexes that find a consent id's records and stored receipt ids.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, makeReceipt, post, runCli, send, startReceiver, tempDir } from './helpers.mjs';

const TOKEN = 'test-token-0123456789abcdef';
before(build);

const segments = (dir) =>
  readdirSync(dir)
    .filter((f) => /^proofs-\d{6}\.jsonl$/.test(f))
    .sort();

async function fill(dir, people) {
  const srv = await startReceiver({ dataDir: dir, segmentBytes: 16 * 1024, token: TOKEN });
  const sent = [];
  for (let round = 0; round < 5; round++) {
    for (const consentId of people) {
      const receipt = makeReceipt({ consentId });
      assert.equal((await post(srv.url, receipt)).status, 201);
      sent.push(receipt);
    }
  }
  await srv.close();
  return sent;
}

test('rotation: many segments, one chain; export by consent id and dedupe work across them and across restarts', async () => {
  const dir = tempDir();
  const people = Array.from({ length: 40 }, () => makeReceipt().consentId);
  const sent = await fill(dir, people);
  assert.ok(segments(dir).length >= 5, `expected several segments, got ${segments(dir).join(', ')}`);
  for (const segment of segments(dir).slice(0, -1)) assert.ok(existsSync(join(dir, segment.replace('.jsonl', '.idx'))));
  const verified = await runCli(['verify', dir]);
  assert.equal(verified.code, 0, verified.stdout);
  assert.match(verified.stdout, /^ok: 200 records/);

  const srv = await startReceiver({ dataDir: dir, segmentBytes: 16 * 1024, token: TOKEN });
  try {
    assert.equal(srv.receiver.stats().records, 200);
    // Every receipt from any segment is a duplicate now.
    for (const receipt of [sent[0], sent[77], sent[199]]) assert.equal((await post(srv.url, receipt)).status, 200);
    const res = await send(`${srv.url}?consentId=${people[3]}`, { method: 'GET', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.deepEqual(
      res.json.receipts.map((r) => r.receiptId),
      sent.filter((r) => r.consentId === people[3]).map((r) => r.receiptId),
    );
  } finally {
    await srv.close();
  }
});

test('start-up verifies what follows the checkpoint; full verify still checks everything', async () => {
  const dir = tempDir();
  const people = Array.from({ length: 20 }, () => makeReceipt().consentId);
  await fill(dir, people);
  const first = join(dir, segments(dir)[0]);
  const checkpoint = JSON.parse(readFileSync(join(dir, 'checkpoint.json'), 'utf8'));
  assert.equal(checkpoint.segment, segments(dir).at(-1));
  assert.equal(checkpoint.seq, 100);

  // An edit in a sealed segment, before the checkpoint: start-up does not read it, verify names it.
  const lines = readFileSync(first, 'utf8').split('\n');
  lines[2] = lines[2].replace('"method":"custom"', '"method":"accept-all"');
  writeFileSync(first, lines.join('\n'));
  const srv = await startReceiver({ dataDir: dir, segmentBytes: 16 * 1024 });
  await srv.close();
  const verified = await runCli(['verify', dir]);
  assert.equal(verified.code, 1);
  assert.match(verified.stdout, /line 4: prev hash does not match line 3/);
});

test('a broken line after the checkpoint stops the start; lost indexes and checkpoint are rebuilt', async () => {
  const dir = tempDir();
  const people = Array.from({ length: 20 }, () => makeReceipt().consentId);
  const sent = await fill(dir, people);
  // Indexes and checkpoint are derived data: without them the next start walks the chain and writes them.
  for (const f of readdirSync(dir)) if (f.endsWith('.idx') || f === 'checkpoint.json') rmSync(join(dir, f));
  const srv = await startReceiver({ dataDir: dir, segmentBytes: 16 * 1024 });
  assert.equal((await post(srv.url, sent[5])).status, 200);
  assert.equal((await post(srv.url, makeReceipt())).status, 201);
  await srv.close();
  assert.ok(existsSync(join(dir, 'checkpoint.json')));
  assert.ok(readdirSync(dir).some((f) => f.endsWith('.idx')));

  // A crash leaves the checkpoint where it was: the lines after it are checked at the next start.
  const before = readFileSync(join(dir, 'checkpoint.json'));
  const more = await startReceiver({ dataDir: dir, segmentBytes: 1 << 20 });
  for (let i = 0; i < 3; i++) assert.equal((await post(more.url, makeReceipt())).status, 201);
  await more.close();
  writeFileSync(join(dir, 'checkpoint.json'), before);
  const last = join(dir, segments(dir).at(-1));
  const lines = readFileSync(last, 'utf8').split('\n');
  const edited = lines.length - 4; // the first of the three new lines
  lines[edited] = lines[edited].replace('"method":"custom"', '"method":"reject-all"');
  writeFileSync(last, lines.join('\n'));
  await assert.rejects(startReceiver({ dataDir: dir }), /does not verify/);
});
