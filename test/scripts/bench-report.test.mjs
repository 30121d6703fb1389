// The bench's report (scripts/bench/report.mjs, table.mjs, visits.mjs' byte count): pure logic,
// no browser. Figures per widget, samtykke ÷ vanilla-cookieconsent, the issue 24 targets beside
// them and whether each is met, the machine's load and Chromium under the table, and a README
// rewritten between its markers only. Timings here are made-up numbers: nothing is measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notesOf, summarise } from '../../scripts/bench/report.mjs';
import { ROWS, buildTable, ratioOf, updateReadme, verdict } from '../../scripts/bench/table.mjs';
import { PHASES, SLOW_4G } from '../../scripts/bench/conditions.mjs';
import { widgetBytes } from '../../scripts/bench/visits.mjs';
import { ALL, roundOrder } from '../../scripts/bench/variants.mjs';

const META = {
  date: '2026-12-06T08:00:00.000Z',
  chromium: '156.0.8078.114',
  cpus: '2 × Test CPU',
  cpuCount: 2,
  runs: 3,
  commit: 'abcdef0123456789',
  protocol: 'HTTP/2 (TLS)',
  loadAverage: { start: 0.42, end: 1.37 },
  notes: [],
};

/** A first visit's result as visits.mjs returns it, with `banner` and `script` chosen. */
const firstResult = (banner, script, bytes = 10_000) => ({
  banner,
  seen: banner - 16,
  laidOut: banner - 20,
  fcp: 300,
  cls: 0,
  script,
  task: script * 2,
  longTaskTime: script,
  tbt: script / 2,
  bytes: { gzip: bytes, files: ['/dist/samtykke.js'], compressed: true },
  bytesUntilButtons: { gzip: bytes, files: ['/dist/samtykke.js'], compressed: true },
});
const returningResult = (ran, script) => ({
  ran,
  script,
  longTasks: 1,
  longTaskTime: script,
  bannerShown: false,
  bytes: { gzip: 5000, files: [], compressed: true },
});

/** Three rounds of every phase: samtykke's figures are `factor` × vanilla-cookieconsent's. */
function samplesWith(factor) {
  const samples = {};
  for (const { key, visit } of PHASES) {
    const make = visit === 'first' ? (t, s) => firstResult(t, s) : (t, s) => returningResult(t, s);
    const rounds = [1000, 1100, 1200];
    samples[key] = {
      samtykke: rounds.map((t) => make(t * factor, 100 + t * factor)),
      samtykkePreloaded: rounds.map((t) => make(t * 0.6, 100 + t * 0.6)),
      samtykkeUnstamped: rounds.map((t) => make(t * 1.5, 100 + t * 1.5)),
      vcc: rounds.map((t) => make(t, 100 + t)),
      klaro: rounds.map(() => ({ error: 'banner buttons not painted within 20 s' })),
      // The baseline's main-thread time is subtracted round by round.
      baseline: rounds.map(() => (visit === 'first' ? { ...firstResult(0, 100), banner: null } : returningResult(null, 100))),
    };
  }
  return samples;
}

test('ratios are rounded as shown, and need a positive divisor', () => {
  assert.equal(ratioOf(80, 100), 0.8);
  assert.equal(ratioOf(80.4, 100), 0.8);
  assert.equal(ratioOf(80.6, 100), 0.81);
  assert.equal(ratioOf(5, 0), null, 'a difference from the baseline can be 0: no ratio');
  assert.equal(ratioOf(5, -3), null);
  assert.equal(ratioOf(null, 100), null);
});

test('a target is met when the ratio shown is at most the target', () => {
  assert.equal(verdict(0.8, 0.8), 'yes');
  assert.equal(verdict(0.81, 0.8), 'no');
  assert.equal(verdict(1, 1), 'yes');
  assert.equal(verdict(null, 0.8), '—');
  assert.equal(verdict(0.5, null), '—');
});

test("the rows carry issue 24's targets, the targeted rows first", () => {
  const targets = ROWS.filter((r) => r.target != null).map((r) => [r.phase, r.figure, r.target]);
  assert.deepEqual(targets, [
    ['first-4x-slow4g', 'banner', 0.8],
    ['first-4x', 'script', 1],
    ['first-4x', 'longTaskTime', 1],
    ['returning-4x-slow4g', 'ran', 0.8],
    ['first-4x-slow4g', 'bytesUntilButtons', 1],
  ]);
  assert.ok(ROWS.slice(0, targets.length).every((r) => r.target != null));
  for (const row of ROWS)
    assert.ok(
      PHASES.some((p) => p.key === row.phase),
      `${row.metric}: a measured phase`,
    );
});

test('summarise: medians per phase, main-thread time over the same round’s baseline', () => {
  const result = summarise(samplesWith(0.7), PHASES);
  const first = result['first-4x'];
  assert.equal(first.vcc.banner.median, 1100);
  assert.equal(first.samtykke.banner.median, 770);
  assert.equal(first.vcc.script.median, 1100, '100 + 1100 measured, 100 on the baseline');
  assert.equal(first.klaro.ok, 0);
  assert.equal(first.klaro.reason, 'banner buttons not painted within 20 s');
  assert.equal(result['returning-4x-slow4g'].samtykke.ran.median, 770);
});

test('the table: each figure per widget, the ratio, the target and whether it is met', () => {
  const met = buildTable(summarise(samplesWith(0.7), PHASES), META);
  const buttons = met.rows.find((r) => r.metric.startsWith('First visit: buttons visible (4× CPU + "Slow 4G")'));
  assert.equal(buttons.ratio, 0.7);
  assert.equal(buttons.preloadedRatio, 0.6);
  assert.equal(buttons.unstampedRatio, 1.5);
  assert.equal(buttons.target, 0.8);
  assert.equal(buttons.met, 'yes');
  assert.equal(buttons.cells.vcc, '1100.0 ms');
  assert.match(buttons.cells.klaro, /^n\/a \[1\]$/);
  assert.match(met.text, /\[1\] banner buttons not painted within 20 s/);
  assert.match(met.text, /Targets \(samtykke with its stamped notice ÷ vanilla-cookieconsent\): 5 of 5 met\./);

  const missed = buildTable(summarise(samplesWith(0.9), PHASES), META);
  const byMetric = Object.fromEntries(missed.rows.map((r) => [r.metric, r]));
  assert.equal(byMetric['First visit: buttons visible (4× CPU + "Slow 4G")'].met, 'no', '0.9 > 0.8');
  assert.equal(byMetric['Returning visitor: consented script starts (4× CPU + "Slow 4G")'].met, 'no');
  assert.equal(byMetric['First visit: script time over baseline (4× CPU)'].met, 'yes', '0.9 ≤ 1.0');
  assert.equal(byMetric['First visit: buttons visible (4× CPU)'].met, '—', 'no target');
  assert.match(missed.text, /3 of 5 met/);

  const [head, rule, first] = missed.markdown.split('\n');
  assert.match(
    head,
    /\| samtykke \(stamped\) \| samtykke \(stamped, preload links\) \| samtykke \(unstamped\) \| vanilla-cookieconsent 3\.1\.0 \| klaro 0\.7\.22 \| samtykke ÷ vcc \| preload links ÷ vcc \| unstamped ÷ vcc \| target \| met \|$/,
  );
  assert.match(rule, /^\|-+\|(-+:\|){10}$/);
  assert.match(first, /\|\s+0\.90× \|\s+0\.60× \|\s+1\.50× \| ≤ 0\.8× \|\s+no \|$/);
});

test('under the table: load average before and after, CPUs, Chromium, the conditions', () => {
  const { markdown, text } = buildTable(summarise(samplesWith(0.7), PHASES), { ...META, notes: ['the machine was busy'] });
  for (const out of [markdown, text]) {
    assert.match(out, /Chromium 156\.0\.8078\.114 headless, 2 × Test CPU/);
    assert.match(out, /load average \(1 minute\) 0\.42 before and 1\.37 after, on 2 CPUs/);
    assert.match(out, /"Slow 4G": Chrome DevTools' preset \(562\.5 ms added to each request/);
    assert.match(out, /1\.44 Mbit\/s down, 0\.675 Mbit\/s up/);
    assert.match(out, /served gzip \(Content-Encoding: gzip, compressed at level 9\), over HTTP\/2 \(TLS\)\./);
  }
  assert.match(markdown, /Note: the machine was busy/);
});

test('each round starts with the next variant, every variant once a round', () => {
  assert.deepEqual(roundOrder(0, ['a', 'b', 'c']), ['a', 'b', 'c']);
  assert.deepEqual(roundOrder(1, ['a', 'b', 'c']), ['b', 'c', 'a']);
  assert.deepEqual(roundOrder(5, ['a', 'b', 'c']), ['c', 'a', 'b']);
  const firsts = Array.from({ length: ALL.length }, (_, round) => roundOrder(round)[0]);
  assert.deepEqual([...firsts].sort(), [...ALL].sort());
  for (let round = 0; round < 7; round++) assert.deepEqual([...roundOrder(round)].sort(), [...ALL].sort());
});

test('"Slow 4G" is what Chrome DevTools sends for its preset', () => {
  assert.deepEqual(
    { ...SLOW_4G },
    { offline: false, latency: 562.5, downloadThroughput: 180000, uploadThroughput: 84375, connectionType: 'cellular4g' },
  );
});

test("bytes: the widget's own files once each, as sent, and only those requested by the buttons' frame", () => {
  const resources = [
    { path: '/dist/samtykke.js', start: 10, encoded: 14000, decoded: 40000 },
    { path: '/bench/site.css', start: 12, encoded: 600, decoded: 1500 },
    { path: '/dist/samtykke-first.mjs', start: 300, encoded: 1200, decoded: 3000 },
    { path: '/dist/samtykke-first.mjs', start: 310, encoded: 1200, decoded: 3000 },
    { path: '/dist/samtykke-ui.mjs', start: 900, encoded: 2200, decoded: 7000 },
  ];
  assert.deepEqual(widgetBytes('samtykke', resources), {
    gzip: 17400,
    files: ['/dist/samtykke.js', '/dist/samtykke-first.mjs', '/dist/samtykke-ui.mjs'],
    compressed: true,
  });
  assert.equal(widgetBytes('samtykke', resources, 500).gzip, 15200);
  const plain = [{ path: '/dist/samtykke.js', start: 10, encoded: 40000, decoded: 40000 }];
  assert.equal(widgetBytes('samtykke', plain).compressed, false);
});

test('notes: a busy machine, a stamp not trusted, files sent uncompressed', () => {
  const result = summarise(samplesWith(0.7), PHASES);
  const labels = { samtykke: 'samtykke', vcc: 'vanilla-cookieconsent 3.1.0' };
  const quiet = { distChanged: false, loadAverage: { start: 0.3, end: 0.5 }, cpuCount: 2, offsite: [] };
  assert.deepEqual(notesOf(result, labels, quiet), []);
  assert.match(
    notesOf(result, labels, { ...quiet, loadAverage: { start: 3.1, end: 1 } })[0],
    /busy.*3\.10 before, 1\.00 after, on 2 CPUs/,
  );
  result['first-4x-slow4g'].samtykke.files.push('/dist/samtykke-decide.mjs');
  result['first-4x'].vcc.uncompressed = 2;
  const notes = notesOf(result, labels, quiet).join('\n');
  assert.match(notes, /samtykke \(stamped\) fetched the validator/);
  assert.match(notes, /vanilla-cookieconsent 3\.1\.0: a file of its own came uncompressed in 2 of 3 visits \(first-4x\)/);
});

test('--readme rewrites the block between the bench markers and nothing else', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-bench-readme-'));
  try {
    const file = join(dir, 'README.md');
    writeFileSync(file, '# Title\n\nbefore\n<!-- bench:start -->\nold table\n<!-- bench:end -->\nafter\n');
    assert.equal(updateReadme('| new | table |', file), true);
    assert.equal(
      readFileSync(file, 'utf8'),
      '# Title\n\nbefore\n<!-- bench:start -->\n| new | table |\n<!-- bench:end -->\nafter\n',
    );
    writeFileSync(file, 'no markers here\n');
    assert.equal(updateReadme('| new | table |', file), false);
    assert.equal(readFileSync(file, 'utf8'), 'no markers here\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
