// Runs node:test files over a few worker processes at once, longest first, and says how each went.
//
// Each file runs in its own `node --test` process, as `node --test a b c` would run it, so a file
// keeps its own servers and temporary folders; files share no state the tests rely on (free
// ports, mkdtemp folders, throwaway PostgreSQL clusters, one build before the run). Files are
// started longest first, by the durations the last run recorded in .cache/test-times.json, so
// the longest file does not start last and run alone at the end. A fresh clone has no such
// record yet: scripts/test/durations.json (committed, a full run's record) stands in for it.
//
// The files share one Chromium per kind (scripts/test/browser.mjs): each file connects to it and
// makes its own contexts, instead of launching and closing a browser of its own.
//
// A file's output is held until it ends and printed whole, so two files never interleave. On a
// terminal a passing file is one line and a failing file prints its whole report; elsewhere (CI)
// every report is printed, so the log keeps each test's duration.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { startSharedBrowsers } from './browser.mjs';

const TIMES = '.cache/test-times.json';
/** A full run's durations, committed, for the files this machine has not timed yet. */
const SEED = new URL('./durations.json', import.meta.url);

/** A JSON file's object, or {} when it is missing or unreadable. */
function readTimes(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}

/** Last run's duration (ms) per file; before the first run, the committed record's. */
function recordedTimes() {
  return { ...readTimes(SEED), ...readTimes(TIMES) };
}

function recordTimes(results) {
  const times = readTimes(TIMES);
  for (const result of results) times[result.file] = Math.round(result.ms);
  mkdirSync(dirname(TIMES), { recursive: true });
  writeFileSync(TIMES, JSON.stringify(times, null, 2) + '\n');
}

/** Runs one file in its own `node --test`; resolves { file, ok, ms, pass, fail, output }. */
function runFile(file, nodeArgs, env) {
  return new Promise((resolve) => {
    const started = performance.now();
    // A hang guard per test file, not a speed check: some files run several full audits.
    const child = spawn(process.execPath, ['--test', '--test-reporter=tap', '--test-timeout=600000', ...nodeArgs, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code) => {
      const output = Buffer.concat(chunks).toString();
      const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
      resolve({ file, ok: code === 0, ms: performance.now() - started, pass: count('pass'), fail: count('fail'), output });
    });
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function report(result, { verbose, done, total }) {
  const mark = result.ok ? '✓' : '✗';
  const line = `${mark} [${done}/${total}] ${result.file}: ${result.pass} passed, ${result.fail} failed, ${seconds(result.ms)}`;
  if (verbose || !result.ok) {
    console.log(`\n--- ${result.file}`);
    process.stdout.write(result.output.endsWith('\n') ? result.output : result.output + '\n');
  }
  console.log(line);
}

/**
 * Runs `files` with at most `jobs` at once. Options: `verbose` prints every file's report (the
 * default off a terminal), `nodeArgs` go to each `node --test` (e.g. --test-name-pattern).
 * Resolves { ok, pass, fail, results }.
 */
export async function runFiles(files, { jobs = 1, verbose = !process.stdout.isTTY, nodeArgs = [] } = {}) {
  const times = recordedTimes();
  // Unknown files first (they may be long), then the longest recorded.
  const queue = [...files].sort((a, b) => (times[b] ?? Infinity) - (times[a] ?? Infinity));
  const results = [];
  const browsers = await startSharedBrowsers();
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const result = await runFile(file, nodeArgs, browsers.env);
      results.push(result);
      report(result, { verbose, done: results.length, total: files.length });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, worker));
  } finally {
    await browsers.close();
  }
  if (existsSync('package.json')) recordTimes(results);
  const sum = (key) => results.reduce((total, result) => total + result[key], 0);
  return { ok: results.every((result) => result.ok), pass: sum('pass'), fail: sum('fail'), results };
}
