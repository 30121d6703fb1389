// samtykke/react and gates under React 19 in Chromium: the test app (test/package/app) built
// with Vite against this repository's dist/ (`npm run build` first), then driven by
// scenario.mjs: hooks, <ConsentGate>, placeholders, unmount and remount with no error.
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkApp } from './scenario.mjs';

const repo = new URL('../..', import.meta.url).pathname;

test('a React 19 app: hooks, gate, placeholders, unmount and remount, one run per mount, no error', async () => {
  const out = mkdtempSync(join(tmpdir(), 'samtykke-react-'));
  try {
    execFileSync(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build'], {
      cwd: join(repo, 'test/package/app'),
      env: { ...process.env, SAMTYKKE_FROM_REPO: '1', SAMTYKKE_OUT_DIR: out },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await checkApp(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
