#!/usr/bin/env node
// Where a bundle's bytes come from: builds it in memory with the project's rollup config and a
// source map, attributes each minified character to its source file, and prints per file the
// minified characters and the gzip -9 size of that file's slices alone (a file's real share of
// the whole bundle's gzip is smaller, since gzip also finds repeats across files).
// `node scripts/size-attr.mjs [dist/samtykke.js|dist/samtykke-guard.js|dist/samtykke.mjs]`
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import cfgs from '../rollup.config.mjs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
const which = process.argv[2] ?? 'dist/samtykke.js';
const cfg = cfgs.find((c) => [c.output].flat().some((o) => o.file === which));
const outputOptions = [cfg.output].flat().find((o) => o.file === which);
const b = await rollup({ input: cfg.input, plugins: cfg.plugins });
const { output } = await b.generate({ ...outputOptions, sourcemap: true });
const code = output[0].code, map = new TraceMap(output[0].map);
const lines = code.split('\n'); const per = {};
const all = gzipSync(code, { level: 9 }).length;
for (let l = 0; l < lines.length; l++) { const s = lines[l];
  let cur = null, start = 0;
  const flush = (end) => { if (end > start) { (per[cur] ??= []).push(s.slice(start, end)); } };
  for (let c = 0; c < s.length; c++) {
    const p = originalPositionFor(map, { line: l + 1, column: c });
    const src = p.source ? p.source.replace(/.*node_modules\//, 'nm:').replace(/.*\/src\//, 'src/') : cur ?? '?';
    if (src !== cur) { flush(c); cur = src; start = c; }
  }
  flush(s.length);
}
const rows = Object.entries(per).map(([k, v]) => { const t = v.join(''); return [k, t.length, gzipSync(t, { level: 9 }).length]; }).sort((a, b) => b[1] - a[1]);
let sg = 0; for (const r of rows) { sg += r[2]; console.log(r[0].padEnd(50), String(r[1]).padStart(7), String(r[2]).padStart(7)); }
console.log('total raw', code.length, 'gzip', all, 'sum of separate gzips', sg);
