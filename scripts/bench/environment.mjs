// What the bench needs around it: a built dist/, Chromium, and the build and commit it measured.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome, requireChrome } from '../chrome.mjs';
import { root } from './variants.mjs';

/** What the bench needs built: the widget, and the command-line tools that stamp its notice. */
const BUILT = ['dist/samtykke.js', 'dist/audit-build'];

/** Builds dist/ when something the bench needs is missing; exits 1 when the build fails. */
export function ensureBuilt() {
  const missing = () => BUILT.filter((path) => !existsSync(join(root, path)));
  if (!missing().length) return;
  console.log(`bench: ${missing().join(' and ')} not built; running \`npm run build\` …`);
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (missing().length) {
    console.error(`bench: cannot run: the build failed (exit ${result.status}) and ${missing().join(' and ')} is missing`);
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

/** Short hashes of the built widget files (samtykke.js and its parts), to tell whether dist/ changed during a run. */
export function distHashes() {
  const dist = join(root, 'dist');
  const files = existsSync(dist) ? readdirSync(dist).filter((f) => /^samtykke[\w.-]*\.m?js$/.test(f)) : [];
  return Object.fromEntries(
    files.sort().map((f) => [
      `dist/${f}`,
      createHash('sha256')
        .update(readFileSync(join(dist, f)))
        .digest('hex')
        .slice(0, 16),
    ]),
  );
}

/** The commit measured, with "+dirty" when src/ or dist/ has uncommitted changes. */
export function gitCommit() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'dist'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
  return head.status === 0 ? head.stdout.trim() + (dirty ? '+dirty' : '') : null;
}
