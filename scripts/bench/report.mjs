// The bench's figures: the samples of every phase summarised per widget (medians and spreads),
// main-thread figures as differences from the page without a widget measured in the same round.
import { WIDGETS } from './variants.mjs';

/**
 * What each kind of visit reports. `absolute`: read as measured. `overBaseline`: the same
 * round's baseline page subtracted (a figure attributable to the widget).
 */
const FIGURES = {
  first: {
    absolute: {
      banner: (r) => r.banner,
      laidOut: (r) => r.laidOut,
      fcp: (r) => r.fcp,
      cls: (r) => r.cls,
      bytes: (r) => r.bytes?.gzip,
      bytesUntilButtons: (r) => r.bytesUntilButtons?.gzip,
    },
    overBaseline: ['script', 'task', 'longTaskTime', 'tbt'],
  },
  returning: {
    absolute: { ran: (r) => r.ran, bytes: (r) => r.bytes?.gzip },
    overBaseline: ['script', 'longTasks', 'longTaskTime'],
  },
};

/**
 * `samples`: { [phase key]: { [variant]: results of the rounds, in order } }; `phases`: the
 * phase definitions ({ key, visit: 'first' | 'returning' }). Returns, per phase and widget,
 * { ok, failed, reason, files (every widget file any run fetched), uncompressed (runs with a
 * widget file not sent gzip), bannerShown (returning visits that showed the banner), …stats
 * per figure }.
 */
export function summarise(samples, phases) {
  const result = {};
  for (const { key, visit } of phases) {
    const byName = samples[key];
    if (!byName) continue;
    result[key] = {};
    for (const name of WIDGETS) {
      const runs = byName[name] ?? [];
      const ok = runs.filter((r) => !r.error);
      const summary = {
        ok: ok.length,
        failed: runs.length - ok.length,
        reason: ok.length ? null : reasonOf(runs),
        files: [...new Set(ok.flatMap((r) => r.bytes?.files ?? []))],
        uncompressed: ok.filter((r) => r.bytes && !r.bytes.compressed).length,
      };
      for (const [figure, read] of Object.entries(FIGURES[visit].absolute)) summary[figure] = stats(ok.map(read));
      for (const figure of FIGURES[visit].overBaseline) summary[figure] = stats(differences(runs, byName.baseline, figure));
      if (visit === 'returning') summary.bannerShown = ok.filter((r) => r.bannerShown).length;
      result[key][name] = summary;
    }
  }
  return result;
}

/** Per-round differences from the baseline page of the same round. */
export function differences(runs, base, key) {
  return runs.flatMap((r, i) =>
    r.error || !base?.[i] || base[i].error || r[key] == null || base[i][key] == null ? [] : [r[key] - base[i][key]],
  );
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

/** The most frequent error of a variant's runs, for a cell that has no figure. */
function reasonOf(runs) {
  const counts = new Map();
  for (const r of runs) if (r.error) counts.set(r.error, (counts.get(r.error) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? top[0] : 'no runs';
}

/**
 * What a reader of the table must know about this run: a variant that misbehaved, a build that
 * changed, files not sent compressed, a busy machine, requests that left loopback. `run`:
 * { distChanged, loadAverage: { start, end }, cpuCount, offsite: string[] }.
 */
export function notesOf(result, labels, run) {
  const notes = [];
  if (run.distChanged) notes.push('dist/ changed while the benchmark ran (rebuilt): figures may mix two builds.');
  for (const [phase, byName] of Object.entries(result))
    for (const [name, r] of Object.entries(byName)) {
      if (r.bannerShown)
        notes.push(
          `${labels[name]} showed its banner on ${r.bannerShown} of ${r.ok} returning visits (${phase}): the stored decision was not read.`,
        );
      if (r.uncompressed)
        notes.push(`${labels[name]}: a file of its own came uncompressed in ${r.uncompressed} of ${r.ok} visits (${phase}).`);
    }
  const stampedFirstVisits = Object.entries(result).filter(([phase]) => phase.startsWith('first'));
  if (stampedFirstVisits.some(([, byName]) => byName.samtykke?.files.some((f) => f.includes('samtykke-decide'))))
    notes.push('samtykke (stamped) fetched the validator (samtykke-decide.mjs) on a first visit: its stamp was not trusted.');
  const { start, end } = run.loadAverage;
  if (Math.max(start, end) > run.cpuCount)
    notes.push(
      `the machine was busy (1-minute load average ${start.toFixed(2)} before, ${end.toFixed(2)} after, on ${run.cpuCount} CPUs): times are noisy; compare the ratios, and run again on a quiet machine before quoting milliseconds.`,
    );
  if (run.offsite.length)
    notes.push(`requests to hosts other than 127.0.0.1 were attempted (and failed): ${run.offsite.slice(0, 5).join(', ')}`);
  return notes;
}
