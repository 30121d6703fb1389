#!/usr/bin/env node
// `npm test`: everything that decides whether samtykke works, tier by tier, in the order that
// fails fastest; `node scripts/test.mjs <tier>…` runs only the tiers named (the `test:*` scripts).
//
//   quick     typecheck, lint and format, unit tests (vitest): the inner loop, under a minute
//   build     the build and its size budgets, the published types, the demo pages
//   browser   web-test-runner in Chromium (test/browser/*.test.ts)
//   e2e       node:test files against the built dist/ (test/e2e, test/package, test/studio, …)
//   receiver  the proof receiver (test/receiver), with throwaway PostgreSQL clusters
//   audit     the audit and the scan (test/audit, test/scan, …)
//
// The node:test tiers are folder-based: every test/<folder> holding `*.test.mjs` files belongs
// to the tier FOLDER_TIERS names for it, or to e2e, so a new folder is picked up without an
// edit here. Their files run over several processes at once (--jobs N, SAMTYKKE_TEST_JOBS, or the
// machine's core count: see scripts/test/run-files.mjs). Asked for together, as `npm test` does,
// they share one queue of files, longest first, and one wall time in the summary. They need dist/
// built from today's sources: when it is stale they build it first (scripts/built.mjs).
//
// Finds Chromium (CHROME_PATH, else Chromium's headless shell, else /usr/bin/chromium, …: see
// scripts/chrome.mjs findTestChrome) and PostgreSQL (PG_BIN, /usr/lib/postgresql/N/bin); as root
// on Debian/Ubuntu with either missing, installs Debian's `chromium-headless-shell` (or
// `chromium`) or `postgresql` package; otherwise stops with one line saying how to get it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ensureBuilt } from './built.mjs';
import { HEADLESS_SHELLS, debugLaunchOptions, findChrome, findTestChrome } from './chrome.mjs';
import { ensurePostgres } from './postgres.mjs';
import { runFiles } from './test/run-files.mjs';

/** test/<folder> → tier for node:test files; a folder not named here is e2e. */
const FOLDER_TIERS = { receiver: 'receiver', audit: 'audit', scan: 'audit', browser: 'audit', catalogue: 'audit' };

/** The `*.test.mjs` files of the tier, found folder by folder under test/. */
function nodeTestFiles(tier) {
  return readdirSync('test', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && (FOLDER_TIERS[entry.name] ?? 'e2e') === tier)
    .flatMap((entry) =>
      readdirSync(`test/${entry.name}`)
        .filter((name) => name.endsWith('.test.mjs'))
        .map((name) => `test/${entry.name}/${name}`),
    )
    .sort();
}

/** Runs a command, its output straight through; resolves whether it passed. */
function command(cmd, args) {
  console.log(`\n=== ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
}

/**
 * Makes sure the tests have a Chromium, and names it in CHROME_PATH for every process the run
 * starts (test files, the CLIs they spawn, web-test-runner): the headless shell where it can be
 * had (scripts/chrome.mjs findTestChrome: half the CPU time of the full browser), else the full
 * browser. As root with apt-get, installs Debian's chromium-headless-shell when neither is there
 * or only the full browser is (falling back to the chromium package).
 */
function ensureChrome() {
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  const wantsShell = !process.env.CHROME_PATH && debugLaunchOptions().headless;
  if (root && apt && (!findChrome() || (wantsShell && !HEADLESS_SHELLS.some((path) => existsSync(path))))) {
    console.log("samtykke: installing Debian's chromium-headless-shell package for the browser tests (apt-get) …");
    const install = (name) =>
      spawnSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${name} >/dev/null`], { stdio: 'inherit' })
        .status === 0;
    spawnSync('sh', ['-c', 'apt-get update -qq'], { stdio: 'inherit' });
    if (!install('chromium-headless-shell') && !findChrome()) install('chromium');
  }
  const chrome = findTestChrome();
  if (chrome) {
    process.env.CHROME_PATH = chrome;
    console.log(`samtykke: the browser tests run in ${chrome}`);
    return true;
  }
  console.error(
    'samtykke: browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell, or chromium) or set CHROME_PATH=/path/to/chrome',
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

/** Runs a command with its output held, printed whole when it ends; resolves whether it passed. */
function heldCommand(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code) => {
      console.log(`\n=== ${cmd} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(chunks).toString());
      resolve(code === 0);
    });
  });
}

/**
 * A tier of independent commands run at once (typecheck, lint and vitest each use about one
 * core, so on two cores the tier takes the longest of them rather than their sum).
 */
const commandsAtOnce = (list) => async () => {
  const passed = await Promise.all(list.map(([cmd, ...args]) => heldCommand(cmd, args)));
  const failed = list.filter((_, index) => !passed[index]).map((step) => step.join(' '));
  return { ok: failed.length === 0, detail: failed.length ? `failed: ${failed.join('; ')}` : `${list.length} steps` };
};

/** A tier made of commands run one after the other; every one runs even when one fails. */
const commands = (list) => async () => {
  const failed = list.filter(([cmd, ...args]) => !command(cmd, args)).map((step) => step.join(' '));
  return { ok: failed.length === 0, detail: failed.length ? `failed: ${failed.join('; ')}` : `${list.length} steps` };
};

/**
 * Node:test tiers (one, or several run as one): dist/ built when stale, then all their files over
 * `jobs` processes, longest first. Run together, the tiers share one queue, so no worker waits
 * idle at the end of one tier for its last file while the next tier's files could run (and the
 * receiver's files, mostly waiting on PostgreSQL, run beside the browser-heavy ones).
 * Resolves one { ok, detail } per tier, in `tiers` order.
 */
async function nodeTiers(tiers, options) {
  const filesOf = Object.fromEntries(tiers.map((tier) => [tier, nodeTestFiles(tier)]));
  const files = tiers.flatMap((tier) => filesOf[tier]);
  if (!(await ensureBuilt())) console.error('samtykke: npm run build failed (see above); testing the files it wrote');
  console.log(`\n=== ${tiers.join(' + ')}: ${files.length} files, ${options.jobs} at a time`);
  const { results } = await runFiles(files, options);
  return tiers.map((tier) => {
    const mine = results.filter((result) => filesOf[tier].includes(result.file));
    const sum = (key) => mine.reduce((total, result) => total + result[key], 0);
    const detail = `${filesOf[tier].length} files, ${sum('pass')} tests passed, ${sum('fail')} failed`;
    return { ok: mine.length === filesOf[tier].length && mine.every((result) => result.ok), detail };
  });
}

/** A tier of node:test files on its own. */
const nodeFiles = (tier) => async (options) => (await nodeTiers([tier], options))[0];

const TIERS = {
  quick: commandsAtOnce([
    ['npm', 'run', '--silent', 'typecheck'],
    ['npm', 'run', '--silent', 'lint'],
    ['npx', 'vitest', 'run'],
  ]),
  build: async () => {
    console.log('\n=== npm run build (and its size budgets)');
    const built = await ensureBuilt({ force: true, quiet: true });
    const rest = await commands([
      ['npx', 'tsc', '-p', 'test/types'], // the published types compile for a consumer
      ['npx', 'tsc', '-p', 'test/receipt'], // the Receipt type is exactly the receipt JSON Schema
      ['node', 'demo/build-pages.mjs', '--check'],
    ])();
    return { ok: built && rest.ok, detail: built ? rest.detail : `npm run build failed; ${rest.detail}` };
  },
  browser: commands([['npx', 'web-test-runner']]),
  e2e: nodeFiles('e2e'),
  receiver: nodeFiles('receiver'),
  audit: nodeFiles('audit'),
};

/** The tiers made of node:test files. */
const NODE_TIERS = ['e2e', 'receiver', 'audit'];

/** Which tiers need which tools before anything runs. */
const NEEDS_CHROME = ['browser', 'e2e', 'receiver', 'audit'];
const NEEDS_POSTGRES = ['receiver'];

function parseArguments(argv) {
  const options = { tiers: [], jobs: Number(process.env.SAMTYKKE_TEST_JOBS) || availableParallelism(), verbose: undefined };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--jobs') options.jobs = Number(argv[++i]);
    else if (argument === '--verbose') options.verbose = true;
    else if (argument in TIERS) options.tiers.push(argument);
    else {
      console.error(
        `samtykke test: unknown tier or option "${argument}" (tiers: ${Object.keys(TIERS).join(', ')}; --jobs N, --verbose)`,
      );
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.jobs) || options.jobs < 1) {
    console.error('samtykke test: --jobs takes a whole number of at least 1');
    process.exit(2);
  }
  if (!options.tiers.length) options.tiers = Object.keys(TIERS);
  return options;
}

const options = parseArguments(process.argv.slice(2));
if (options.tiers.some((tier) => NEEDS_CHROME.includes(tier)) && !ensureChrome()) process.exit(1);
if (options.tiers.some((tier) => NEEDS_POSTGRES.includes(tier)) && !ensurePostgresOrSay()) process.exit(1);
if (!existsSync('test')) throw new Error('run from the repository root (npm test does)');

/**
 * The tiers to run, in order, with the node:test tiers asked for together gathered into one step
 * (they share one queue of files: see nodeTiers).
 */
function steps(tiers) {
  const together = tiers.filter((tier) => NODE_TIERS.includes(tier));
  const list = [];
  for (const tier of tiers) {
    if (!NODE_TIERS.includes(tier)) list.push([tier]);
    else if (tier === together[0]) list.push(together);
  }
  return list;
}

const summary = [];
for (const step of steps(options.tiers)) {
  const started = performance.now();
  const run = { jobs: options.jobs, verbose: options.verbose };
  const outcomes = step.length > 1 ? await nodeTiers(step, run) : [await TIERS[step[0]](run)];
  const seconds = (performance.now() - started) / 1000;
  step.forEach((tier, index) => {
    const { ok, detail } = outcomes[index];
    // Tiers run together share one wall time: it is shown once, on the first of them.
    summary.push({ tier, ok, detail, seconds: index === 0 ? seconds : 0, shared: index > 0 });
    if (!ok) console.error(`\n✗ ${tier} failed`);
  });
}

console.log('\ntier       result  wall time  ');
for (const { tier, ok, seconds, shared, detail } of summary) {
  const time = shared ? '(above)'.padStart(9) : `${seconds.toFixed(0).padStart(7)} s`;
  console.log(`${tier.padEnd(10)} ${ok ? 'passed' : 'FAILED'}  ${time}  ${detail}`);
}
const total = summary.reduce((sum, row) => sum + row.seconds, 0);
const failed = summary.filter((row) => !row.ok).length;
console.log(`\n${summary.length - failed} of ${summary.length} tiers passed in ${(total / 60).toFixed(1)} min`);
process.exit(failed ? 1 : 0);
