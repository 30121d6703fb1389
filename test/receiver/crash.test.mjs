// Durability: a receipt acknowledged is a receipt kept, across kill -9 and across a graceful stop;
// an unfinished last line from a crash is removed at start-up; one writer per directory.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Agent } from 'node:http';
import { appendFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, logLines, logPath, makeReceipt, post, runCli, startCli, startReceiver, tempDir } from './helpers.mjs';

before(build);

/**
 * Keeps `concurrency` POSTs in flight against `url` until stop() is called. Returns the ids
 * answered 201 and a promise that settles when the stream has wound down.
 */
function stream(url, concurrency) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const acked = new Set();
  let stopped = false;
  const worker = async () => {
    while (!stopped) {
      const receipt = makeReceipt();
      try {
        const res = await post(url, receipt, { agent });
        if (res.status === 201) acked.add(receipt.receiptId);
      } catch {
        // Connection refused or reset: the server is gone; the widget would retry later.
        stopped = true;
      }
    }
  };
  const done = Promise.all(Array.from({ length: concurrency }, worker)).then(() => agent.destroy());
  return { acked, done, stop: () => (stopped = true) };
}

async function waitFor(predicate, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('kill -9 during a stream of POSTs: after a restart every acknowledged receipt is there and the chain verifies', async () => {
  const dir = tempDir();
  // One client streaming hundreds of receipts a second: the per-client rate limit is off here.
  const first = startCli(['--port', '0', '--data', dir, '--rate-limit', '0']);
  const load = stream(await first.url, 32);
  await waitFor(() => load.acked.size >= 300);
  first.child.kill('SIGKILL');
  const { signal } = await first.exited;
  assert.equal(signal, 'SIGKILL');
  load.stop();
  await load.done;
  const acked = [...load.acked];
  assert.ok(acked.length >= 300);

  // Restart on the same directory: the stale lock and any torn tail are dealt with.
  const second = startCli(['--port', '0', '--data', dir, '--rate-limit', '0']);
  const url = await second.url;
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const again = await Promise.all(acked.map((receiptId) => post(url, makeReceipt({ receiptId }), { agent })));
  agent.destroy();
  // Every acknowledged receipt is already stored: the receiver says duplicate.
  assert.deepEqual(
    again.filter((r) => r.status !== 200 || r.json.duplicate !== true).map((r) => r.text),
    [],
  );
  second.child.kill('SIGTERM');
  assert.equal((await second.exited).code, 0);

  const stored = new Set(logLines(dir).map((l) => JSON.parse(l).record.receiptId));
  assert.ok(acked.every((id) => stored.has(id)));
  const verify = await runCli(['verify', dir]);
  assert.equal(verify.code, 0, verify.stdout + verify.stderr);
  assert.match(verify.stdout, new RegExp(`^ok: ${stored.size} records`));
});

test('SIGTERM during a stream: in-flight receipts are finished, every 201 is stored, exit 0', async () => {
  const dir = tempDir();
  const cli = startCli(['--port', '0', '--data', dir, '--rate-limit', '0']);
  const load = stream(await cli.url, 16);
  await waitFor(() => load.acked.size >= 100);
  cli.child.kill('SIGTERM');
  const { code, output } = await cli.exited;
  load.stop();
  await load.done;
  assert.equal(code, 0, output);
  assert.match(output, /stopped/);
  const stored = new Set(logLines(dir).map((l) => JSON.parse(l).record.receiptId));
  assert.ok([...load.acked].every((id) => stored.has(id)));
  assert.equal((await runCli(['verify', dir])).code, 0);
});

test('an unfinished last line (a crash mid-write) fails verify, and is removed at start-up', async () => {
  for (const torn of ['{"seq":4,"prev":"0123', '\u0000\u0000\u0000\u0000\n']) {
    const dir = tempDir();
    const srv = await startReceiver({ dataDir: dir });
    for (let i = 0; i < 3; i += 1) assert.equal((await post(srv.url, makeReceipt())).status, 201);
    await srv.close();
    const goodSize = statSync(logPath(dir)).size;
    appendFileSync(logPath(dir), torn);

    const before = await runCli(['verify', dir]);
    assert.equal(before.code, 1);
    assert.match(before.stdout, /^line 4: /);

    const again = await startReceiver({ dataDir: dir });
    assert.equal(again.receiver.stats().records, 3);
    assert.equal(statSync(logPath(dir)).size, goodSize);
    assert.equal((await post(again.url, makeReceipt())).status, 201);
    await again.close();
    const after = await runCli(['verify', dir]);
    assert.equal(after.code, 0, after.stdout);
    assert.match(after.stdout, /^ok: 4 records/);
    assert.ok(readFileSync(logPath(dir), 'utf8').endsWith('}\n'));
    // The cut bytes are kept aside, in case they were ever more than crash debris.
    const kept = readdirSync(dir).filter((f) => f.startsWith('proofs-000001.jsonl.torn-'));
    assert.equal(kept.length, 1);
    assert.equal(readFileSync(join(dir, kept[0]), 'utf8'), torn);
  }
});

test('a second receiver process on the same directory is refused', async () => {
  const dir = tempDir();
  const first = startCli(['--port', '0', '--data', dir]);
  await first.url;
  const second = startCli(['--port', '0', '--data', dir]);
  const { code, output } = await second.exited;
  assert.equal(code, 1);
  assert.match(output, /in use by another receiver \(pid \d+\)/);
  first.child.kill('SIGTERM');
  assert.equal((await first.exited).code, 0);
});
