#!/usr/bin/env node
// `npm run bench`: samtykke against vanilla-cookieconsent 3.1.0 and klaro 0.7.22 (devDependencies,
// loaded from node_modules), for issue 24 point 7. A benchmark, never a test: it prints a table
// (each figure per widget, samtykke ÷ vanilla-cookieconsent, the target and whether it is met,
// the machine's load beside it), writes bench-results/bench.json, and exits 0 unless it cannot
// run at all.
//
// All widgets are measured on the SAME article page (bench/article.html + bench/site.css) with
// EQUIVALENT configs (bench/samtykke-config.json, bench/vanilla-cookieconsent-config.js,
// bench/klaro-config.js: necessary + analytics + marketing, one Google Analytics service tagged
// each widget's own way, the same English banner texts), each loaded the way its docs say:
//   samtykke             the notice stamped as an owner ships it (`samtykke validate --stamp`,
//                        scripts/bench/notice.mjs) inline + dist/samtykke.js, first script in <head>
//   samtykkePreloaded    the stamped notice, and the first visit's files named by
//                        <link rel="modulepreload"> in <head> (docs/site-owner.md, optional)
//   samtykkeUnstamped    the same notice without its stamp (validated in the visitor's browser)
//   vanilla-cc           cookieconsent.css + cookieconsent.umd.js (defer) + config file (defer)
//   klaro                config file (defer) + klaro.js (defer; CSS and translations included)
//   baseline             the same page with no widget (for main-thread time attributable to one)
//
// Every file is served gzip, over HTTP/2 with TLS (scripts/bench/server.mjs, tls.mjs), as
// production sites are: over HTTP/1.1 a browser opens at most 6 connections to a host, and a
// widget that fetches 8 files at once would wait a round trip for the last two, which no
// visitor of an HTTP/2 site does (`--http1` measures that way).
//
// The phases (scripts/bench/conditions.mjs): first visits at 4× CPU, and at 4× CPU with Chrome
// DevTools' "Slow 4G"; returning visitors the same two ways. Headless system Chromium, one
// browser session; in each phase the variants alternate round by round, each round starting one
// further (A B C D E, B C D E A, …); a fresh browser context per first visit (empty cache, no
// cookies). Pages come from 127.0.0.1; every other host fails to resolve inside Chromium
// (--host-resolver-rules), which blocks the network without request interception (interception
// would route every request through this process and add its latency).
//
//   node scripts/bench.mjs [--runs 15] [--warmup 1] [--http1] [--readme] [--serve]
//     --runs N     measured runs per variant and phase (the median is reported), default 15
//     --warmup N   unrecorded rounds before each phase, default 1
//     --http1      serve HTTP/1.1 without TLS instead of HTTP/2
//     --readme     rewrite docs/benchmarks.md between <!-- bench:start --> and <!-- bench:end -->
//     --serve      only serve the bench pages on loopback (to look at them in a browser)
// Progress goes to a terminal only (one line, rewritten); in CI or piped, a line per phase and the result.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromeArgs } from './chrome.mjs';
import { ALL, VARIANTS, root, roundOrder } from './bench/variants.mjs';
import { startServer } from './bench/server.mjs';
import { benchNotices } from './bench/notice.mjs';
import { benchCertificate } from './bench/tls.mjs';
import { benchInit, settle } from './bench/in-page.mjs';
import { PHASES, conditionLabel } from './bench/conditions.mjs';
import { notesOf, summarise } from './bench/report.mjs';
import { buildTable, updateReadme } from './bench/table.mjs';
import { PAGE_TIMEOUT, firstLine, firstVisit, returningVisit } from './bench/visits.mjs';
import { distHashes, ensureBuilt, ensureChrome, gitCommit } from './bench/environment.mjs';

const USAGE = 'node scripts/bench.mjs [--runs 15] [--warmup 1] [--http1] [--readme] [--serve]';
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '1' },
    http1: { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const RUNS = Math.max(1, Math.min(1000, Number.parseInt(options.runs, 10) || 15));
const WARMUP = Math.max(0, Math.min(10, Number.parseInt(options.warmup, 10) || 0));
const tty = Boolean(process.stdout.isTTY) && !process.env.CI;
const startedAt = Date.now();

/** One progress line on a terminal, rewritten in place; nothing in CI or when piped. */
function progress(line) {
  if (tty) process.stdout.write(`\r\x1b[K${`${line}  (${elapsed()})`.slice(0, (process.stdout.columns || 120) - 1)}`);
}
const endProgress = () => tty && process.stdout.write('\r\x1b[K');

let server;
let tls = null;
const pageUrl = (name) => `${server.origin}/bench/page/${name}.html`;

async function measure() {
  const loadBefore = loadavg()[0];
  const distBefore = distHashes();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: ensureChrome(),
    headless: true,
    // Only loopback: every other host name fails to resolve inside the browser.
    args: [
      ...chromeArgs,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      // The bench's own certificate, and no other, is trusted (tls.mjs).
      ...(tls ? [`--ignore-certificate-errors-spki-list=${tls.spki}`] : []),
    ],
  });
  const chromiumVersion = browser.version();
  console.log(
    `bench: Chromium ${chromiumVersion}, ${cpus().length} CPU(s), load average ${loadBefore.toFixed(2)}, ` +
      `${RUNS} runs (+${WARMUP} warm-up) per variant in each of ${PHASES.length} phases, ${protocol()} on ${server.origin}`,
  );
  const offsite = new Set();
  const newContext = async (name) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.add(url);
    });
    await context.addInitScript({ content: `(${benchInit})(${JSON.stringify(VARIANTS[name].kind)});` });
    return context;
  };

  const samples = {};
  let sessions = null;
  for (const phase of PHASES) {
    if (phase.visit === 'returning') sessions ??= await returningSessions(newContext);
    const visit =
      phase.visit === 'first'
        ? (name) => firstVisit(newContext, pageUrl(name), name, phase.condition)
        : (name) =>
            sessions[name].error
              ? { error: sessions[name].error }
              : returningVisit(sessions[name], pageUrl(name), name, phase.condition);
    samples[phase.key] = await runPhase(phase, visit);
  }
  for (const session of Object.values(sessions ?? {})) await session.context.close();
  await browser.close();
  await server.close();
  endProgress();
  report(samples, { chromiumVersion, loadBefore, distBefore, offsite: [...offsite] });
}

/** Prints the table and its notes, writes bench-results/bench.json, and docs/benchmarks.md with --readme. */
function report(samples, { chromiumVersion, loadBefore, distBefore, offsite }) {
  const loadAfter = loadavg()[0];
  const results = summarise(samples, PHASES);
  const labels = Object.fromEntries(ALL.map((name) => [name, VARIANTS[name].label]));
  const notes = notesOf(results, labels, {
    distChanged: JSON.stringify(distBefore) !== JSON.stringify(distHashes()),
    loadAverage: { start: loadBefore, end: loadAfter },
    cpuCount: cpus().length,
    offsite,
  });
  if (!tls && !options.http1)
    notes.push('no openssl here: the pages were served over HTTP/1.1 (at most 6 connections to a host).');
  const meta = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'unknown CPU'}`,
    cpuCount: cpus().length,
    runs: RUNS,
    warmup: WARMUP,
    protocol: protocol(),
    commit: gitCommit(),
    dist: distBefore,
    phases: PHASES.map(({ key, visit, condition }) => ({ key, visit, condition: conditionLabel(condition) })),
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
  writeFileSync(outFile, JSON.stringify({ meta, results, table: table.rows, samples }, null, 2) + '\n');
  console.log(`\nbench: wrote ${outFile.slice(root.length + 1)} in ${elapsed()}`);
  if (options.readme) updateReadme(table.markdown, join(root, 'docs/benchmarks.md'));
}

/**
 * One phase: warm-up rounds, then RUNS rounds, each visiting every variant once in turn. A
 * variant that failed its first 2 visits of the phase, without one success, is not tried again.
 */
async function runPhase(phase, visit) {
  const samples = Object.fromEntries(ALL.map((name) => [name, []]));
  const broken = Object.fromEntries(ALL.map((name) => [name, { fails: 0, ok: false, skip: false, error: null }]));
  const title = `${phase.visit === 'first' ? 'first visit' : 'returning visitor'}, ${conditionLabel(phase.condition)}`;
  // Off a terminal, one line a phase: a CI log shows it is alive without a line per visit.
  if (!tty) console.log(`bench: ${title} (${elapsed()})`);
  for (let round = -WARMUP; round < RUNS; round++) {
    for (const name of roundOrder(round + WARMUP)) {
      const state = broken[name];
      const result = state.skip
        ? { error: state.error }
        : await Promise.resolve(visit(name)).catch((e) => ({ error: firstLine(e) }));
      if (result.error) {
        state.fails++;
        state.error = result.error;
      } else state.ok = true;
      state.skip = !state.ok && state.fails >= 2;
      if (round >= 0) samples[name].push(result);
      const figure = phase.visit === 'first' ? result.banner : result.ran;
      const shown = result.error ? 'ERR' : name === 'baseline' ? 'ok' : fmtMs(figure);
      progress(`${title}, ${round < 0 ? 'warm-up' : `run ${round + 1}/${RUNS}`}: ${name} ${shown}`);
    }
  }
  return samples;
}

/** A context per variant that has accepted everything once: the returning visitor. */
async function returningSessions(newContext) {
  const sessions = {};
  for (const name of ALL) {
    progress(`returning visitor: ${VARIANTS[name].label} accepts once`);
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
      endProgress();
      console.log(`bench: ${VARIANTS[name].label}: ${session.error}`);
    }
  }
  return sessions;
}

const protocol = () => (tls ? 'HTTP/2 (TLS)' : 'HTTP/1.1');
const fmtMs = (x) => (x == null ? '—' : `${x.toFixed(0)} ms`);
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;

// Last, so that every declaration above is initialised.
ensureBuilt();
tls = options.http1 ? null : benchCertificate();
let notices;
try {
  notices = benchNotices();
} catch (e) {
  console.error(`bench: cannot run: ${e.message}`);
  process.exit(1);
}
server = await startServer(notices, tls);
if (options.serve) {
  for (const name of ALL) console.log(`${VARIANTS[name].label.padEnd(30)} ${pageUrl(name)}`);
  if (tls) console.log('HTTPS with a throwaway certificate: a browser will warn about it (--http1 serves plain HTTP).');
  console.log('Serving on loopback; Ctrl-C to stop.');
} else {
  await measure();
}
