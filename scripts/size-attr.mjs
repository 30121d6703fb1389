#!/usr/bin/env node
// Where a file's bytes come from: builds it in memory with the project's rollup config and a
// source map, attributes each minified character to its source file, and prints per source
// file the minified characters and the gzip -9 size of that file's slices alone (a file's real
// share of the whole file's gzip is smaller, since gzip also finds repeats across sources).
//
//   node scripts/size-attr.mjs [dist/samtykke.js | dist/samtykke-ui.mjs | dist/samtykke-decide.mjs | …]
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { basename } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import configs from '../rollup.config.mjs';

const wanted = process.argv[2] ?? 'dist/samtykke.js';

/** The built chunk called `wanted`, from whichever rollup config produces it. */
async function build() {
  for (const config of configs) {
    for (const output of [config.output].flat()) {
      const single = output.file === wanted;
      if (!single && !(output.dir && wanted.startsWith(`${output.dir}/`))) continue;
      const bundle = await rollup({
        input: config.input,
        plugins: config.plugins,
        preserveEntrySignatures: config.preserveEntrySignatures,
      });
      const { output: chunks } = await bundle.generate({ ...output, sourcemap: true });
      const chunk = single ? chunks[0] : chunks.find((c) => c.fileName === wanted.slice(output.dir.length + 1));
      if (chunk?.type === 'chunk') return chunk; // not an asset: only chunks have code and a map
    }
  }
  throw new Error(`no rollup output is called ${wanted}`);
}

const chunk = await build();
// rollup's map is version 3 (its type says only `number`).
const map = new TraceMap(/** @type {import('@jridgewell/trace-mapping').EncodedSourceMap} */ (chunk.map));
const slicesBySource = {};
chunk.code.split('\n').forEach((line, lineIndex) => {
  let current = null;
  let start = 0;
  const flush = (end) => {
    if (end > start) (slicesBySource[current] ??= []).push(line.slice(start, end));
  };
  for (let column = 0; column < line.length; column++) {
    const position = originalPositionFor(map, { line: lineIndex + 1, column });
    const source = position.source
      ? position.source.replace(/.*node_modules\//, 'nm:').replace(/.*\/src\//, 'src/')
      : (current ?? '?');
    if (source !== current) {
      flush(column);
      current = source;
      start = column;
    }
  }
  flush(line.length);
});
const rows = Object.entries(slicesBySource)
  .map(([source, slices]) => {
    const text = slices.join('');
    return { source, characters: text.length, gzip: gzipSync(text, { level: 9 }).length };
  })
  .sort((a, b) => b.characters - a.characters);
let separate = 0;
for (const row of rows) {
  separate += row.gzip;
  console.log(row.source.padEnd(56), String(row.characters).padStart(7), String(row.gzip).padStart(7));
}
console.log(
  `${basename(wanted)}: ${chunk.code.length} characters, gzip -9 ${gzipSync(chunk.code, { level: 9 }).length} B (sum of separate gzips ${separate} B)`,
);
