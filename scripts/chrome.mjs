// Finds the Chromium the browser tests drive: CHROME_PATH, else Debian's /usr/bin/chromium,
// else other usual places. Never downloads a browser (this machine's network cannot).
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export function findChrome() {
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`): the same Blink, V8 and network
 * stack as the browser, without its windowing and UI layers; it is what Playwright itself drives
 * for headless runs. Here it runs the same end-to-end test files in about half the CPU time of the
 * full browser (test/e2e/declaration + autoblock: 35 s against 64 s, alternated on one machine).
 */
export const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/headless_shell'];

/**
 * The Chromium a test run drives: CHROME_PATH when set; else, headless, the headless shell where
 * it is installed; else the full browser (findChrome). Headed runs (SAMTYKKE_HEADED) need the
 * full browser's window. The benchmarks and pictures keep the full browser (findChrome): they
 * measure and show what visitors run.
 */
export function findTestChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const shell = debugLaunchOptions().headless ? HEADLESS_SHELLS.find((p) => existsSync(p)) : undefined;
  return shell ?? findChrome();
}

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error('samtykke: no Chromium found. Set CHROME_PATH, or on Debian/Ubuntu run: sudo apt-get install -y chromium');
    process.exit(1);
  }
  return path;
}

/**
 * How the tests' browsers start: headless unless SAMTYKKE_HEADED=1 (a window to watch), and with
 * SLOWMO=ms each browser action delayed by that many milliseconds (to follow what a test does).
 * Every launch helper in test/ spreads these into chromium.launch().
 */
export function debugLaunchOptions() {
  const headed = ['1', 'true', 'yes'].includes(String(process.env.SAMTYKKE_HEADED ?? '').toLowerCase());
  const slowMo = Number(process.env.SLOWMO) || undefined;
  return { headless: !headed, slowMo };
}
