// The scan's test site on loopback: test/scan/site/before (a shop as it is, with the vendors'
// own snippets), test/scan/site/after (the same shop tagged as SPEC §2 says, with the notice the
// test finished put in where the page says {{NOTICE}}), the widget from dist/, receipts answered
// 201. Every HTML page sets a login cookie (HttpOnly, from the server), as a shop's session does.
// Third parties are answered locally by stand-ins that behave like the real ones.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { ROOT } from '../audit/helpers.mjs';

export async function startSite() {
  const state = { notice: null, receipts: [] };
  const site = createStaticServer({ root: ROOT + 'test/scan/site' });
  const repo = createStaticServer({ root: ROOT });
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/consent-proofs') {
      let body = '';
      for await (const chunk of req) body += chunk;
      state.receipts.push(body);
      res.writeHead(req.method === 'POST' ? 201 : 405, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    // samtykke.js and the parts it fetches from beside itself, as on a real site: dist/ whole.
    if (/^\/samtykke[\w.-]*\.(js|mjs|json)$/.test(path)) {
      req.url = '/dist' + path;
      repo.emit('request', req, res);
      return;
    }
    if (path.endsWith('.html') || path.endsWith('/')) {
      let html;
      try {
        html = await readFile(ROOT + 'test/scan/site' + path, 'utf8');
      } catch {
        res.writeHead(404).end('not found');
        return;
      }
      if (html.includes('{{NOTICE}}'))
        html = html.replace(/\{\{NOTICE\}\}/g, JSON.stringify(state.notice).replace(/<\//g, '<\\/'));
      const cookies = (req.headers.cookie ?? '').includes('sid=')
        ? {}
        : { 'set-cookie': `sid=${randomUUID()}; HttpOnly; Path=/; SameSite=Lax` };
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...cookies }).end(html);
      return;
    }
    site.emit('request', req, res);
  });
  const origin = await listen(server);
  return { origin, state, close: () => new Promise((ok) => server.close(ok)) };
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/**
 * What the vendors' scripts store and send, by URL (names and lifetimes as the vendors document them).
 * @type {[RegExp, (match: RegExpMatchArray) => string][]}
 */
const SCRIPTS = [
  [
    /googletagmanager\.com\/gtag\/js\?id=G-(\w+)/,
    (m) =>
      `document.cookie = '_ga=GA1.1.1234.5678; Max-Age=63072000; Path=/';` +
      `document.cookie = '_ga_${m[1]}=GS1.1.1; Max-Age=63072000; Path=/';` +
      `navigator.sendBeacon('https://region1.google-analytics.com/g/collect?v=2&tid=G-${m[1]}', '');`,
  ],
  [
    /connect\.facebook\.net\/.*fbevents\.js/,
    () =>
      `document.cookie = '_fbp=fb.1.1234.5678; Max-Age=7776000; Path=/'; new Image().src = 'https://www.facebook.com/tr?id=100200300&ev=PageView';`,
  ],
  [
    /static\.hotjar\.com\/c\/hotjar-(\d+)\.js/,
    (m) =>
      `document.cookie = '_hjSessionUser_${m[1]}=eyJ; Max-Age=31536000; Path=/';` +
      `document.cookie = '_hjSession_${m[1]}=eyJ; Max-Age=1800; Path=/';` +
      `navigator.sendBeacon('https://in.hotjar.com/api/v2/client/sites/${m[1]}/visit-data', '');`,
  ],
];

/** A route hook for scan()/audit(): answers every non-loopback request; `seen` lists them. */
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
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>video</title>' });
    else await route.fulfill({ status: 204, body: '' });
    return true;
  };
  return { hook, seen };
}
