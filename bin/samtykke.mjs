#!/usr/bin/env node
// `npx samtykke audit <url> [--out DIR] [--pages N] [--json] [--junit FILE]` (src/audit/cli.ts),
// `npx samtykke expand notice.json [--out FILE]` (src/tools/expand.ts: presets → full services),
// `npx samtykke scan <url> [--pages N] [--out notice.draft.json]` (src/audit/scan-cli.ts).
// Finds Chromium with scripts/chrome.mjs (CHROME_PATH first) and runs the compiled audit
// (tsc -p tsconfig.audit.json → dist/audit-build). Exit code: 0 no findings, 1 findings,
// 2 usage or run error.
import { findChrome, chromeArgs } from '../scripts/chrome.mjs';

let cli;
try {
  const tools = { expand: 'tools/expand.js', scan: 'audit/scan-cli.js' };
  const tool = Object.hasOwn(tools, process.argv[2] ?? '') ? tools[process.argv[2]] : 'audit/cli.js';
  cli = await import(`../dist/audit-build/${tool}`);
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  console.error('samtykke: the command-line tools are not built yet: run `npx tsc -p tsconfig.audit.json` (or `npm run build`)');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2), { findChrome, chromeArgs });
