#!/usr/bin/env node
// `npm start`: serves the demo site on localhost with the built widget and the proof receiver.
// Receipts land in ./proofs (a hash-chained log, `npx samtykke-receiver verify proofs`) and are
// printed here as they arrive. PORT picks the port (default 8080; 0 picks a free one).
import { randomBytes } from 'node:crypto';
import { createStaticServer, listen } from '../scripts/static.mjs';
import { createReceiver } from '../dist/receiver/index.js';

const root = new URL('..', import.meta.url).pathname;
const token = process.env.SAMTYKKE_RECEIVER_TOKEN || randomBytes(12).toString('hex');
const receiver = createReceiver({ dataDir: root + 'proofs', token });
await receiver.ready;

const server = createStaticServer({
  root: root + 'demo',
  handle(req, res, url) {
    if (url.pathname !== '/consent-proofs') return false;
    if (req.method === 'POST') {
      const end = res.end.bind(res);
      res.end = (...args) => {
        const id = req.headers['idempotency-key'];
        console.log(`receipt ${id ?? '(no key)'} → ${res.statusCode}${res.statusCode === 200 ? ' (duplicate, kept once)' : ''}`);
        return end(...args);
      };
    }
    receiver(req, res);
    return true;
  },
});
// The aliases point outside demo/: serve them from the repository root instead.
const { createServer } = await import('node:http');
const dist = createStaticServer({ root });
const front = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/samtykke.js' || path === '/samtykke-guard.js' || path === '/samtykke.mjs') {
    req.url = '/dist' + path;
    dist.emit('request', req, res);
  } else server.emit('request', req, res);
});
const url = await listen(front, Number(process.env.PORT ?? 8080));
console.log(`samtykke demo: ${url}/`);
console.log(`receipts: POST ${url}/consent-proofs, stored in ${root}proofs`);
console.log(`controller's view: ${url}/controller/ (export token: ${token})`);
const stop = async () => {
  front.close();
  await receiver.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
