// What the bench needs around it: a built dist/, Chromium, and the build and commit it measured.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome, requireChrome } from '../chrome.mjs';
import { root } from './variants.mjs';

/** Builds dist/ when it is missing; exits 1 when the build fails. */
export function ensureBuilt() {
  if (existsSync(join(root, 'dist/samtykke.js'))) return;
  console.log('bench: dist/ is not built; running `npm run build` …');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(join(root, 'dist/samtykke.js'))) {
    console.error(`bench: cannot run: the build failed (exit ${result.status}) and dist/samtykke.js is missing`);
    process.exit(1);
  }
}

/** Chromium's path; as root on Debian/Ubuntu, installs Debian's chromium package when none is found. */
export function ensureChrome() {
  if (!findChrome() && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    console.log("bench: no Chromium found; installing Debian's chromium package (apt-get) …");
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {
      stdio: 'inherit',
    });
  }
  return requireChrome(); // exits 1 with a how-to when there is none
}

/** Short hashes of the built widget files, to tell whether dist/ changed during a run. */
export function distHashes() {
  const hash = (file) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16) : null);
  return Object.fromEntries(
    ['dist/samtykke.js', 'dist/samtykke-ui.mjs', 'dist/samtykke-decide.mjs'].map((f) => [f, hash(join(root, f))]),
  );
}

/** The commit measured, with "+dirty" when src/ or dist/ has uncommitted changes. */
export function gitCommit() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'dist'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
  return head.status === 0 ? head.stdout.trim() + (dirty ? '+dirty' : '') : null;
}
