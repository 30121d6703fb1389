// The file log on a failing disk: /healthz is 503 while the last write failed and 200 again
// after the next one succeeds (a real full disk: a small tmpfs, root only), and a failed
// segment rotation is retried by the next batch instead of leaving the log unusable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, load, makeReceipt, post, send, startReceiver, tempDir } from './helpers.mjs';

let verifyLog;
before(async () => {
  await build();
  ({ verifyLog } = await load());
});

const mounted = [];
after(() => {
  for (const dir of mounted) spawnSync('umount', [dir]);
});

/** A 512 KiB tmpfs: a disk that really fills up. Null when this process may not mount. */
function smallDisk() {
  if (process.getuid?.() !== 0) return null;
  const dir = tempDir('samtykke-full-disk-');
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir]).status !== 0) return null;
  mounted.push(dir);
  return dir;
}

/** Fills the disk under `dir` with one file; answers its path. */
function fill(dir) {
  const path = join(dir, 'filler');
  const chunk = Buffer.alloc(4096, 1);
  let written = Buffer.alloc(0);
  try {
    for (;;) {
      written = Buffer.concat([written, chunk]);
      writeFileSync(path, written);
    }
  } catch (err) {
    assert.equal(err.code, 'ENOSPC');
  }
  return path;
}

const canMount = (() => {
  const disk = smallDisk();
  return disk !== null;
})();

test(
  '/healthz is 503 while the last write failed (disk full) and 200 again once a write succeeds',
  { skip: !canMount && 'needs root to mount a tmpfs' },
  async () => {
    const disk = smallDisk();
    const dir = join(disk, 'proofs');
    const srv = await startReceiver({ dataDir: dir });
    const health = srv.url.replace('/consent-proofs', '/healthz');
    let stored = 0;
    const postOne = async () => {
      const res = await post(srv.url, makeReceipt());
      if (res.status === 201) stored += 1;
      return res;
    };
    try {
      assert.equal((await postOne()).status, 201);
      assert.equal((await send(health, { method: 'GET' })).status, 200);
      const filler = fill(disk);
      // The segment's last page may still have room for a receipt or two; a later one does not fit.
      let failed;
      for (let i = 0; i < 12 && failed?.status !== 503; i += 1) failed = await postOne();
      assert.equal(failed.status, 503);
      assert.ok(Number(failed.headers['retry-after']) > 0);
      assert.ok(srv.logs.some((e) => e.event === 'log-write-failed' && /ENOSPC|no space/i.test(e.error)));
      assert.equal((await send(health, { method: 'GET' })).status, 503);
      // Space again: the next receipt is stored and the light turns green by itself.
      rmSync(filler);
      assert.equal((await postOne()).status, 201);
      assert.equal((await send(health, { method: 'GET' })).status, 200);
    } finally {
      await srv.close();
    }
    // Every 201 is in the chain, and the chain holds.
    const verified = await verifyLog(dir);
    assert.equal(verified.ok, true, verified.error);
    assert.equal(verified.records, stored);
  },
);

test('a failed segment rotation is retried by the next batch: no 503, no restart, one chain', async () => {
  const dir = tempDir();
  const srv = await startReceiver({ dataDir: dir, segmentBytes: 2048 });
  // Where the sealed segment's index is written first: a directory there makes the rotation fail.
  const blocker = join(dir, 'proofs-000001.idx.tmp');
  mkdirSync(blocker);
  try {
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await post(srv.url, makeReceipt())).status);
    assert.deepEqual([...new Set(statuses)], [201]);
    assert.ok(srv.logs.some((e) => e.event === 'log-rotate-failed'));
    assert.ok(!existsSync(join(dir, 'proofs-000002.jsonl')), 'no half-made segment is left');
    assert.equal((await send(srv.url.replace('/consent-proofs', '/healthz'), { method: 'GET' })).status, 200);
    rmSync(blocker, { recursive: true });
    assert.equal((await post(srv.url, makeReceipt())).status, 201);
    assert.equal((await post(srv.url, makeReceipt())).status, 201);
    assert.ok(existsSync(join(dir, 'proofs-000002.jsonl')), readdirSync(dir).join(' '));
  } finally {
    await srv.close();
  }
  const verified = await verifyLog(dir);
  assert.equal(verified.ok, true, verified.error);
  assert.equal(verified.records, 8);
  // And a restart continues from where the chain is.
  const again = await startReceiver({ dataDir: dir, segmentBytes: 2048 });
  assert.equal((await post(again.url, makeReceipt())).status, 201);
  await again.close();
  assert.equal((await verifyLog(dir)).records, 9);
});
