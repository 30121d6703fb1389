#!/usr/bin/env node
// `npx samtykke audit <url> [--out DIR] [--pages N] [--json] [--junit FILE]` (src/audit/cli.ts),
// `npx samtykke scan <url> [--pages N] [--out notice.draft.json]` (src/scan/cli.ts),
// `npx samtykke expand notice.json [--out FILE]` (src/catalogue/expand.ts: presets → full services),
// `npx samtykke validate notice.json […]` (src/cli/validate.ts: the notice's errors and warnings),
// `npx samtykke studio [--port N]` (src/cli/studio.ts, src/studio/server.mjs: serves samtykke studio on 127.0.0.1),
// `npx samtykke --help` (the list below; each command's own --help gives its options).
// The audit and the scan find Chromium with scripts/chrome.mjs (CHROME_PATH first). All run
// compiled (tsc -p tsconfig.audit.json → dist/audit-build). Exit code: 0 no findings (valid),
// 1 findings (errors), 2 usage or run error.
import { readFileSync, writeFileSync } from 'node:fs';

/** A compiled tool from dist/audit-build, or exit 2 with how to build it. */
async function load(path) {
  try {
    return await import(path);
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    // An optional package the tool needs (playwright-core for audit and scan) is not installed.
    const missing = /Cannot find package '([^']+)'/.exec(e.message)?.[1];
    if (missing) {
      console.error(
        `samtykke: this command needs the "${missing}" package, which is not installed: run \`npm install --save-dev ${missing}\``,
      );
      process.exit(2);
    }
    console.error(
      'samtykke: the command-line tools are not built yet: run `npx tsc -p tsconfig.audit.json` (or `npm run build`)',
    );
    process.exit(2);
  }
}

/** Every command this bin dispatches, one line each: what `npx samtykke --help` prints. */
const HELP = `Usage: npx samtykke <command> [options]   (npx samtykke <command> --help for its options)

Commands:
  validate notice.json   check a notice: its errors and warnings, exit 1 on errors (--stamp writes the stamp)
  expand notice.json     write each service's catalogue preset out in full
  studio                 build and preview a notice in your browser (serves 127.0.0.1)
  scan <url>             crawl a site before samtykke and draft its notice (needs playwright-core)
  audit <url>            check a site that runs samtykke, scenario by scenario (needs playwright-core)

The proof receiver is its own command: npx samtykke-receiver --help
`;

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  // With no command at all it is a usage error (exit 2), as the tools' own parsers treat one.
  (command ? process.stdout : process.stderr).write(HELP);
  process.exitCode = command ? 0 : 2;
} else if (command === 'validate') {
  const tool = await load('../dist/audit-build/cli/validate.js');
  process.exitCode = await tool.main(rest, {
    readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'), // 0: standard input
    writeFile: (path, text) => writeFileSync(path, text),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
} else if (command === 'studio') {
  const studio = await load('../dist/studio-server.mjs');
  const cli = await load('../dist/audit-build/cli/studio.js');
  process.exitCode = await cli.main(rest, { serve: studio.serve, out: console.log, err: console.error });
} else {
  const { findChrome, chromeArgs } = await import('../scripts/chrome.mjs');
  const tools = { expand: 'catalogue/expand.js', scan: 'scan/cli.js' };
  const tool = Object.hasOwn(tools, command ?? '') ? tools[command] : 'audit/cli.js';
  const cli = await load(`../dist/audit-build/${tool}`);
  process.exitCode = await cli.main(process.argv.slice(2), { findChrome, chromeArgs });
}
