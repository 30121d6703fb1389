#!/usr/bin/env node
// `npm run bench`: samtykke against vanilla-cookieconsent 3.1.0 and klaro 0.7.22 (devDependencies,
// loaded from node_modules). A benchmark, never a test: it prints a table, writes
// bench-results/bench.json, and exits 0 unless it cannot run at all.
//
// All three widgets are measured on the SAME article page (bench/article.html + bench/site.css)
// with EQUIVALENT configs (bench/samtykke-config.json, bench/vanilla-cookieconsent-config.js,
// bench/klaro-config.js: necessary + analytics + marketing, one Google Analytics service tagged
// each widget's own way, the same English banner texts), each loaded the way its docs say:
//   samtykke          inline JSON config + dist/samtykke.js, first (synchronous) script in <head>
//   samtykke guard    inline JSON config + dist/samtykke-guard.js first, dist/samtykke.js defer
//   vanilla-cc        cookieconsent.css + cookieconsent.umd.js (defer) + config file (defer)
//   klaro             config file (defer) + klaro.js (defer; CSS and translations included)
//   baseline          the same page with no widget (for main-thread time attributable to one)
//
// Headless system Chromium, one browser session, runs alternating A B C D E A B C D E …;
// a fresh browser context per first-visit run (empty cache, no cookies). The page is served from
// 127.0.0.1 by scripts/static.mjs (in a worker thread, so the driver cannot delay responses);
// every other host fails to resolve inside Chromium (--host-resolver-rules), which blocks the
// network without request interception (interception would route every loopback request through
// this process and add its latency to every figure). HTML is served no-store, scripts and CSS
// with max-age, so a returning visitor gets them from the HTTP cache, as on a real site.
//
//   node scripts/bench.mjs [--runs 15] [--warmup 1] [--readme] [--serve]
//     --runs N     measured runs per variant and metric (median reported), default 15
//     --warmup N   unrecorded rounds before each phase, default 1
//     --readme     rewrite README.md between <!-- bench:start --> and <!-- bench:end -->
//     --serve      only serve the bench pages on loopback (to look at them in a browser)
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';
import { chromeArgs, findChrome, requireChrome } from './chrome.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (p) => readFileSync(join(root, p), 'utf8');

// ---------------------------------------------------------------------------------------------
// The pages: one article, five heads.

/** The Google Analytics snippet every widget gates, inline, with the mark the benchmark reads. */
const GA_SNIPPET = `
performance.mark('consented-ran');
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-BENCH00001');
`;

const VCC = '/node_modules/vanilla-cookieconsent/dist';
const KLARO = '/node_modules/klaro/dist';

/**
 * The variants. `files`: everything the widget needs (JS + CSS), for the byte counts. `head`:
 * what goes first in <head>. `tag`: the attributes that make the GA snippet inert until consent.
 */
const VARIANTS = {
  samtykke: {
    label: 'samtykke',
    files: ['dist/samtykke.js'],
    config: 'bench/samtykke-config.json',
    head: (cfg) => `<script type="application/json" id="samtykke-config">${cfg}</script>\n<script src="/dist/samtykke.js"></script>`,
    tag: 'type="text/plain" data-consent="analytics" data-service="google-analytics"',
    accept: 'await window.samtykke.acceptAll()',
  },
  guard: {
    label: 'samtykke guard + defer',
    files: ['dist/samtykke-guard.js', 'dist/samtykke.js'],
    config: 'bench/samtykke-config.json',
    head: (cfg) =>
      `<script type="application/json" id="samtykke-config">${cfg}</script>\n<script src="/dist/samtykke-guard.js"></script>\n<script src="/dist/samtykke.js" defer></script>`,
    tag: 'type="text/plain" data-consent="analytics" data-service="google-analytics"',
    accept: 'await window.samtykke.acceptAll()',
  },
  vcc: {
    label: 'vanilla-cookieconsent 3.1.0',
    files: ['node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css'],
    config: 'bench/vanilla-cookieconsent-config.js',
    head: () =>
      `<link rel="stylesheet" href="${VCC}/cookieconsent.css">\n<script defer src="${VCC}/cookieconsent.umd.js"></script>\n<script defer src="/bench/vanilla-cookieconsent-config.js"></script>`,
    tag: 'type="text/plain" data-category="analytics" data-service="google-analytics"',
    accept: "window.CookieConsent.acceptCategory('all')",
  },
  klaro: {
    label: 'klaro 0.7.22',
    files: ['node_modules/klaro/dist/klaro.js'],
    config: 'bench/klaro-config.js',
    head: () => `<script defer src="/bench/klaro-config.js"></script>\n<script defer src="${KLARO}/klaro.js"></script>`,
    tag: 'type="text/plain" data-type="text/javascript" data-name="google-analytics"',
    accept: 'const m = window.klaro.getManager(); m.changeAll(true); m.saveAndApplyConsents()',
  },
  baseline: {
    label: 'no widget (baseline)',
    files: [],
    head: () => '',
    tag: 'type="text/plain"',
  },
};
const WIDGETS = ['samtykke', 'guard', 'vcc', 'klaro'];
const ALL = [...WIDGETS, 'baseline'];

/** The page of one variant (the server's worker builds it per request, from the files). */
function buildPage(name) {
  const v = VARIANTS[name];
  const cfg = v.config?.endsWith('.json') ? JSON.stringify(JSON.parse(read(v.config))) : '';
  return read('bench/article.html')
    .replace('<!--bench:widget-->', v.head(cfg))
    .replace('<!--bench:tagged-->', `<script ${v.tag}>${GA_SNIPPET}</script>`);
}

// ---------------------------------------------------------------------------------------------
// The server, in a worker thread: scripts/static.mjs over the repository, plus /bench/page/*.html.

if (!isMainThread && workerData?.role === 'bench-server') {
  const { createStaticServer, listen } = await import('./static.mjs');
  const server = createStaticServer({
    root: workerData.root,
    handle(req, res, url) {
      const m = /^\/bench\/page\/(\w+)\.html$/.exec(url.pathname);
      if (m && VARIANTS[m[1]]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(buildPage(m[1]));
        return true;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204, { 'cache-control': 'max-age=3600' }).end();
        return true;
      }
      return false;
    },
    headers: (path) => (/\.(js|css)$/.test(path) ? { 'cache-control': 'public, max-age=3600' } : {}),
  });
  server.keepAliveTimeout = 60_000;
  parentPort.postMessage({ origin: await listen(server) });
  parentPort.on('message', () => server.close(() => process.exit(0)));
}

function startServer() {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'bench-server', root } });
  return new Promise((resolve, reject) => {
    worker.once('message', ({ origin }) =>
      resolve({ origin, close: () => new Promise((ok) => { worker.once('exit', ok); worker.postMessage('close'); }) }),
    );
    worker.once('error', reject);
  });
}

// ---------------------------------------------------------------------------------------------
// In the page (addInitScript): banner detection, layout shifts, long tasks, paint, the mark.

function benchInit(kind) {
  const b = (window.__bench = { kind, seen: null, banner: null, cls: 0, shifts: 0, longTasks: [], fcp: null, ran: null });
  let painted, ran;
  b.bannerPainted = new Promise((r) => (painted = r));
  b.consentedRan = new Promise((r) => (ran = r));
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {}
  };
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) {
      b.cls += e.value;
      b.shifts++;
    }
  });
  observe('longtask', (e) => b.longTasks.push([e.startTime, e.duration]));
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  });
  observe('mark', (e) => {
    if (e.name === 'consented-ran' && b.ran === null) ran((b.ran = e.startTime));
  });
  const find = {
    samtykke: () => document.querySelector('samtykke-widget')?.shadowRoot?.querySelector('[part~="banner"] .accept-all'),
    vcc: () => document.querySelector('#cc-main .cm [data-role="all"]'),
    klaro: () => document.querySelector('.cookie-notice:not(.cookie-notice-hidden) .cm-btn-success'),
  }[kind === 'guard' ? 'samtykke' : kind];
  // Painted: in the layout with a size, and not hidden by visibility or opacity 0 (the peers
  // fade their banner in). Checked at each frame; the time taken is that of the NEXT frame,
  // i.e. after the frame that contained the button was produced. The rAF loop runs on every
  // page, the baseline too, until settle() ends it, so that all pages produce the same frames.
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const visible = (el) => !el.checkVisibility || el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const tick = () => {
    if (b.stop) return;
    if (find && b.seen === null) {
      let el = null;
      try {
        el = find();
      } catch {}
      if (el && box(el)) {
        if (b.laidOut === null) b.laidOut = performance.now();
        if (visible(el)) {
          b.seen = performance.now();
          requestAnimationFrame(() => painted((b.banner = performance.now())));
        }
      }
    }
    requestAnimationFrame(tick);
  };
  b.laidOut = null;
  b.stop = false;
  requestAnimationFrame(tick);
}

/** Runs in the page after `load`: waits for the banner (widget pages), then for an idle moment. */
async function settle({ widget, timeout }) {
  const b = window.__bench;
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  if (widget) {
    const t = await Promise.race([b.bannerPainted, wait(timeout).then(() => null)]);
    if (t === null) return { error: `banner buttons not painted within ${timeout / 1000} s` };
  }
  // Let the widget finish what it does after painting (and the peers their fade-in).
  for (let i = 0; i < 2; i++) {
    await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
    await wait(50);
  }
  b.stop = true;
  const tbt = b.longTasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
  return { banner: b.banner, seen: b.seen, laidOut: b.laidOut, fcp: b.fcp, cls: b.cls, shifts: b.shifts, longTasks: b.longTasks.length, tbt };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { values: opt } = parseArgs({
    options: {
      runs: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '1' },
      readme: { type: 'boolean', default: false },
      serve: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (opt.help) {
    console.log('node scripts/bench.mjs [--runs 15] [--warmup 1] [--readme] [--serve]');
    return;
  }
  const RUNS = Math.max(1, Math.min(1000, Number.parseInt(opt.runs, 10) || 15));
  const WARMUP = Math.max(0, Math.min(10, Number.parseInt(opt.warmup, 10) || 0));

  ensureBuilt();
  const server = await startServer();
  const url = (name) => `${server.origin}/bench/page/${name}.html`;
  if (opt.serve) {
    for (const n of ALL) console.log(`${VARIANTS[n].label.padEnd(30)} ${url(n)}`);
    console.log('Serving on loopback; Ctrl-C to stop.');
    return;
  }

  const t0 = Date.now();
  const loadBefore = loadavg()[0];
  const distBefore = distHashes();
  const bytes = measureBytes();

  const chrome = ensureChrome();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chrome,
    headless: true,
    // Only loopback: every other host name fails to resolve inside the browser.
    args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const browserVersion = browser.version();
  console.log(
    `bench: Chromium ${browserVersion}, ${cpus().length} CPU(s), ${RUNS} runs (+${WARMUP} warm-up) per variant, pages on ${server.origin}`,
  );
  const offsite = new Set();
  const watch = (context) =>
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) offsite.add(u);
    });

  // --- first visits -----------------------------------------------------------------------
  async function firstVisit(name, rate) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    watch(context);
    try {
      await context.addInitScript({ content: `(${benchInit})(${JSON.stringify(name)});` });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const before = metrics(await cdp.send('Performance.getMetrics'));
      await page.goto(url(name), { waitUntil: 'load', timeout: 30_000 });
      const r = await page.evaluate(settle, { widget: name !== 'baseline', timeout: 10_000 });
      const after = metrics(await cdp.send('Performance.getMetrics'));
      if (errors.length) r.pageErrors = errors;
      if (r.error) {
        if (errors.length) r.error += ` (page error: ${firstLine(errors[0])})`;
        return r;
      }
      r.script = (after.ScriptDuration - before.ScriptDuration) * 1000;
      r.task = (after.TaskDuration - before.TaskDuration) * 1000;
      return r;
    } finally {
      await context.close();
    }
  }

  const first = {};
  for (const rate of [1, 4]) {
    const key = `${rate}x`;
    first[key] = Object.fromEntries(ALL.map((n) => [n, []]));
    console.log(`\nfirst visit, CPU ${rate}×: fresh context per run, ${ALL.map((n) => VARIANTS[n].label).join(' → ')}`);
    const broken = {}; // a variant that failed its first 2 runs of this phase is not tried again
    for (let round = -WARMUP; round < RUNS; round++) {
      const line = [];
      for (const name of ALL) {
        let r;
        if (broken[name]?.skip) r = { error: broken[name].error };
        else {
          try {
            r = await firstVisit(name, rate);
          } catch (e) {
            r = { error: firstLine(e) };
          }
          const b = (broken[name] ??= { fails: 0, ok: false });
          if (r.error) {
            b.fails++;
            b.error = r.error;
          } else b.ok = true;
          b.skip = !b.ok && b.fails >= 2;
        }
        if (round >= 0) first[key][name].push(r);
        line.push(`${short(name)} ${r.error ? 'ERR' : name === 'baseline' ? 'ok' : fmtMs(r.banner)}`);
      }
      console.log(`  ${round < 0 ? 'warm-up' : `run ${round + 1}/${RUNS}`}: ${line.join(' · ')}  (${elapsed(t0)})`);
    }
  }

  // --- returning visitors -----------------------------------------------------------------
  const returning = {};
  console.log(`\nreturning visitor: accept once per variant, then reload in the same context; ${WIDGETS.map((n) => VARIANTS[n].label).join(' → ')}`);
  const sessions = {};
  for (const name of WIDGETS) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    watch(context);
    await context.addInitScript({ content: `(${benchInit})(${JSON.stringify(name)});` });
    const page = await context.newPage();
    const s = (sessions[name] = { context, page, cdp: null, error: null });
    try {
      await page.goto(url(name), { waitUntil: 'load' });
      const r = await page.evaluate(settle, { widget: true, timeout: 10_000 });
      if (r.error) throw new Error(r.error);
      await page.evaluate(`(async () => { ${VARIANTS[name].accept}; })()`);
      await page.waitForTimeout(300); // let the decision be written
      s.cdp = await context.newCDPSession(page);
    } catch (e) {
      s.error = `could not accept: ${firstLine(e)}`;
      console.log(`  ${VARIANTS[name].label}: ${s.error}`);
    }
  }
  for (const rate of [1, 4]) {
    const key = `${rate}x`;
    returning[key] = Object.fromEntries(WIDGETS.map((n) => [n, []]));
    console.log(`returning visitor, CPU ${rate}×:`);
    for (let round = -WARMUP; round < RUNS; round++) {
      const line = [];
      for (const name of WIDGETS) {
        const s = sessions[name];
        let r;
        if (s.error) r = { error: s.error };
        else {
          try {
            // Throttled only while measured: the other variants' pages wait at full speed.
            if (rate > 1) await s.cdp.send('Emulation.setCPUThrottlingRate', { rate });
            await s.page.goto(url(name), { waitUntil: 'load', timeout: 30_000 });
            r = await s.page.evaluate(async (timeout) => {
              const b = window.__bench;
              const t = await Promise.race([b.consentedRan, new Promise((ok) => setTimeout(ok, timeout, null))]);
              // Two more frames for the banner check, then stop this page's rAF loop: the other
              // variants' pages stay open meanwhile and must not burn CPU.
              for (let i = 0; i < 2; i++) await new Promise((ok) => requestAnimationFrame(ok));
              const banner = b.laidOut !== null;
              b.stop = true;
              const nav = performance.getEntriesByType('navigation')[0];
              return t === null
                ? { error: `the consented script did not run within ${timeout / 1000} s` }
                : { ran: t, bannerShown: banner, responseEnd: nav?.responseEnd, domInteractive: nav?.domInteractive, domContentLoaded: nav?.domContentLoadedEventStart };
            }, 10_000);
          } catch (e) {
            r = { error: firstLine(e) };
          }
          if (rate > 1) await s.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
        }
        if (round >= 0) returning[key][name].push(r);
        line.push(`${short(name)} ${r.error ? 'ERR' : fmtMs(r.ran)}`);
      }
      console.log(`  ${round < 0 ? 'warm-up' : `run ${round + 1}/${RUNS}`}: ${line.join(' · ')}  (${elapsed(t0)})`);
    }
  }
  for (const s of Object.values(sessions)) await s.context.close();

  await browser.close();
  await server.close();
  const distAfter = distHashes();
  const loadAfter = loadavg()[0];

  // --- summary ----------------------------------------------------------------------------
  const results = summarise({ bytes, first, returning });
  const notes = [];
  if (JSON.stringify(distBefore) !== JSON.stringify(distAfter))
    notes.push('dist/ changed while the benchmark ran (rebuilt): figures may mix two builds.');
  for (const [rate, byName] of Object.entries(results.returning))
    for (const [n, r] of Object.entries(byName))
      if (r.bannerShown) notes.push(`${VARIANTS[n].label} showed its banner on ${r.bannerShown} of ${r.ok} returning visits (${rate} CPU): the stored decision was not read.`);
  const busy = Math.max(loadBefore, loadAfter);
  if (busy > cpus().length)
    notes.push(`the machine was busy (1-minute load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end, on ${cpus().length} CPUs): times are noisy; run again on a quiet machine before quoting them.`);
  if (offsite.size) notes.push(`requests to hosts other than 127.0.0.1 were attempted (and failed): ${[...offsite].slice(0, 5).join(', ')}`);
  const meta = {
    date: new Date().toISOString(),
    chromium: browserVersion,
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    runs: RUNS,
    warmup: WARMUP,
    commit: gitCommit(),
    dist: distBefore,
    seconds: Math.round((Date.now() - t0) / 1000),
    loadAverage: { start: loadBefore, end: loadAfter },
    method: {
      laidOut: 'performance.now() in the first frame in which the accept button was in the layout with a non-zero box, visible or not (vanilla-cookieconsent inserts its banner hidden and starts its fade-in 100 ms later, by design)',
      banner: 'performance.now() at the requestAnimationFrame after the one in which the accept button was first in the layout with a non-zero box and visible (checkVisibility: opacity, visibility); navigation start = 0',
      mainThread: 'CDP Performance.getMetrics ScriptDuration / TaskDuration, from before navigation until the banner is painted, load has fired and the page was idle twice (requestIdleCallback); median of per-round differences from the no-widget page',
      blocking: 'sum over long tasks (PerformanceObserver longtask) of duration − 50 ms, same window, difference from the no-widget page',
      cls: "sum of layout-shift values without recent input, same window",
      returning: "performance.mark('consented-ran') in the gated inline GA snippet, startTime (from navigation start), after one accept via the widget's API; reloads in the same context (scripts from the HTTP cache)",
      bytes: 'every file the widget needs (JS + CSS), each compressed on its own: gzip level 9, brotli quality 11 (node:zlib)',
    },
    notes,
  };
  const table = buildTable(results, meta);
  console.log(`\n${table.text}`);
  for (const n of notes) console.log(`note: ${n}`);

  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, 'bench.json');
  writeFileSync(outFile, JSON.stringify({ meta, bytes, results, table: table.rows, samples: { first, returning } }, null, 2) + '\n');
  console.log(`\nbench: wrote ${outFile.slice(root.length + 1)} in ${elapsed(t0)}`);

  if (opt.readme) updateReadme(table.markdown);
}

// ---------------------------------------------------------------------------------------------
// Figures.

function measureBytes() {
  const size = (buf) => ({
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
  const out = {};
  for (const name of WIDGETS) {
    const v = VARIANTS[name];
    const files = v.files.map((f) => {
      const p = join(root, f);
      return existsSync(p) ? { file: f, ...size(readFileSync(p)) } : { file: f, missing: true };
    });
    const total = files.some((f) => f.missing)
      ? { error: `missing ${files.filter((f) => f.missing).map((f) => f.file).join(', ')}` }
      : { raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') };
    // The config as served: inline JSON in the page for samtykke, a script file for the peers.
    const cfgText = v.config.endsWith('.json') ? JSON.stringify(JSON.parse(read(v.config))) : read(v.config);
    out[name] = { files, total, config: { file: v.config, ...size(Buffer.from(cfgText)) } };
  }
  return out;
}

function summarise({ bytes, first, returning }) {
  const res = { bytes: {}, first: {}, returning: {} };
  for (const n of WIDGETS) res.bytes[n] = bytes[n].total;
  for (const [rate, byName] of Object.entries(first)) {
    const base = byName.baseline;
    res.first[rate] = {};
    for (const n of WIDGETS) {
      const runs = byName[n];
      const ok = runs.filter((r) => !r.error);
      const reason = ok.length ? null : reasonOf(runs);
      // Per-round differences from the baseline page of the same round.
      const diff = (k) =>
        runs.flatMap((r, i) => (r.error || !base[i] || base[i].error || r[k] == null || base[i][k] == null ? [] : [r[k] - base[i][k]]));
      res.first[rate][n] = {
        ok: ok.length,
        failed: runs.length - ok.length,
        reason,
        banner: stats(ok.map((r) => r.banner)),
        laidOut: stats(ok.map((r) => r.laidOut)),
        fcp: stats(ok.map((r) => r.fcp)),
        cls: stats(ok.map((r) => r.cls)),
        script: stats(diff('script')),
        task: stats(diff('task')),
        tbt: stats(diff('tbt')),
        pageErrors: [...new Set(runs.flatMap((r) => r.pageErrors ?? []))].slice(0, 3),
      };
    }
    const b = byName.baseline.filter((r) => !r.error);
    res.first[rate].baseline = {
      ok: b.length,
      failed: byName.baseline.length - b.length,
      fcp: stats(b.map((r) => r.fcp)),
      script: stats(b.map((r) => r.script)),
      task: stats(b.map((r) => r.task)),
      tbt: stats(b.map((r) => r.tbt)),
      cls: stats(b.map((r) => r.cls)),
    };
  }
  for (const [rate, byName] of Object.entries(returning)) {
    res.returning[rate] = {};
    for (const n of WIDGETS) {
      const runs = byName[n];
      const ok = runs.filter((r) => !r.error);
      res.returning[rate][n] = {
        ok: ok.length,
        failed: runs.length - ok.length,
        reason: ok.length ? null : reasonOf(runs),
        ran: stats(ok.map((r) => r.ran)),
        bannerShown: ok.filter((r) => r.bannerShown).length,
      };
    }
  }
  return res;
}

function buildTable(res, meta) {
  const footnotes = [];
  const na = (reason) => {
    let i = footnotes.indexOf(reason);
    if (i < 0) i = footnotes.push(reason) - 1;
    return `n/a [${i + 1}]`;
  };
  const B = (k) => (n) => (res.bytes[n].error ? { text: na(res.bytes[n].error) } : { v: res.bytes[n][k], text: fmtBytes(res.bytes[n][k]) });
  const F = (rate, k, fmt = fmtMs) => (n) => {
    const r = res.first[rate][n];
    if (!r.ok) return { text: na(r.reason) };
    const s = r[k];
    if (!s) return { text: na('no sample') };
    return { v: s.median, text: fmt(s.median) + (r.failed ? ` (${r.ok}/${r.ok + r.failed})` : '') };
  };
  const R = (rate) => (n) => {
    const r = res.returning[rate][n];
    if (!r.ok) return { text: na(r.reason) };
    return { v: r.ran.median, text: fmtMs(r.ran.median) + (r.failed ? ` (${r.ok}/${r.ok + r.failed})` : '') };
  };
  const specs = [
    ['JS + CSS, raw', B('raw')],
    ['JS + CSS, gzip -9', B('gzip')],
    ['JS + CSS, brotli', B('brotli')],
    ['First visit: banner buttons painted (1× CPU)', F('1x', 'banner')],
    ['First visit: banner buttons painted (4× CPU)', F('4x', 'banner')],
    ['First visit: banner buttons in the layout, shown or not (1× CPU)', F('1x', 'laidOut')],
    ['First visit: banner buttons in the layout, shown or not (4× CPU)', F('4x', 'laidOut')],
    ['First visit: article first contentful paint (4× CPU)', F('4x', 'fcp')],
    ['Main thread: script evaluation over baseline (1× CPU)', F('1x', 'script')],
    ['Main thread: script evaluation over baseline (4× CPU)', F('4x', 'script')],
    ['Main thread: all tasks over baseline (4× CPU)', F('4x', 'task')],
    ['Long-task blocking time over baseline (4× CPU)', F('4x', 'tbt')],
    ['Cumulative Layout Shift, first visit', F('1x', 'cls', (x) => x.toFixed(3))],
    ['Returning visitor: consented script runs (1× CPU)', R('1x')],
    ['Returning visitor: consented script runs (4× CPU)', R('4x')],
  ];
  const ratio = (a, b) => (a?.v == null || b?.v == null ? '—' : b.v === 0 ? '—' : (a.v / b.v).toFixed(2));
  const rows = specs.map(([metric, f]) => {
    const cells = Object.fromEntries(WIDGETS.map((n) => [n, f(n)]));
    return {
      metric,
      samtykke: cells.samtykke.text,
      guard: cells.guard.text,
      vcc: cells.vcc.text,
      klaro: cells.klaro.text,
      'samtykke ÷ vcc': ratio(cells.samtykke, cells.vcc),
      'guard ÷ vcc': ratio(cells.guard, cells.vcc),
      values: Object.fromEntries(WIDGETS.map((n) => [n, cells[n].v ?? null])),
    };
  });
  const head = ['metric (median)', 'samtykke', 'samtykke guard + defer', 'vanilla-cookieconsent 3.1.0', 'klaro 0.7.22', 'samtykke ÷ vcc', 'guard ÷ vcc'];
  const body = rows.map((r) => [r.metric, r.samtykke, r.guard, r.vcc, r.klaro, r['samtykke ÷ vcc'], r['guard ÷ vcc']]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 1) + '-' : '-'.repeat(w + 1) + ':')).join('|')}|`;
  const tableLines = [line(head), rule, ...body.map(line)];
  const fn = footnotes.map((f, i) => `[${i + 1}] ${f}`);
  const context = `Chromium ${meta.chromium} headless, ${meta.cpus}, median of ${meta.runs} alternating runs per figure; \`npm run bench\`, ${meta.date.slice(0, 10)}${meta.commit ? `, commit ${meta.commit.slice(0, 7)}` : ''}. Times are ms from navigation start; "painted" = the first frame after the accept button is in the layout and not hidden (visibility, opacity 0), "in the layout" = present with a size, shown or not; main-thread figures are differences from the same page without a widget; bytes are the sum over the files each widget needs, each compressed on its own.`;
  const text = [...tableLines, ...fn, '', context].join('\n');
  const notes = meta.notes.map((n) => `Note: ${n}`);
  const markdown = [...tableLines, '', ...(fn.length ? [...fn.map((f) => `${f}  `), ''] : []), context, ...(notes.length ? ['', ...notes] : [])].join('\n');
  return { rows, text, markdown };
}

function updateReadme(markdown) {
  const file = join(root, 'README.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) {
    console.log(`\nbench: --readme: README.md has no ${start} … ${end} markers; the table above was not written into it.`);
    return;
  }
  writeFileSync(file, `${text.slice(0, i + start.length)}\n${markdown}\n${text.slice(j)}`);
  console.log('bench: README.md comparison table regenerated');
}

// ---------------------------------------------------------------------------------------------
// Helpers.

function ensureBuilt() {
  if (existsSync(join(root, 'dist/samtykke.js')) && existsSync(join(root, 'dist/samtykke-guard.js'))) return;
  console.log('bench: dist/ is not built; running `npm run build` …');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(join(root, 'dist/samtykke.js'))) {
    console.error(`bench: cannot run: the build failed (exit ${r.status}) and dist/samtykke.js is missing`);
    process.exit(1);
  }
}

function ensureChrome() {
  if (!findChrome() && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    console.log("bench: no Chromium found; installing Debian's chromium package (apt-get) …");
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
  }
  return requireChrome(); // exits 1 with a how-to when there is none
}

function distHashes() {
  const out = {};
  for (const f of ['dist/samtykke.js', 'dist/samtykke-guard.js']) {
    const p = join(root, f);
    out[f] = existsSync(p) ? createHash('sha256').update(readFileSync(p)).digest('hex').slice(0, 16) : null;
  }
  return out;
}

function gitCommit() {
  const r = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'dist'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
  return r.status === 0 ? r.stdout.trim() + (dirty ? '+dirty' : '') : null;
}

function metrics(m) {
  return Object.fromEntries(m.metrics.map(({ name, value }) => [name, value]));
}

function stats(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const q = (p) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    return v[lo] + (v[Math.ceil(i)] - v[lo]) * (i - lo);
  };
  const r = (x) => Math.round(x * 1000) / 1000;
  return { n: v.length, median: r(q(0.5)), p25: r(q(0.25)), p75: r(q(0.75)), min: r(v[0]), max: r(v[v.length - 1]), samples: v.map(r) };
}

function reasonOf(runs) {
  const counts = new Map();
  for (const r of runs) if (r.error) counts.set(r.error, (counts.get(r.error) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? top[0] : 'no runs';
}

const sum = (xs, k) => xs.reduce((s, x) => s + x[k], 0);
const fmtMs = (x) => (x == null ? '—' : `${x.toFixed(1)} ms`);
const fmtBytes = (x) => `${x.toLocaleString('en-US')} B`;
const firstLine = (e) => String(e?.message ?? e).split('\n')[0];
const elapsed = (t0) => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
const short = (n) => ({ samtykke: 'samtykke', guard: 'guard', vcc: 'vcc', klaro: 'klaro', baseline: 'baseline' })[n];

// Last, so that every declaration above is initialised.
if (isMainThread) await main();
