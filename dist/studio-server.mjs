// `npx samtykke studio [--port N]` (its command line: src/cli/studio.ts): serves samtykke studio (dist/studio/) and the widget files
// beside it (dist/) on 127.0.0.1, and prints the address. Port 0 (the default) picks a free one.
// Nothing else: no network access, no files written. Copied to dist/studio-server.mjs by the
// build (src/studio/build.mjs) so the published package has it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The studio's own policy: nothing but its own files; the preview frame only from here. */
const STUDIO_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'";

/**
 * A request handler for the studio, with `root` the dist/ folder. The preview frame is sandboxed
 * without allow-same-origin, so it has an opaque origin and fetches the widget's module parts
 * cross-origin: those files are served with `Access-Control-Allow-Origin: *` (they are public).
 */
export function studioHandler(root = fileURLToPath(new URL('.', import.meta.url))) {
  return async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (path === '/' || path === '/studio') {
      res.writeHead(302, { location: '/studio/' }).end();
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root)) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(403).end();
      return;
    }
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (/\/samtykke[\w.-]*\.(m?js|json)$/.test(path) || path.startsWith('/module/'))
        headers['access-control-allow-origin'] = '*';
      if (path.startsWith('/studio/') && file.endsWith('index.html')) headers['content-security-policy'] = STUDIO_POLICY;
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
}

/**
 * Serves the studio on 127.0.0.1 at `port` (0: a free one) until SIGINT or SIGTERM, and prints
 * its address. `samtykke studio` reads the port from the command line (src/cli/studio.ts).
 */
export async function serve(port, { out = console.log } = {}) {
  const server = createServer(studioHandler());
  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
  );
  out(`samtykke studio: http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/studio/`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
