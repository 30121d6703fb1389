// Group commit: many receipts arriving together share fsyncs, each is stored once, the chain holds.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Agent } from 'node:http';
import { build, load, logLines, makeReceipt, post, startReceiver, tempDir } from './helpers.mjs';

before(build);

test('1,000 concurrent POSTs: all 201, each stored once, the chain verifies, far fewer fsyncs', async () => {
  const dir = tempDir();
  const srv = await startReceiver({ dataDir: dir });
  // Bounded: at most 64 connections; the agent queues the rest, as a busy site's proxy would.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  try {
    const receipts = Array.from({ length: 1000 }, () => makeReceipt());
    const answers = await Promise.all(receipts.map((r) => post(srv.url, r, { agent })));
    assert.deepEqual(
      answers.filter((a) => a.status !== 201).map((a) => `${a.status} ${a.text}`),
      [],
    );
    const ids = logLines(dir).map((l) => JSON.parse(l).record.receiptId);
    assert.equal(ids.length, 1000);
    assert.equal(new Set(ids).size, 1000);
    assert.deepEqual(new Set(ids), new Set(receipts.map((r) => r.receiptId)));

    const { fsyncs, records, stored } = srv.receiver.stats();
    assert.equal(records, 1000);
    assert.equal(stored, 1000);
    assert.ok(fsyncs >= 1 && fsyncs < 250, `expected group commit to need far fewer than 1000 fsyncs, got ${fsyncs}`);

    const { verifyLog } = await load();
    const result = await verifyLog(dir);
    assert.equal(result.ok, true, result.error);
    assert.equal(result.records, 1000);
  } finally {
    agent.destroy();
    await srv.close();
  }
});

test('the same receipt sent many times at once is stored once: one 201, the rest 200', async () => {
  const dir = tempDir();
  const srv = await startReceiver({ dataDir: dir });
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  try {
    const receipt = makeReceipt();
    // Other receipts around it, so the copies land in the same batches as unrelated work.
    const noise = Array.from({ length: 50 }, () => makeReceipt());
    const answers = await Promise.all([
      ...Array.from({ length: 20 }, () => post(srv.url, receipt, { agent })),
      ...noise.map((r) => post(srv.url, r, { agent })),
    ]);
    const copies = answers
      .slice(0, 20)
      .map((a) => a.status)
      .sort();
    assert.deepEqual(copies, [...Array(19).fill(200), 201]);
    assert.ok(answers.slice(20).every((a) => a.status === 201));
    assert.equal(logLines(dir).filter((l) => l.includes(receipt.receiptId)).length, 1);
    assert.equal(logLines(dir).length, 51);
  } finally {
    agent.destroy();
    await srv.close();
  }
});

test('the dedupe index is rebuilt at start-up: a receipt stored before a restart is a duplicate after', async () => {
  const dir = tempDir();
  const receipt = makeReceipt();
  const first = await startReceiver({ dataDir: dir });
  assert.equal((await post(first.url, receipt)).status, 201);
  await first.close();
  const second = await startReceiver({ dataDir: dir });
  try {
    assert.equal((await post(second.url, receipt)).status, 200);
    assert.equal((await post(second.url, makeReceipt())).status, 201);
    assert.equal(second.receiver.stats().records, 2);
  } finally {
    await second.close();
  }
  const { verifyLog } = await load();
  assert.deepEqual((await verifyLog(dir)).records, 2);
});

test('two receivers on one directory in one process are refused', async () => {
  const dir = tempDir();
  const first = await startReceiver({ dataDir: dir });
  try {
    await assert.rejects(startReceiver({ dataDir: dir }), /already open/);
  } finally {
    await first.close();
  }
});
