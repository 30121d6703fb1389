// One Chromium per test run instead of one per test file. `npm test` (scripts/test/run-files.mjs)
// starts a browser server for each kind below and hands its address to every test file it runs,
// in an environment variable; a test file's helper then connects to it rather than launching a
// browser of its own. Each file still makes its own contexts (cookies, storage, routes, caches are
// per context), and closing a connected browser only closes that file's contexts and
// disconnects, so files share the process, not state. A file run alone (`node --test file`), or
// headed and slowed down (SAMTYKKE_HEADED, SLOWMO), launches its own browser as before.
//
// Why: a launch and its close cost one to two seconds of a loaded two-core machine's time, paid
// by some sixty files per run.
import { chromium } from 'playwright-core';
import { chromeArgs, debugLaunchOptions, findTestChrome } from '../chrome.mjs';

/** The kinds of browser the tests start: their launch arguments and the variable naming the server. */
const KINDS = {
  /** As chromeArgs say: the e2e, studio, receiver console and package tests. */
  plain: { variable: 'SAMTYKKE_TEST_BROWSER', args: chromeArgs },
  /** Every host but loopback resolves to nothing: the audit and scan tests (nothing leaves the machine). */
  offline: {
    variable: 'SAMTYKKE_TEST_OFFLINE_BROWSER',
    args: [...chromeArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  },
};

/** Whether the run asked to watch the browser (headed or slowed down): then each file launches its own. */
function debugging() {
  const options = debugLaunchOptions();
  return !options.headless || options.slowMo !== undefined;
}

/**
 * A browser of `kind` for a test file: the run's shared one when the runner started it, else a
 * new launch. Close it with `browser.close()` either way (for a shared one that closes only this
 * file's contexts).
 */
export async function testBrowser(kind = 'plain') {
  const { variable, args } = KINDS[kind];
  const endpoint = process.env[variable];
  if (endpoint && !debugging()) return chromium.connect(endpoint);
  const executablePath = findTestChrome();
  if (!executablePath) throw new Error('no Chromium: set CHROME_PATH or install chromium');
  return chromium.launch({ executablePath, args, ...debugLaunchOptions() });
}

/**
 * Starts one browser server per kind for the files of a run. Resolves { env, close }: `env` holds
 * the variables to give each file's process, `close()` stops the servers. With no Chromium, or
 * while debugging, nothing is started and `env` is empty (each file launches its own).
 */
export async function startSharedBrowsers() {
  const executablePath = findTestChrome();
  if (!executablePath || debugging()) return { env: {}, close: async () => undefined };
  const servers = await Promise.all(
    Object.values(KINDS).map(async ({ variable, args }) => ({
      variable,
      // No signal handlers of Playwright's: they would keep this process alive on Ctrl-C or a
      // CI's SIGTERM (starting the next file); the browser ends with it, its pipe closed.
      server: await chromium.launchServer({
        executablePath,
        args,
        headless: true,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      }),
    })),
  );
  return {
    env: Object.fromEntries(servers.map(({ variable, server }) => [variable, server.wsEndpoint()])),
    close: () => Promise.all(servers.map(({ server }) => server.close())),
  };
}
