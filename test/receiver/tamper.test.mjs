// Tamper evidence: an edited, deleted or swapped line makes `verify` fail and name the line; a
// receiver refuses to append to such a log. Also the CLI's usage errors.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, logPath, makeReceipt, post, runCli, startCli, startReceiver, tempDir } from './helpers.mjs';

let pristine;
before(async () => {
  await build();
  pristine = tempDir();
  const srv = await startReceiver({ dataDir: pristine });
  for (let i = 0; i < 20; i += 1) assert.equal((await post(srv.url, makeReceipt())).status, 201);
  await srv.close();
});

/** A copy of the 20-line log with `change` applied to its lines. */
function tampered(change) {
  const dir = tempDir();
  cpSync(pristine, dir, { recursive: true });
  const lines = readFileSync(logPath(dir), 'utf8').split('\n').slice(0, -1);
  writeFileSync(logPath(dir), `${change(lines).join('\n')}\n`);
  return dir;
}

test('the untouched log verifies', async () => {
  const { code, stdout } = await runCli(['verify', pristine]);
  assert.equal(code, 0);
  assert.match(stdout, /^ok: 20 records \(last line sha256 [0-9a-f]{64}\)/);
});

const CASES = [
  [
    'an edited line (10)',
    (lines) => {
      lines[9] = lines[9].replace('"method":"custom"', '"method":"accept-all"');
      return lines;
    },
    'line 11: prev hash does not match line 10',
  ],
  ['a deleted line (10)', (lines) => lines.filter((_, i) => i !== 9), 'line 10: seq 11 expected 10'],
  [
    'two swapped lines (10 and 11)',
    (lines) => {
      [lines[9], lines[10]] = [lines[10], lines[9]];
      return lines;
    },
    'line 10: seq 11 expected 10',
  ],
  [
    'a line made invalid JSON (5)',
    (lines) => {
      lines[4] = lines[4].slice(0, -3);
      return lines;
    },
    'line 5: not valid JSON',
  ],
  [
    'a flipped gpc flag (line 3)',
    (lines) => {
      lines[2] = lines[2].replace('"gpc":false', '"gpc":true');
      return lines;
    },
    'line 4: prev hash does not match line 3',
  ],
  [
    'an edited first line',
    (lines) => {
      lines[0] = lines[0].replace(`"prev":"${'0'.repeat(64)}"`, `"prev":"${'1'.repeat(64)}"`);
      return lines;
    },
    'line 1: prev hash does not match the start of the log',
  ],
];

for (const [name, change, message] of CASES) {
  test(`verify fails and names the line: ${name}`, async () => {
    const dir = tampered(change);
    const { code, stdout } = await runCli(['verify', dir]);
    assert.equal(code, 1);
    assert.ok(stdout.startsWith(message), `"${stdout.trim()}" should start with "${message}"`);
  });
}

test('a receiver refuses to start on a log that does not verify', async () => {
  const dir = tampered((lines) => lines.filter((_, i) => i !== 4));
  await assert.rejects(startReceiver({ dataDir: dir }), /does not verify \(line 5: seq 6 expected 5\)/);
  const cli = startCli(['--port', '0', '--data', dir]);
  const { code, output } = await cli.exited;
  assert.equal(code, 1);
  assert.match(output, /does not verify/);
  // Nothing was appended to the evidence.
  assert.equal(readFileSync(logPath(dir), 'utf8').split('\n').length, 20);
});

test('CLI usage: bad options exit 2, verify needs a log', async () => {
  assert.equal((await runCli(['--bogus'])).code, 2);
  assert.equal((await runCli(['--port', 'eighty'])).code, 2);
  assert.equal((await runCli(['--origin', 'not a url', '--port', '0', '--data', tempDir()])).code, 2);
  const missing = await runCli(['verify', join(tempDir(), 'nothing-here')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no proof log/);
  const weak = await runCli(['--token', 'short', '--port', '0', '--data', tempDir()]);
  assert.equal(weak.code, 2);
  assert.match(weak.stderr, /at least 16 characters/);
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /samtykke-receiver verify DIR/);
});
