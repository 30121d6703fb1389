// Is dist/ built from today's sources? The end-to-end, audit and scan tests load the BUILT files
// (dist/samtykke.js, dist/audit-build, dist/receiver), so a test run after an edit must not judge
// yesterday's build. `npm run build` stays the one build; this file decides when to run it.
//
// The rule: a stamp file, dist/.build-stamp (not committed), carries the time a build *started*
// that ended with the built files in place. dist/ is stale when the stamp is missing or any input
// (src/, catalogue/, the build's scripts and configs) changed after it. A build started by hand
// (`npm run build`) leaves no stamp, so the next test run builds once more: slower, never wrong.
//
// Test files run in parallel processes, and each may ask at once: a lock directory lets one build
// while the others wait, then finds the stamp fresh.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(ROOT, 'dist', '.build-stamp');
const LOCK = join(ROOT, 'dist', '.build.lock');

/** What `npm run build` reads: a change to any of these makes dist/ stale. */
const INPUTS = [
  'src',
  'catalogue',
  'package.json',
  'rollup.config.mjs',
  'scripts/catalogue.mjs',
  'scripts/clean.mjs',
  'scripts/languages.mjs',
  'scripts/schema.mjs',
];

/** The files that must exist after a build for the tests to have something to load. */
const OUTPUTS = ['dist/samtykke.js', 'dist/receiver/cli.js', 'dist/audit-build'];

/**
 * The newest modification time (ms) under `path`, a file or a folder walked whole. Generated
 * sources (`*.generated.ts`) are left out: the build itself rewrites them from catalogue/, which
 * is an input of its own.
 */
function newest(path) {
  if (!existsSync(path) || path.includes('.generated.')) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file shows only as its folder's change
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** The inputs: src/, catalogue/, the build scripts, and every tsconfig*.json at the top. */
function inputPaths() {
  const tsconfigs = readdirSync(ROOT).filter((name) => /^tsconfig.*\.json$/.test(name));
  return [...INPUTS, ...tsconfigs].map((path) => join(ROOT, path));
}

/** Why dist/ needs a build ('no build stamp', 'src/… changed since'), or null when it is fresh. */
export function staleReason() {
  if (!OUTPUTS.every((path) => existsSync(join(ROOT, path)))) return 'built files are missing';
  if (!existsSync(STAMP)) return 'no build stamp (dist/.build-stamp) from a test run';
  const built = statSync(STAMP).mtimeMs;
  const changed = inputPaths().find((path) => newest(path) > built);
  return changed ? `${changed.slice(ROOT.length)} changed since the last build` : null;
}

/** Takes the build lock, waiting while another process builds; a lock older than 10 minutes is a dead run's. */
async function lock() {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {}
      await sleep(200);
    }
  }
}

/**
 * Runs `npm run build` when dist/ is stale (or always with `force`), then stamps it. A build that
 * fails only on a size budget still wrote every file, so the tests run (the budget failure is
 * reported by the build itself, and by `npm test`'s build step); a build that left files missing
 * throws. Resolves whether the build command passed (true when no build was needed).
 */
export async function ensureBuilt({ force = false, quiet = false } = {}) {
  if (!force && !staleReason()) return true;
  await lock();
  try {
    const reason = force ? 'asked to build' : staleReason();
    if (!reason) return true; // another process built it while this one waited
    if (!quiet) console.error(`samtykke: building dist/ (${reason}) …`);
    const started = Date.now();
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    if (!OUTPUTS.every((path) => existsSync(join(ROOT, path)))) throw new Error('npm run build did not produce dist/');
    writeFileSync(STAMP, `${new Date(started).toISOString()}\n`);
    // The stamp carries the START time: a source saved while the build ran still counts as newer.
    utimesSync(STAMP, new Date(started), new Date(started));
    return build.status === 0;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

// `node scripts/built.mjs`: build when stale (used by the test tiers); `--check` only says.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const reason = staleReason();
    console.log(reason ? `dist/ is stale: ${reason}` : 'dist/ is fresh');
    process.exit(reason ? 1 : 0);
  }
  process.exit((await ensureBuilt()) ? 0 : 1);
}
