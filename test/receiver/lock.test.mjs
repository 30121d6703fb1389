// One writer per file log, proven: a kernel lock (flock) that a second receiver cannot share,
// in another PID namespace (two containers on one volume) or started at the same instant; and a
// writer that finds its segment changed underneath it stops writing instead of chaining on.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import {
  build,
  cliPath,
  logLines,
  load,
  logPath,
  makeReceipt,
  post,
  runCli,
  send,
  startCli,
  startReceiver,
  tempDir,
} from './helpers.mjs';

let verifyLog;
before(async () => {
  await build();
  ({ verifyLog } = await load());
});

const canUnshare = process.getuid?.() === 0 && spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;

/**
 * The receiver CLI in a PID namespace of its own (pid 1 there), as in a container. unshare
 * ignores SIGTERM while it waits, so stop() signals the whole process group, as a container
 * runtime stops a container.
 */
function startNamespaced(args) {
  const child = spawn(
    'unshare',
    ['--pid', '--fork', '--mount-proc', '--kill-child=SIGTERM', process.execPath, cliPath, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output })));
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    exited.then(() => reject(new Error(`receiver exited before listening:\n${output}`)));
  });
  url.catch(() => {});
  return { child, url, exited, stop: () => process.kill(-child.pid, 'SIGTERM') };
}

test(
  'two receivers in separate PID namespaces on one directory: the second is refused',
  { skip: !canUnshare && 'needs root and unshare(1)' },
  async () => {
    const dir = tempDir();
    const first = startNamespaced(['--port', '0', '--data', dir]);
    const url = await first.url;
    assert.equal((await post(url, makeReceipt())).status, 201);
    // Both are pid 1 in their namespaces: a pid in a lock file cannot tell them apart.
    const second = startNamespaced(['--port', '0', '--data', dir]);
    const outcome = await Promise.race([second.url.then(() => 'listening'), second.exited]);
    if (outcome === 'listening') {
      second.stop();
      first.stop();
      await Promise.all([first.exited, second.exited]);
      assert.fail('a second receiver in another PID namespace took the same log');
    }
    const { code, output } = outcome;
    assert.equal(code, 1, output);
    assert.match(output, /in use by another receiver/);
    assert.equal((await post(url, makeReceipt())).status, 201);
    first.stop();
    await first.exited;
    const verified = await runCli(['verify', dir]);
    assert.equal(verified.code, 0, verified.stdout);
    assert.match(verified.stdout, /^ok: 2 records/);
  },
);

test('30 rounds of three receivers started at the same instant: exactly one writer each round, verify ok', async () => {
  for (let round = 1; round <= 30; round += 1) {
    const dir = tempDir();
    const starts = [0, 1, 2].map(() => startCli(['--port', '0', '--data', dir]));
    /** @type {{ url?: string, code?: number, output?: string }[]} */
    const outcomes = await Promise.all(
      starts.map((s) => Promise.race([s.url.then((url) => ({ url })), s.exited.then(({ code, output }) => ({ code, output }))])),
    );
    const writers = outcomes.filter((o) => o.url);
    assert.equal(writers.length, 1, `round ${round}: ${writers.length} writers`);
    for (const refused of outcomes.filter((o) => !o.url)) {
      assert.equal(refused.code, 1);
      assert.match(refused.output, /in use by another receiver/);
    }
    assert.equal((await post(writers[0].url, makeReceipt())).status, 201);
    for (const s of starts) s.child.kill('SIGTERM');
    await Promise.all(starts.map((s) => s.exited));
    const verified = await verifyLog(dir);
    assert.equal(verified.ok, true, `round ${round}: ${verified.error}`);
    assert.equal(verified.records, 1);
  }
});

test('a segment changed underneath the writer: it stops writing, POSTs get 503, /healthz is 503', async () => {
  const dir = tempDir();
  const srv = await startReceiver({ dataDir: dir });
  const health = srv.url.replace('/consent-proofs', '/healthz');
  try {
    assert.equal((await post(srv.url, makeReceipt())).status, 201);
    // A second writer the lock did not see (or a hand edit) appends a line of its own.
    const forged = `{"seq":2,"prev":"${'0'.repeat(64)}","record":{"forged":true}}\n`;
    appendFileSync(logPath(dir), forged);
    const refused = await post(srv.url, makeReceipt());
    assert.equal(refused.status, 503);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.equal((await send(health, { method: 'GET' })).status, 503);
    assert.ok(srv.logs.some((e) => e.event === 'log-failed' && /changed underneath/.test(e.error)));
    // Nothing was chained onto the foreign line.
    assert.equal(logLines(dir).length, 2);
    assert.ok(readFileSync(logPath(dir), 'utf8').endsWith(forged));
    assert.equal((await post(srv.url, makeReceipt())).status, 503);
    assert.equal(logLines(dir).length, 2);
  } finally {
    await srv.close();
  }
});
