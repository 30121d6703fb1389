// The bench's table for the terminal and the README: one row per figure, a column per widget,
// samtykke's ratio to vanilla-cookieconsent 3.1.0, the target of issue 24 beside it and whether
// it is met, then the machine's load, CPUs and Chromium under it.
import { readFileSync, writeFileSync } from 'node:fs';
import { WIDGETS } from './variants.mjs';
import { SLOW_4G } from './conditions.mjs';

const FIRST_4X = 'first-4x';
const FIRST_SLOW = 'first-4x-slow4g';
const RETURNING_4X = 'returning-4x';
const RETURNING_SLOW = 'returning-4x-slow4g';

/**
 * The rows. `target`: the most samtykke ÷ vanilla-cookieconsent may be (issue 24 point 7, and
 * point 6's "first visit ≤ vanilla-cookieconsent" for the bytes). The targeted rows come first.
 */
export const ROWS = [
  { metric: 'First visit: buttons visible (4× CPU + "Slow 4G")', phase: FIRST_SLOW, figure: 'banner', target: 0.8 },
  { metric: 'First visit: script time over baseline (4× CPU)', phase: FIRST_4X, figure: 'script', target: 1 },
  { metric: 'First visit: long-task time over baseline (4× CPU)', phase: FIRST_4X, figure: 'longTaskTime', target: 1 },
  {
    metric: 'Returning visitor: consented script starts (4× CPU + "Slow 4G")',
    phase: RETURNING_SLOW,
    figure: 'ran',
    target: 0.8,
  },
  {
    metric: 'First visit: bytes fetched until the buttons show (gzip)',
    phase: FIRST_SLOW,
    figure: 'bytesUntilButtons',
    format: 'bytes',
    target: 1,
  },
  { metric: 'First visit: bytes fetched until idle (gzip)', phase: FIRST_4X, figure: 'bytes', format: 'bytes' },
  { metric: 'Returning visitor: bytes, from the HTTP cache (gzip)', phase: RETURNING_4X, figure: 'bytes', format: 'bytes' },
  { metric: 'First visit: buttons visible (4× CPU)', phase: FIRST_4X, figure: 'banner' },
  { metric: 'First visit: buttons in the layout, shown or not (4× CPU + "Slow 4G")', phase: FIRST_SLOW, figure: 'laidOut' },
  { metric: 'First visit: article first contentful paint (4× CPU + "Slow 4G")', phase: FIRST_SLOW, figure: 'fcp' },
  { metric: 'First visit: all tasks over baseline (4× CPU)', phase: FIRST_4X, figure: 'task' },
  { metric: 'First visit: long-task blocking time over baseline (4× CPU)', phase: FIRST_4X, figure: 'tbt' },
  { metric: 'First visit: Cumulative Layout Shift (4× CPU)', phase: FIRST_4X, figure: 'cls', format: 'cls' },
  { metric: 'Returning visitor: consented script starts (4× CPU)', phase: RETURNING_4X, figure: 'ran' },
  { metric: 'Returning visitor: script time over baseline (4× CPU)', phase: RETURNING_4X, figure: 'script' },
  { metric: 'Returning visitor: long-task time over baseline (4× CPU)', phase: RETURNING_4X, figure: 'longTaskTime' },
];

const COLUMNS = {
  samtykke: 'samtykke (stamped)',
  samtykkePreloaded: 'samtykke (stamped, preload links)',
  samtykkeUnstamped: 'samtykke (unstamped)',
  vcc: 'vanilla-cookieconsent 3.1.0',
  klaro: 'klaro 0.7.22',
};

const FORMATS = {
  ms: (x) => `${x.toFixed(1)} ms`,
  bytes: (x) => `${Math.round(x).toLocaleString('en-US')} B`,
  cls: (x) => x.toFixed(3),
};

/**
 * a ÷ b rounded to two decimals, as the table shows it; null when either is missing or b is not
 * positive (a difference from the baseline can be zero or negative: no ratio says anything then).
 */
export function ratioOf(a, b) {
  if (a == null || b == null || !(b > 0)) return null;
  return Math.round((a / b) * 100) / 100;
}

/** 'yes' when the ratio shown is at most the target, 'no' when above, '—' without a ratio. */
export function verdict(ratio, target) {
  if (target == null || ratio == null) return '—';
  return ratio <= target ? 'yes' : 'no';
}

/**
 * The table's rows with their texts, and the table as terminal text and as README markdown.
 * `result`: summarise()'s; `meta`: { chromium, cpus, cpuCount, runs, date, commit, protocol,
 * loadAverage: { start, end }, notes }.
 */
export function buildTable(result, meta) {
  const footnotes = [];
  const footnote = (reason) => {
    let index = footnotes.indexOf(reason);
    if (index < 0) index = footnotes.push(reason) - 1;
    return `n/a [${index + 1}]`;
  };
  const cell = (row, name) => {
    const r = result[row.phase]?.[name];
    if (!r) return { value: null, text: footnote('phase not measured') };
    if (!r.ok) return { value: null, text: footnote(r.reason) };
    const s = r[row.figure];
    if (!s) return { value: null, text: footnote('no sample') };
    const text = FORMATS[row.format ?? 'ms'](s.median) + (r.failed ? ` (${r.ok}/${r.ok + r.failed})` : '');
    return { value: s.median, text };
  };
  const rows = ROWS.map((row) => {
    const cells = Object.fromEntries(WIDGETS.map((name) => [name, cell(row, name)]));
    const ratio = ratioOf(cells.samtykke.value, cells.vcc.value);
    const preloadedRatio = ratioOf(cells.samtykkePreloaded.value, cells.vcc.value);
    const unstampedRatio = ratioOf(cells.samtykkeUnstamped.value, cells.vcc.value);
    return {
      metric: row.metric,
      cells: Object.fromEntries(WIDGETS.map((name) => [name, cells[name].text])),
      values: Object.fromEntries(WIDGETS.map((name) => [name, cells[name].value])),
      ratio,
      preloadedRatio,
      unstampedRatio,
      target: row.target ?? null,
      met: verdict(ratio, row.target),
    };
  });
  const times = (x) => (x == null ? '—' : `${x.toFixed(2)}×`);
  const head = [
    'metric (median)',
    ...WIDGETS.map((name) => COLUMNS[name]),
    'samtykke ÷ vcc',
    'preload links ÷ vcc',
    'unstamped ÷ vcc',
    'target',
    'met',
  ];
  const body = rows.map((r) => [
    r.metric,
    ...WIDGETS.map((name) => r.cells[name]),
    times(r.ratio),
    times(r.preloadedRatio),
    times(r.unstampedRatio),
    r.target == null ? '' : `≤ ${r.target.toFixed(1)}×`,
    r.target == null ? '' : r.met,
  ]);
  const tableLines = alignedTable(head, body);
  const targeted = rows.filter((r) => r.target != null);
  const summary = `Targets (samtykke with its stamped notice ÷ vanilla-cookieconsent): ${targeted.filter((r) => r.met === 'yes').length} of ${targeted.length} met.`;
  const footnoteLines = footnotes.map((f, i) => `[${i + 1}] ${f}`);
  const context = contextOf(meta);
  const notes = meta.notes.map((n) => `Note: ${n}`);
  const text = [...tableLines, ...footnoteLines, '', summary, '', context].join('\n');
  const markdown = [
    ...tableLines,
    '',
    ...(footnoteLines.length ? [...footnoteLines.map((f) => `${f}  `), ''] : []),
    summary,
    '',
    context,
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
  return { rows, text, markdown };
}

/** A markdown table with its columns padded (the first left-aligned, the others right). */
function alignedTable(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`;
  return [line(head), rule, ...body.map(line)];
}

/** The paragraph under the table: the machine, its load, the conditions and how to read them. */
export function contextOf(meta) {
  return (
    `Chromium ${meta.chromium} headless, ${meta.cpus}; median of ${meta.runs} runs per figure, the widgets alternating ` +
    `round by round, each round starting with the next; \`npm run bench\`, ${meta.date.slice(0, 10)}${meta.commit ? `, commit ${meta.commit.slice(0, 7)}` : ''}; ` +
    `load average (1 minute) ${meta.loadAverage.start.toFixed(2)} before and ${meta.loadAverage.end.toFixed(2)} after, ` +
    `on ${meta.cpuCount} CPU${meta.cpuCount === 1 ? '' : 's'}. ` +
    `Every file is served gzip (Content-Encoding: gzip, compressed at level 9), over ${meta.protocol}. ` +
    '"4× CPU": CDP Emulation.setCPUThrottlingRate 4; ' +
    `"Slow 4G": Chrome DevTools' preset (${SLOW_4G.latency} ms added to each request, its 150 ms round trip × 3.75 as DevTools applies it; ` +
    `${mbits(SLOW_4G.downloadThroughput)} Mbit/s down, ${mbits(SLOW_4G.uploadThroughput)} Mbit/s up). ` +
    'samtykke (stamped) carries its notice as `samtykke validate --stamp` writes it; ' +
    "samtykke (stamped, preload links) the same, with docs/site-owner.md's optional modulepreload links in <head>; " +
    'samtykke (unstamped) the same notice as written, validated in the browser. Times are ms from navigation start; ' +
    '"visible" = the first frame after the accept button is in the layout and not hidden (visibility, opacity 0); ' +
    'script and long-task times are differences from the same page without a widget, measured in the same round. ' +
    "Bytes: the widget's own files as sent (gzip), the notice or configuration itself not counted for any widget; " +
    '"until the buttons show" counts what the page had requested by then. Ratios and targets compare medians.'
  );
}

const mbits = (bytesPerSecond) => String((bytesPerSecond * 8) / 1e6);

/**
 * Rewrites `file` (docs/benchmarks.md) between its bench markers, and nothing else; false (with the
 * reason printed) when the markers are missing.
 */
export function updateReadme(markdown, file) {
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) {
    console.log(`\nbench: --readme: ${file} has no ${start} … ${end} markers; the table above was not written into it.`);
    return false;
  }
  writeFileSync(file, `${text.slice(0, i + start.length)}\n${markdown}\n${text.slice(j)}`);
  console.log(`bench: the comparison table in ${file} regenerated`);
  return true;
}
