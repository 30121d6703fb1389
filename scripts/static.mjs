// A small static file server for the demo and the end-to-end tests: files under `root`, with
// optional extra route handlers tried first. Loopback only. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {{ root: string, alias?: Record<string, string>, handle?: (req, res, url: URL) => boolean | Promise<boolean>, headers?: (path: string) => Record<string, string> }} o
 */
export function createStaticServer(o) {
  const root = resolve(o.root);
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (o.handle && (await o.handle(req, res, url))) return;
      let path = decodeURIComponent(url.pathname);
      if (o.alias?.[path]) path = o.alias[path];
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(o.headers?.(path) ?? {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      if (!res.headersSent) res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(e.code === 'ENOENT' ? 'not found' : 'error');
    }
  });
}

export function listen(server, port = 0, host = '127.0.0.1') {
  return new Promise((ok) => server.listen(port, host, () => ok(`http://${host}:${server.address().port}`)));
}

/**
 * The demo site as `npm start` serves it: demo/ at the root, the built widget files
 * (/samtykke.js, /samtykke-guard.js, /samtykke.mjs, /samtykke.<lang>.json) and samtykke studio
 * (/studio/) from dist/, and
 * `proofs(req, res)` at /consent-proofs, and `admin(req, res)`, if given, at /controller/ (the
 * receiver's console).
 */
export function createDemoSite(proofs, admin) {
  const root = new URL('..', import.meta.url).pathname;
  const demo = createStaticServer({ root: root + 'demo' });
  // samtykke studio's preview frame has an opaque origin (src/studio/frame.ts): it fetches the
  // widget's parts cross-origin.
  const dist = createStaticServer({ root: root + 'dist', headers: () => ({ 'access-control-allow-origin': '*' }) });
  return createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/consent-proofs') proofs(req, res);
    else if (admin && (path === '/controller' || path.startsWith('/controller/'))) admin(req, res);
    else if (/^\/(samtykke[\w.-]*\.(js|mjs|json)|module\/[\w.-]+\.mjs|studio\/.*)$/.test(path)) dist.emit('request', req, res);
    else demo.emit('request', req, res);
  });
}
