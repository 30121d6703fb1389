// End-to-end harness: serves the repository on loopback (so pages load the BUILT
// /dist/samtykke.js), collects receipts at /consent-proofs, and drives system Chromium with
// playwright-core. Every third-party request is intercepted: nothing leaves the machine.
import { basename, join } from 'node:path';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { testBrowser } from '../../scripts/test/browser.mjs';
import { ensureBuilt } from '../../scripts/built.mjs';

// The pages load dist/: build it first when the sources changed since the last build.
await ensureBuilt();

/**
 * The repository on loopback, with receipts collected at /consent-proofs.
 * @param {{
 *   proofStatus?: (attempt: number) => number | 'hang' | Promise<number | 'hang'>,
 *   headers?: (path: string) => Record<string, string>,
 * }} [options] `proofStatus`: the status of each delivery attempt ('hang': never answered);
 *   `headers`: extra response headers per path.
 */
export async function startServer({ proofStatus = () => 201, headers } = {}) {
  const receipts = [];
  const attempts = [];
  const server = createStaticServer({
    root: new URL('../..', import.meta.url).pathname,
    headers,
    async handle(req, res, url) {
      if (url.pathname !== '/consent-proofs') return false;
      let body = '';
      for await (const chunk of req) body += chunk;
      const status = await proofStatus(attempts.length);
      attempts.push({ status, key: req.headers['idempotency-key'], body });
      if (status === 'hang') return true; // never answered
      if (status < 300) receipts.push({ key: req.headers['idempotency-key'], receipt: JSON.parse(body) });
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
      return true;
    },
  });
  const origin = await listen(server);
  return { origin, receipts, attempts, close: () => new Promise((ok) => server.close(ok)) };
}

/** @type {import('playwright-core').Browser | undefined} */
let browser;
/** The launch under way, shared by callers that ask before it resolves. */
let launching;
export async function launch() {
  // One browser per file, also when several tests ask at once: a second launch started before the
  // first resolved would leave a browser that closeBrowser() never closes (and the file never ends).
  // Under `npm test` it is the run's shared Chromium, connected to (scripts/test/browser.mjs).
  launching ??= testBrowser();
  browser ??= await launching;
  return browser;
}
export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
  launching = undefined;
}

/** The third-party hosts the tests care about, answered locally with a script that reports itself. */
export const THIRD_PARTY =
  /googletagmanager\.com|google-analytics\.com|facebook\.net|facebook\.com|hotjar\.com|youtube(-nocookie)?\.com|clarity\.ms|licdn\.com|tiktok\.com|vimeo\.com|doubleclick\.net|example-cdn\.test/;

/**
 * A fresh context with third-party interception. `requests` lists every intercepted URL.
 * Scripts answer `window.__ran.push(<url>)`, so a test sees what executed and in which order.
 * @param {{ gpc?: boolean, colorScheme?: 'light' | 'dark' }} [options]
 */
export async function newPage({ gpc = false, colorScheme = 'light' } = {}) {
  const b = await launch();
  const context = await b.newContext({ colorScheme, extraHTTPHeaders: gpc ? { 'Sec-GPC': '1' } : undefined });
  if (process.env.SAMTYKKE_TRACE) await traceUntilClosed(context, process.env.SAMTYKKE_TRACE);
  const requests = [];
  await context.route(THIRD_PARTY, (route) => {
    const url = route.request().url();
    requests.push(url);
    const type = route.request().resourceType();
    if (type === 'script') {
      return route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        // Like the real thing, a tracker that runs sets a cookie of its own.
        body:
          `(window.__ran = window.__ran || []).push(${JSON.stringify(url)});` +
          `document.cookie = ${JSON.stringify('__tracker_' + new URL(url).hostname.replace(/\W/g, '_') + '=1; path=/')};`,
      });
    }
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>embed</p>' });
  });
  if (gpc)
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const page = await context.newPage();
  const console_ = [];
  page.on('console', (m) => console_.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => console_.push({ type: 'pageerror', text: String(e) }));
  return { context, page, requests, console: console_ };
}

let traces = 0;
/**
 * SAMTYKKE_TRACE=folder: records a Playwright trace of the context (every action, a DOM snapshot
 * and a screenshot per step, the network, the console) and writes it when the test closes the
 * context, as <folder>/<test file>-<n>.zip. Open one with `npx playwright show-trace <zip>`.
 */
async function traceUntilClosed(context, folder) {
  await context.tracing.start({ screenshots: true, snapshots: true });
  const close = context.close.bind(context);
  context.close = async (options) => {
    const path = join(folder, `${basename(process.argv[1] ?? 'trace')}-${++traces}.zip`);
    await context.tracing.stop({ path });
    console.log(`# trace: ${path}`);
    return close(options);
  };
}

/** Clicks a first-layer button by its visible name (the shadow DOM is pierced by role queries). */
export async function click(page, name) {
  await page.getByRole('button', { name, exact: true }).click();
}
