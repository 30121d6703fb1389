// `npx samtykke studio [--port N]`: serves samtykke studio (dist/studio/) and the widget files
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

/** Parses `[--port N]`, serves, prints the address; returns the exit code (2 on bad usage). */
export async function main(args, { out = console.log, err = console.error } = {}) {
  let port = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--help' || args[i] === '-h') {
      out(
        'Usage: samtykke studio [--port N]\n\nServes samtykke studio on http://127.0.0.1:N/ (default: a free port). Ctrl-C stops it.',
      );
      return 0;
    }
    if (args[i] === '--port' && /^\d{1,5}$/.test(args[i + 1] ?? '') && Number(args[i + 1]) < 65536) port = Number(args[++i]);
    else {
      err(`samtykke studio: ${args[i] === '--port' ? '--port takes a number from 0 to 65535' : `unknown option ${args[i]}`}`);
      return 2;
    }
  }
  const server = createServer(studioHandler());
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  out(`samtykke studio: http://127.0.0.1:${server.address().port}/studio/`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 0;
}
