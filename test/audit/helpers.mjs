// Shared by the audit tests: builds what they need, serves the repository's demo/ folder on
// loopback the way demo/server.mjs does (/samtykke.js → dist/samtykke.js, receipts at
// /consent-proofs answered 201 here too, in case a keepalive send slips past the audit), and
// answers every third-party host locally with a small stand-in that behaves like the real
// thing (sets its cookies, sends its beacons). Nothing leaves the machine: the browser's
// resolver maps every host but 127.0.0.1 to "not found" as well.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { testBrowser } from '../../scripts/test/browser.mjs';
import { staleReason } from '../../scripts/built.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SLUGS = ['resultat24', 'mestergruppen-eiendom', 'vekstly', 'vestbo', 'stavanger-sentrum'];

/**
 * `npm run build` (the widget bundle and dist/audit-build) when dist/ is older than the sources
 * (scripts/built.mjs). Synchronous for the callers' sake, so the build runs in a child process;
 * test files running at once wait for one build instead of writing the same files together.
 */
export function build() {
  if (!staleReason()) return;
  const result = spawnSync(process.execPath, [ROOT + 'scripts/built.mjs'], { cwd: ROOT, stdio: 'inherit' });
  // The size budget may fail the build while every file was written: check the files instead.
  if (result.status !== 0 && staleReason()) throw new Error(`npm run build failed: ${staleReason()}`);
}

/**
 * demo/ on loopback, plus /audit-pages/* from test/audit/pages (pages made for these tests),
 * with optional extra response headers per path.
 * @param {{ headers?: (path: string) => Record<string, string> }} [options]
 */
export async function startServer({ headers } = {}) {
  const receipts = [];
  const demo = createStaticServer({ root: ROOT + 'demo', headers });
  const repo = createStaticServer({ root: ROOT, headers });
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/consent-proofs') {
      let body = '';
      for await (const chunk of req) body += chunk;
      receipts.push(body);
      res.writeHead(req.method === 'POST' ? 201 : 405, { 'content-type': 'application/json' }).end('{}');
    } else if (/^\/(samtykke[\w.-]*\.(js|mjs|json)|module\/[\w.-]+\.mjs)$/.test(path)) {
      // samtykke.js and the parts it fetches from beside itself, as on a real site: dist/ whole.
      req.url = '/dist' + path;
      repo.emit('request', req, res);
    } else if (path.startsWith('/audit-pages/')) {
      req.url = '/test/audit/pages/' + path.slice('/audit-pages/'.length);
      repo.emit('request', req, res);
    } else demo.emit('request', req, res);
  });
  const origin = await listen(server);
  return { origin, receipts, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Chromium in which every host but 127.0.0.1 resolves to nothing: under `npm test` the run's
 * shared one, connected to (scripts/test/browser.mjs), else a launch of its own.
 */
export function launch() {
  return testBrowser('offline');
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/**
 * Stand-ins for the third-party scripts, by URL: what the real ones store and send.
 * @type {[RegExp, (match: RegExpMatchArray) => string][]}
 */
const SCRIPTS = [
  [
    /googletagmanager\.com\/gtag\/js\?id=([\w-]+)/,
    (m) =>
      `document.cookie = '_ga=GA1.1.1234.5678; Max-Age=63072000; Path=/';` +
      `document.cookie = '_ga_${m[1].replace(/^G-/, '')}=GS1.1.1; Max-Age=63072000; Path=/';` +
      `navigator.sendBeacon('https://www.google-analytics.com/g/collect?v=2&tid=${m[1]}', '');`,
  ],
  [
    /connect\.facebook\.net\/.*fbevents\.js/,
    () =>
      `document.cookie = '_fbp=fb.1.1234.5678; Max-Age=7776000; Path=/'; new Image().src = 'https://www.facebook.com/tr?id=0&ev=PageView';`,
  ],
  [
    // A statistics service no tracker list knows (test/audit/pages/gated.html): a cookie, a beacon, a helper script.
    /stats\.example\/stats\.js/,
    () =>
      `document.cookie = '_st_id=' + Date.now() + '; Max-Age=31536000; Path=/';` +
      `navigator.sendBeacon('https://stats.example/collect?e=pageview', '');` +
      `const s = document.createElement('script'); s.src = 'https://cdn.stats-cdn.example/helper.js'; document.head.appendChild(s);`,
  ],
  [
    /tracker\.leaky-example\.test\/t\.js/,
    () =>
      `document.cookie = '_lk_uid=' + Math.random().toString(36).slice(2) + '; Max-Age=31536000; Path=/';` +
      `new Image().src = 'https://tracker.leaky-example.test/px.gif?e=pageview';`,
  ],
];

/**
 * A route hook for audit({ route }): answers every non-loopback request locally and lists it in
 * `seen`, so a test can check that each third-party request the audit recorded was answered here.
 */
export function thirdParty() {
  const seen = [];
  const hook = async (route, request) => {
    const url = request.url();
    const { hostname, protocol } = new URL(url);
    if (!/^https?:$/.test(protocol) || hostname === '127.0.0.1') return false;
    seen.push(url);
    const type = request.resourceType();
    const script = SCRIPTS.find(([re]) => re.test(url));
    if (type === 'script')
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: script ? script[1](url.match(script[0])) : '' });
    else if (type === 'image') await route.fulfill({ status: 200, contentType: 'image/gif', body: GIF });
    else if (type === 'document')
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>embed</title>' });
    else await route.fulfill({ status: 204, body: '' });
    return true;
  };
  return { hook, seen };
}

/** One line per finding with its first evidence, for assertion messages. */
export const describe = (result) =>
  result.findings
    .map(
      (f) =>
        `- ${f.title}\n    ${f.evidence
          .slice(0, 2)
          .map((e) => e.text)
          .join('\n    ')}`,
    )
    .join('\n') || '(none)';
