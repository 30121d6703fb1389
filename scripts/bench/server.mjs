// The bench's web server, in a worker thread (so the driver cannot delay responses): the bench
// pages at /bench/page/<variant>.html and the repository's files (scripts/static.mjs), over
// HTTP/2 with TLS as production sites are served (given a certificate, tls.mjs; else HTTP/1.1,
// where a browser opens at most 6 connections to a host and a 7th request waits), every
// text file sent gzip-compressed (Content-Encoding: gzip) to a browser that accepts it, as a
// production server or CDN does. Files are compressed once at level 9 and kept in memory, as a
// server that serves pre-compressed files (nginx gzip_static) does, so no response waits for a
// compressor and the bytes on the wire are the gzip -9 bytes the size script counts. HTML is
// served no-store, scripts and CSS with max-age, so a returning visitor gets them from the HTTP
// cache, as on a real site.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createSecureServer } from 'node:http2';
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import { VARIANTS, buildPage, root } from './variants.mjs';

/** The types the bench compresses; anything else goes to scripts/static.mjs as it is. */
const COMPRESSED = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

if (!isMainThread && workerData?.role === 'bench-server') {
  const { createStaticServer, listen } = await import('../static.mjs');
  const { notices, tls } = workerData;
  const cache = new Map(); // path → { mtimeMs, body }
  /** A repository file's gzip -9 body, or null when it is not a file under the root. */
  const compressedFile = async (path) => {
    const file = normalize(join(workerData.root, path));
    if (!file.startsWith(workerData.root)) return null;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const cached = cache.get(file);
    if (cached?.mtimeMs === info.mtimeMs) return cached.body;
    const body = gzipSync(await readFile(file), { level: 9 });
    cache.set(file, { mtimeMs: info.mtimeMs, body });
    return body;
  };
  const send = (req, res, headers, body) => {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const bytes = gzip ? body.gzip() : body.plain();
    res.writeHead(200, {
      ...headers,
      'content-length': bytes.length,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
  const plain = createStaticServer({
    root: workerData.root,
    async handle(req, res, url) {
      const match = /^\/bench\/page\/(\w+)\.html$/.exec(url.pathname);
      if (match && VARIANTS[match[1]]) {
        const page = Buffer.from(buildPage(match[1], notices));
        const headers = { 'content-type': COMPRESSED['.html'], 'cache-control': 'no-store' };
        send(req, res, headers, { gzip: () => gzipSync(page, { level: 9 }), plain: () => page });
        return true;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204, { 'cache-control': 'max-age=3600' }).end();
        return true;
      }
      const path = decodeURIComponent(url.pathname);
      const type = COMPRESSED[extname(path)];
      const compressed = type && (await compressedFile(path));
      if (!compressed) return false;
      const headers = { 'content-type': type, 'cache-control': 'public, max-age=3600' };
      // Plain only for a client that does not accept gzip (curl without --compressed).
      send(req, res, headers, { gzip: () => compressed, plain: () => gunzipSync(compressed) });
      return true;
    },
  });
  plain.keepAliveTimeout = 60_000;
  // HTTP/2's compatibility API hands the same (req, res) to the same handler.
  const server = tls
    ? createSecureServer(
        { key: tls.key, cert: tls.cert, allowHTTP1: true },
        /** @type {(request: any, response: any) => void} */ (plain.listeners('request')[0]),
      )
    : plain;
  const origin = await listen(server);
  parentPort.postMessage({ origin: tls ? origin.replace(/^http:/, 'https:') : origin });
  parentPort.on('message', () => server.close(() => process.exit(0)));
}

/**
 * Starts the server; resolves to its origin and a close(). `notices`: the samtykke notices'
 * texts ({ stamped, unstamped }, notice.mjs); `tls`: { key, cert } for HTTP/2, or null for
 * HTTP/1.1 without TLS.
 */
export function startServer(notices, tls) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'bench-server', root, notices, tls } });
  return new Promise((resolve, reject) => {
    worker.once('message', ({ origin }) =>
      resolve({
        origin,
        close: () =>
          new Promise((done) => {
            worker.once('exit', done);
            worker.postMessage('close');
          }),
      }),
    );
    worker.once('error', reject);
  });
}
