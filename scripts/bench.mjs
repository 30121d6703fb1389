#!/usr/bin/env node
// `npm run bench`: samtykke against vanilla-cookieconsent 3.1.0 and klaro 0.7.22 (devDependencies,
// loaded from node_modules). A benchmark, never a test: it prints a table, writes
// bench-results/bench.json, and exits 0 unless it cannot run at all.
//
// All three widgets are measured on the SAME article page (bench/article.html + bench/site.css)
// with EQUIVALENT configs (bench/samtykke-config.json, bench/vanilla-cookieconsent-config.js,
// bench/klaro-config.js: necessary + analytics + marketing, one Google Analytics service tagged
// each widget's own way, the same English banner texts), each loaded the way its docs say:
//   samtykke          inline JSON notice + dist/samtykke.js, first (synchronous) script in <head>;
//                     the parts it fetches from beside it are counted as it fetches them
//   vanilla-cc        cookieconsent.css + cookieconsent.umd.js (defer) + config file (defer)
//   klaro             config file (defer) + klaro.js (defer; CSS and translations included)
//   baseline          the same page with no widget (for main-thread time attributable to one)
//
// Headless system Chromium, one browser session, runs alternating A B C D A B C D …; a fresh
// browser context per first-visit run (empty cache, no cookies). Pages are served from 127.0.0.1
// (scripts/bench/server.mjs); every other host fails to resolve inside Chromium
// (--host-resolver-rules), which blocks the network without request interception (interception
// would route every loopback request through this process and add its latency to every figure).
//
//   node scripts/bench.mjs [--runs 15] [--warmup 1] [--readme] [--serve]
//     --runs N     measured runs per variant and metric (median reported), default 15
//     --warmup N   unrecorded rounds before each phase, default 1
//     --readme     rewrite README.md between <!-- bench:start --> and <!-- bench:end -->
//     --serve      only serve the bench pages on loopback (to look at them in a browser)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromeArgs, findChrome, requireChrome } from './chrome.mjs';
import { ALL, VARIANTS, root } from './bench/variants.mjs';
import { startServer } from './bench/server.mjs';
import { benchInit, fetchedPaths, settle } from './bench/in-page.mjs';
import { buildTable, summarise, updateReadme } from './bench/report.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '1' },
    readme: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log('node scripts/bench.mjs [--runs 15] [--warmup 1] [--readme] [--serve]');
  process.exit(0);
}
const RUNS = Math.max(1, Math.min(1000, Number.parseInt(options.runs, 10) || 15));
const WARMUP = Math.max(0, Math.min(10, Number.parseInt(options.warmup, 10) || 0));
const PAGE_TIMEOUT = 10_000;

let server;
const pageUrl = (name) => `${server.origin}/bench/page/${name}.html`;

async function measure() {
  const startedAt = Date.now();
  const loadBefore = loadavg()[0];
  const distBefore = distHashes();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: ensureChrome(),
    headless: true,
    // Only loopback: every other host name fails to resolve inside the browser.
    args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  console.log(
    `bench: Chromium ${browser.version()}, ${cpus().length} CPU(s), ${RUNS} runs (+${WARMUP} warm-up) per variant, pages on ${server.origin}`,
  );
  const offsite = new Set();
  const newContext = async (name) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.add(url);
    });
    await context.addInitScript({ content: `(${benchInit})(${JSON.stringify(name)});` });
    return context;
  };
  const progress = (round, line) =>
    console.log(`  ${round < 0 ? 'warm-up' : `run ${round + 1}/${RUNS}`}: ${line.join(' · ')}  (${elapsed(startedAt)})`);

  // --- first visits: a fresh context (empty cache, no cookies) per run --------------------
  async function firstVisit(name, rate) {
    const context = await newContext(name);
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const before = metrics(await cdp.send('Performance.getMetrics'));
      await page.goto(pageUrl(name), { waitUntil: 'load', timeout: 30_000 });
      const result = await page.evaluate(settle, { widget: name !== 'baseline', timeout: PAGE_TIMEOUT });
      const after = metrics(await cdp.send('Performance.getMetrics'));
      if (errors.length) result.pageErrors = errors;
      if (result.error) {
        if (errors.length) result.error += ` (page error: ${firstLine(errors[0])})`;
        return result;
      }
      result.script = (after.ScriptDuration - before.ScriptDuration) * 1000;
      result.task = (after.TaskDuration - before.TaskDuration) * 1000;
      result.bytes = widgetBytes(name, await page.evaluate(fetchedPaths));
      return result;
    } finally {
      await context.close();
    }
  }
  const first = {};
  for (const rate of [1, 4]) {
    first[`${rate}x`] = Object.fromEntries(ALL.map((name) => [name, []]));
    console.log(`\nfirst visit, CPU ${rate}×: fresh context per run, ${ALL.map((name) => VARIANTS[name].label).join(' → ')}`);
    const broken = {}; // a variant that failed its first 2 runs of this phase is not tried again
    for (let round = -WARMUP; round < RUNS; round++) {
      const line = [];
      for (const name of ALL) {
        const state = (broken[name] ??= { fails: 0, ok: false });
        const result = state.skip ? { error: state.error } : await firstVisit(name, rate).catch((e) => ({ error: firstLine(e) }));
        if (result.error) {
          state.fails++;
          state.error = result.error;
        } else state.ok = true;
        state.skip = !state.ok && state.fails >= 2;
        if (round >= 0) first[`${rate}x`][name].push(result);
        line.push(`${name} ${result.error ? 'ERR' : name === 'baseline' ? 'ok' : fmtMs(result.banner)}`);
      }
      progress(round, line);
    }
  }

  // --- returning visitors: accept once, then reload in the same context ------------------
  const sessions = {};
  console.log(`\nreturning visitor: accept once per widget, then reload in the same context`);
  for (const name of ALL) {
    const context = await newContext(name);
    const page = await context.newPage();
    const session = (sessions[name] = { context, page, cdp: null, error: null });
    try {
      await page.goto(pageUrl(name), { waitUntil: 'load' });
      if (name !== 'baseline') {
        const result = await page.evaluate(settle, { widget: true, timeout: PAGE_TIMEOUT });
        if (result.error) throw new Error(result.error);
        await page.evaluate(`(async () => { ${VARIANTS[name].accept}; })()`);
        await page.waitForTimeout(300); // let the decision be written
      }
      session.cdp = await context.newCDPSession(page);
      await session.cdp.send('Performance.enable');
    } catch (e) {
      session.error = `could not accept: ${firstLine(e)}`;
      console.log(`  ${VARIANTS[name].label}: ${session.error}`);
    }
  }
  const returning = {};
  for (const rate of [1, 4]) {
    returning[`${rate}x`] = Object.fromEntries(ALL.map((name) => [name, []]));
    console.log(`returning visitor, CPU ${rate}×:`);
    for (let round = -WARMUP; round < RUNS; round++) {
      const line = [];
      for (const name of ALL) {
        const result = sessions[name].error ? { error: sessions[name].error } : await returningVisit(sessions[name], name, rate);
        if (round >= 0) returning[`${rate}x`][name].push(result);
        line.push(`${name} ${result.error ? 'ERR' : name === 'baseline' ? 'ok' : fmtMs(result.ran)}`);
      }
      progress(round, line);
    }
  }
  for (const session of Object.values(sessions)) await session.context.close();
  await browser.close();
  await server.close();

  // --- summary ----------------------------------------------------------------------------
  const loadAfter = loadavg()[0];
  const results = summarise({ first, returning });
  const notes = [];
  if (JSON.stringify(distBefore) !== JSON.stringify(distHashes()))
    notes.push('dist/ changed while the benchmark ran (rebuilt): figures may mix two builds.');
  for (const [rate, byName] of Object.entries(results.returning))
    for (const [name, r] of Object.entries(byName))
      if (r.bannerShown)
        notes.push(
          `${VARIANTS[name].label} showed its banner on ${r.bannerShown} of ${r.ok} returning visits (${rate} CPU): the stored decision was not read.`,
        );
  if (Math.max(loadBefore, loadAfter) > cpus().length)
    notes.push(
      `the machine was busy (1-minute load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end, on ${cpus().length} CPUs): times are noisy; compare the ratios, and run again on a quiet machine before quoting milliseconds.`,
    );
  if (offsite.size)
    notes.push(`requests to hosts other than 127.0.0.1 were attempted (and failed): ${[...offsite].slice(0, 5).join(', ')}`);
  const meta = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    runs: RUNS,
    warmup: WARMUP,
    commit: gitCommit(),
    dist: distBefore,
    seconds: Math.round((Date.now() - startedAt) / 1000),
    loadAverage: { start: loadBefore, end: loadAfter },
    notes,
  };
  const table = buildTable(results, meta);
  console.log(`\n${table.text}`);
  for (const note of notes) console.log(`note: ${note}`);
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, 'bench.json');
  writeFileSync(outFile, JSON.stringify({ meta, results, table: table.rows, samples: { first, returning } }, null, 2) + '\n');
  console.log(`\nbench: wrote ${outFile.slice(root.length + 1)} in ${elapsed(startedAt)}`);
  if (options.readme) updateReadme(table.markdown);
}

/**
 * One returning visit: reload, wait for the consented script (widgets) or load and idle
 * (baseline), and read the main thread's script time and long tasks over that window.
 */
async function returningVisit(session, name, rate) {
  const { page, cdp } = session;
  try {
    // Throttled only while measured: the other variants' pages wait at full speed.
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const before = metrics(await cdp.send('Performance.getMetrics'));
    await page.goto(pageUrl(name), { waitUntil: 'load', timeout: 30_000 });
    const result = await page.evaluate(
      async ({ timeout, widget }) => {
        const bench = window.__bench;
        const ran = widget ? await Promise.race([bench.consentedRan, new Promise((done) => setTimeout(done, timeout, null))]) : 0;
        await new Promise((done) => requestIdleCallback(done, { timeout: 2000 }));
        // Two more frames for the banner check, then stop this page's rAF loop: the other
        // variants' pages stay open meanwhile and must not burn CPU.
        for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
        bench.stop = true;
        if (ran === null) return { error: `the consented script did not run within ${timeout / 1000} s` };
        const longest = bench.longTasks.reduce((max, [, duration]) => Math.max(max, duration), 0);
        return {
          ran: widget ? ran : null,
          bannerShown: bench.laidOut !== null,
          longTasks: bench.longTasks.length,
          longestTask: longest,
        };
      },
      { timeout: PAGE_TIMEOUT, widget: name !== 'baseline' },
    );
    const after = metrics(await cdp.send('Performance.getMetrics'));
    if (!result.error) {
      result.script = (after.ScriptDuration - before.ScriptDuration) * 1000;
      result.bytes = widgetBytes(name, await page.evaluate(fetchedPaths));
    }
    return result;
  } catch (e) {
    return { error: firstLine(e) };
  } finally {
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers.

const gzipSizes = new Map();
/** The widget's own files among the paths a page fetched, and their gzip -9 sizes summed. */
function widgetBytes(name, paths) {
  const files = [...new Set(paths)].filter((path) => VARIANTS[name].assets.some((prefix) => path.startsWith(prefix)));
  let gzip = 0;
  for (const path of files) {
    if (!gzipSizes.has(path)) {
      const file = join(root, decodeURIComponent(path));
      gzipSizes.set(path, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
    }
    gzip += gzipSizes.get(path);
  }
  return { gzip, files };
}

function ensureBuilt() {
  if (existsSync(join(root, 'dist/samtykke.js'))) return;
  console.log('bench: dist/ is not built; running `npm run build` …');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(join(root, 'dist/samtykke.js'))) {
    console.error(`bench: cannot run: the build failed (exit ${result.status}) and dist/samtykke.js is missing`);
    process.exit(1);
  }
}

function ensureChrome() {
  if (!findChrome() && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    console.log("bench: no Chromium found; installing Debian's chromium package (apt-get) …");
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {
      stdio: 'inherit',
    });
  }
  return requireChrome(); // exits 1 with a how-to when there is none
}

function distHashes() {
  const hash = (file) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16) : null);
  return Object.fromEntries(
    ['dist/samtykke.js', 'dist/samtykke-ui.mjs', 'dist/samtykke-decide.mjs'].map((f) => [f, hash(join(root, f))]),
  );
}

function gitCommit() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'dist'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
  return head.status === 0 ? head.stdout.trim() + (dirty ? '+dirty' : '') : null;
}

const metrics = (m) => Object.fromEntries(m.metrics.map(({ name, value }) => [name, value]));
const fmtMs = (x) => (x == null ? '—' : `${x.toFixed(1)} ms`);
const firstLine = (e) => String(e?.message ?? e).split('\n')[0];
const elapsed = (t0) => `${((Date.now() - t0) / 1000).toFixed(0)} s`;

// Last, so that every declaration above is initialised.
ensureBuilt();
server = await startServer();
if (options.serve) {
  for (const name of ALL) console.log(`${VARIANTS[name].label.padEnd(30)} ${pageUrl(name)}`);
  console.log('Serving on loopback; Ctrl-C to stop.');
} else {
  await measure();
}
