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
//     --readme     rewrite docs/benchmarks.md between <!-- bench:start --> and <!-- bench:end -->
//     --serve      only serve the bench pages on loopback (to look at them in a browser)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromeArgs } from './chrome.mjs';
import { ALL, VARIANTS, root } from './bench/variants.mjs';
import { startServer } from './bench/server.mjs';
import { benchInit, settle } from './bench/in-page.mjs';
import { buildTable, summarise, updateReadme } from './bench/report.mjs';
import { PAGE_TIMEOUT, firstLine, firstVisit, returningVisit } from './bench/visits.mjs';
import { distHashes, ensureBuilt, ensureChrome, gitCommit } from './bench/environment.mjs';

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
  const first = {};
  for (const rate of [1, 4]) {
    first[`${rate}x`] = Object.fromEntries(ALL.map((name) => [name, []]));
    console.log(`\nfirst visit, CPU ${rate}×: fresh context per run, ${ALL.map((name) => VARIANTS[name].label).join(' → ')}`);
    const broken = {}; // a variant that failed its first 2 runs of this phase is not tried again
    for (let round = -WARMUP; round < RUNS; round++) {
      const line = [];
      for (const name of ALL) {
        const state = (broken[name] ??= { fails: 0, ok: false });
        const result = state.skip
          ? { error: state.error }
          : await firstVisit(newContext, pageUrl(name), name, rate).catch((e) => ({ error: firstLine(e) }));
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
        const result = sessions[name].error
          ? { error: sessions[name].error }
          : await returningVisit(sessions[name], pageUrl(name), name, rate);
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

const fmtMs = (x) => (x == null ? '—' : `${x.toFixed(1)} ms`);
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
