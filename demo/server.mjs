#!/usr/bin/env node
// `npm start`: serves the demo site on localhost with the built widget and the proof receiver.
// Receipts land in ./proofs (a hash-chained log, `npx samtykke-receiver verify proofs`) and are
// printed here as they arrive. The controller's console (the receiver's own, at /controller/) signs
// in with the export token printed at start. PORT picks the port (default 8080; 0 picks a free one).
import { randomBytes } from 'node:crypto';
import { createDemoSite, listen } from '../scripts/static.mjs';
import { createReceiver } from '../dist/receiver/index.js';

const root = new URL('..', import.meta.url).pathname;
const token = process.env.SAMTYKKE_RECEIVER_TOKEN || randomBytes(12).toString('hex');
const receiver = createReceiver({ dataDir: root + 'proofs', token });
await receiver.ready;

const front = createDemoSite((req, res) => {
  if (req.method === 'POST') {
    const end = res.end.bind(res);
    res.end = (...args) => {
      const id = req.headers['idempotency-key'];
      console.log(`receipt ${id ?? '(no key)'} → ${res.statusCode}${res.statusCode === 200 ? ' (duplicate, kept once)' : ''}`);
      return end(...args);
    };
  }
  receiver(req, res);
}, receiver.admin);
const url = await listen(front, Number(process.env.PORT ?? 8080));
console.log(`samtykke demo: ${url}/`);
console.log(`receipts: POST ${url}/consent-proofs, stored in ${root}proofs`);
console.log(`controller's console: ${url}/controller/ (sign in with the export token: ${token})`);
const stop = async () => {
  front.close();
  await receiver.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
