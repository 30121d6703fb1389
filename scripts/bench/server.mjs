// The bench's web server, in a worker thread (so the driver cannot delay responses):
// scripts/static.mjs over the repository, plus /bench/page/<variant>.html. HTML is served
// no-store, scripts and CSS with max-age, so a returning visitor gets them from the HTTP cache,
// as on a real site.
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { VARIANTS, buildPage, root } from './variants.mjs';

if (!isMainThread && workerData?.role === 'bench-server') {
  const { createStaticServer, listen } = await import('../static.mjs');
  const server = createStaticServer({
    root: workerData.root,
    handle(req, res, url) {
      const match = /^\/bench\/page\/(\w+)\.html$/.exec(url.pathname);
      if (match && VARIANTS[match[1]]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(buildPage(match[1]));
        return true;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204, { 'cache-control': 'max-age=3600' }).end();
        return true;
      }
      return false;
    },
    headers: (path) => (/\.(js|mjs|css|json)$/.test(path) ? { 'cache-control': 'public, max-age=3600' } : {}),
  });
  server.keepAliveTimeout = 60_000;
  parentPort.postMessage({ origin: await listen(server) });
  parentPort.on('message', () => server.close(() => process.exit(0)));
}

/** Starts the server; resolves to its origin and a close(). */
export function startServer() {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'bench-server', root } });
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
