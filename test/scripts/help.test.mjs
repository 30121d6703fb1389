// `npx samtykke --help`: one line for every command the bin dispatches, and each command's own
// `--help` still answers with its usage (exit 0). Runs the real bin against the built tools
// (`npm run build` first, as the other test/scripts tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const samtykke = (...args) => spawnSync(process.execPath, ['bin/samtykke.mjs', ...args], { encoding: 'utf8' });
const COMMANDS = ['validate', 'expand', 'studio', 'scan', 'audit'];

test('npx samtykke --help lists every command, one line each, and the receiver', () => {
  for (const flag of ['--help', '-h', 'help']) {
    const r = samtykke(flag);
    assert.equal(r.status, 0, r.stderr);
    for (const command of COMMANDS)
      assert.match(r.stdout, new RegExp(`^  ${command} .+$`, 'm'), `${flag} lists ${command} on a line of its own`);
    assert.match(r.stdout, /samtykke-receiver --help/);
  }
});

test('npx samtykke with no command prints the same list as a usage error (exit 2)', () => {
  const r = samtykke();
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  for (const command of COMMANDS) assert.match(r.stderr, new RegExp(`^  ${command} `, 'm'));
});

test("each command's own --help gives its usage", () => {
  for (const command of COMMANDS) {
    const r = samtykke(command, '--help');
    assert.equal(r.status, 0, `${command} --help: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`^Usage: samtykke ${command}\\b`), `${command} --help prints its own usage`);
  }
});
