// The bench's figures: medians per variant, ratios against vanilla-cookieconsent, the table for
// the terminal and docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WIDGETS, root } from './variants.mjs';

/** Medians and spreads of every metric, per phase, CPU rate and widget. */
export function summarise({ first, returning }) {
  const result = { first: {}, returning: {} };
  for (const [rate, byName] of Object.entries(first)) {
    const base = byName.baseline;
    result.first[rate] = {};
    for (const name of WIDGETS) {
      const runs = byName[name];
      const ok = runs.filter((r) => !r.error);
      result.first[rate][name] = {
        ok: ok.length,
        failed: runs.length - ok.length,
        reason: ok.length ? null : reasonOf(runs),
        banner: stats(ok.map((r) => r.banner)),
        laidOut: stats(ok.map((r) => r.laidOut)),
        fcp: stats(ok.map((r) => r.fcp)),
        cls: stats(ok.map((r) => r.cls)),
        script: stats(differences(runs, base, 'script')),
        task: stats(differences(runs, base, 'task')),
        tbt: stats(differences(runs, base, 'tbt')),
        bytes: stats(ok.map((r) => r.bytes?.gzip)),
        files: ok[0]?.bytes?.files ?? [],
        pageErrors: [...new Set(runs.flatMap((r) => r.pageErrors ?? []))].slice(0, 3),
      };
    }
  }
  for (const [rate, byName] of Object.entries(returning)) {
    const base = byName.baseline;
    result.returning[rate] = {};
    for (const name of WIDGETS) {
      const runs = byName[name];
      const ok = runs.filter((r) => !r.error);
      result.returning[rate][name] = {
        ok: ok.length,
        failed: runs.length - ok.length,
        reason: ok.length ? null : reasonOf(runs),
        ran: stats(ok.map((r) => r.ran)),
        script: stats(differences(runs, base, 'script')),
        longTasks: stats(differences(runs, base, 'longTasks')),
        longestTask: stats(ok.map((r) => r.longestTask)),
        bytes: stats(ok.map((r) => r.bytes?.gzip)),
        files: ok[0]?.bytes?.files ?? [],
        bannerShown: ok.filter((r) => r.bannerShown).length,
      };
    }
  }
  return result;
}

/** Per-round differences from the baseline page of the same round. */
function differences(runs, base, key) {
  return runs.flatMap((r, i) =>
    r.error || !base?.[i] || base[i].error || r[key] == null || base[i][key] == null ? [] : [r[key] - base[i][key]],
  );
}

/** The comparison table: rows of medians, and each widget's ratio to vanilla-cookieconsent. */
export function buildTable(result, meta) {
  const footnotes = [];
  const notAvailable = (reason) => {
    let index = footnotes.indexOf(reason);
    if (index < 0) index = footnotes.push(reason) - 1;
    return `n/a [${index + 1}]`;
  };
  const cell = (phase, rate, key, format) => (name) => {
    const r = result[phase][rate][name];
    if (!r.ok) return { text: notAvailable(r.reason) };
    const s = r[key];
    if (!s) return { text: notAvailable('no sample') };
    return { v: s.median, text: format(s.median) + (r.failed ? ` (${r.ok}/${r.ok + r.failed})` : '') };
  };
  const first = (rate, key, format = fmtMs) => cell('first', rate, key, format);
  const returning = (rate, key, format = fmtMs) => cell('returning', rate, key, format);
  const count = (x) => x.toFixed(1);
  const specs = [
    ['Bytes fetched, first visit until idle (gzip -9)', first('1x', 'bytes', fmtBytes)],
    ['Bytes fetched, returning visitor (gzip -9)', returning('1x', 'bytes', fmtBytes)],
    ['First visit: banner buttons painted (1× CPU)', first('1x', 'banner')],
    ['First visit: banner buttons painted (4× CPU)', first('4x', 'banner')],
    ['First visit: banner buttons in the layout, shown or not (4× CPU)', first('4x', 'laidOut')],
    ['First visit: article first contentful paint (4× CPU)', first('4x', 'fcp')],
    ['First visit: script evaluation over baseline (4× CPU)', first('4x', 'script')],
    ['First visit: all tasks over baseline (4× CPU)', first('4x', 'task')],
    ['First visit: long-task blocking time over baseline (4× CPU)', first('4x', 'tbt')],
    ['First visit: Cumulative Layout Shift', first('1x', 'cls', (x) => x.toFixed(3))],
    ['Returning visitor: consented script runs (1× CPU)', returning('1x', 'ran')],
    ['Returning visitor: consented script runs (4× CPU)', returning('4x', 'ran')],
    ['Returning visitor: script evaluation over baseline (4× CPU)', returning('4x', 'script')],
    ['Returning visitor: tasks over 50 ms, over baseline (4× CPU)', returning('4x', 'longTasks', count)],
  ];
  const ratio = (a, b) => (a?.v == null || b?.v == null || b.v === 0 ? '—' : (a.v / b.v).toFixed(2));
  const rows = specs.map(([metric, f]) => {
    const cells = Object.fromEntries(WIDGETS.map((name) => [name, f(name)]));
    return {
      metric,
      ...Object.fromEntries(WIDGETS.map((name) => [name, cells[name].text])),
      'samtykke ÷ vcc': ratio(cells.samtykke, cells.vcc),
      values: Object.fromEntries(WIDGETS.map((name) => [name, cells[name].v ?? null])),
    };
  });
  const head = ['metric (median)', 'samtykke', 'vanilla-cookieconsent 3.1.0', 'klaro 0.7.22', 'samtykke ÷ vcc'];
  const body = rows.map((r) => [r.metric, r.samtykke, r.vcc, r.klaro, r['samtykke ÷ vcc']]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`;
  const tableLines = [line(head), rule, ...body.map(line)];
  const footnoteLines = footnotes.map((f, i) => `[${i + 1}] ${f}`);
  const context =
    `Chromium ${meta.chromium} headless, ${meta.cpus}, median of ${meta.runs} alternating runs per figure; ` +
    `\`npm run bench\`, ${meta.date.slice(0, 10)}${meta.commit ? `, commit ${meta.commit.slice(0, 7)}` : ''}, ` +
    `load average ${meta.loadAverage.start.toFixed(1)} at the start and ${meta.loadAverage.end.toFixed(1)} at the end. ` +
    'Times are ms from navigation start; "painted" = the first frame after the accept button is in the layout and not hidden ' +
    '(visibility, opacity 0); main-thread figures are differences from the same page without a widget. Bytes: every file of the ' +
    "widget's own the page fetched (from the network or the HTTP cache), each compressed on its own with gzip -9; the notice or " +
    'configuration itself is not counted for any widget.';
  const text = [...tableLines, ...footnoteLines, '', context].join('\n');
  const notes = meta.notes.map((n) => `Note: ${n}`);
  const markdown = [
    ...tableLines,
    '',
    ...(footnoteLines.length ? [...footnoteLines.map((f) => `${f}  `), ''] : []),
    context,
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
  return { rows, text, markdown };
}

/** Rewrites the comparison table between its bench markers in docs/benchmarks.md (moved there from the README). */
export function updateReadme(markdown) {
  const file = join(root, 'docs/benchmarks.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) {
    console.log(
      `\nbench: --readme: docs/benchmarks.md has no ${start} … ${end} markers; the table above was not written into it.`,
    );
    return;
  }
  writeFileSync(file, `${text.slice(0, i + start.length)}\n${markdown}\n${text.slice(j)}`);
  console.log('bench: docs/benchmarks.md comparison table regenerated');
}

/** Median, quartiles and extremes of the finite numbers in `values`, or null if there are none. */
export function stats(values) {
  const sorted = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const quantile = (p) => {
    const i = (sorted.length - 1) * p;
    const low = Math.floor(i);
    return sorted[low] + (sorted[Math.ceil(i)] - sorted[low]) * (i - low);
  };
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    median: round(quantile(0.5)),
    p25: round(quantile(0.25)),
    p75: round(quantile(0.75)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    samples: sorted.map(round),
  };
}

function reasonOf(runs) {
  const counts = new Map();
  for (const r of runs) if (r.error) counts.set(r.error, (counts.get(r.error) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? top[0] : 'no runs';
}

export const fmtMs = (x) => (x == null ? '—' : `${x.toFixed(1)} ms`);
export const fmtBytes = (x) => `${Math.round(x).toLocaleString('en-US')} B`;
