#!/usr/bin/env node
// `npm test`: everything that decides whether samtykke works, in the order that fails fastest.
// Finds Chromium (CHROME_PATH, /usr/bin/chromium, …) and PostgreSQL (PG_BIN,
// /usr/lib/postgresql/N/bin); as root on Debian/Ubuntu with either missing, installs Debian's
// `chromium` or `postgresql` package; otherwise stops with one line saying how to get it. The
// receiver's tests start their own throwaway PostgreSQL clusters on loopback (scripts/postgres.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { findChrome } from './chrome.mjs';
import { ensurePostgres } from './postgres.mjs';

/** Node 20's test runner takes no globs: list the `*.test.mjs` files of these folders. */
const nodeTests = [
  'test/e2e',
  'test/package',
  'test/receiver',
  'test/audit',
  'test/scan',
  'test/catalogue',
  'test/scripts',
  'test/studio',
]
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.test.mjs'))
      .map((f) => `${d}/${f}`),
  );

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function ensureChrome() {
  if (findChrome()) return true;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (root && apt) {
    console.log("samtykke: no Chromium found; installing Debian's chromium package (apt-get) …");
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {
      stdio: 'inherit',
    });
  }
  if (findChrome()) return true;
  console.error(
    'samtykke: browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH=/path/to/chrome',
  );
  return false;
}

function ensurePostgresOrSay() {
  if (ensurePostgres()) return true;
  console.error(
    'samtykke: the receiver tests need PostgreSQL: install it (Debian/Ubuntu: sudo apt-get install -y postgresql) or set PG_BIN=/path/to/postgresql/bin',
  );
  return false;
}

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint and format (ESLint, Prettier)', 'npm', ['run', '--silent', 'lint']],
  ['build and size budgets', 'npm', ['run', '--silent', 'build']],
  ['published types compile for a consumer', 'npx', ['tsc', '-p', 'test/types']],
  ['the Receipt type is exactly the receipt JSON Schema', 'npx', ['tsc', '-p', 'test/receipt']],
  ['demo pages match their notices', 'node', ['demo/build-pages.mjs', '--check']],
  ['unit tests (vitest)', 'npx', ['vitest', 'run']],
  ['browser tests (web-test-runner, Chromium)', 'npx', ['web-test-runner']],
  // A hang guard per test file, not a speed check: the audit's demo file runs five full audits.
  [
    'end-to-end and receiver tests (node --test, Chromium)',
    'node',
    ['--test', '--test-concurrency=1', '--test-timeout=600000', ...nodeTests],
  ],
];

let passed = 0;
let failed = 0;
if (!ensureChrome() || !ensurePostgresOrSay()) process.exit(1);
for (const [name, cmd, args] of steps) {
  if (run(name, cmd, args)) passed++;
  else {
    failed++;
    console.error(`\n✗ ${name} failed`);
  }
}
console.log(`\nsuites: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
