// Benchmark of a big file log (not a test): writes a log of N records (default 1,000,000) in
// 16 MiB segments (the default), opens it once (the first open walks the whole chain and writes the indexes
// and the checkpoint), then measures what an operator waits for: a restart until the receiver
// listens, and an access request's export of one consent id. All in a temporary directory,
// removed afterwards; all traffic on 127.0.0.1.
//
//   npm run bench:receiver -- --records 1000000
import { createServer, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { records: { type: 'string', default: '1000000' } }, strict: false });
const total = Math.max(1000, Math.min(10_000_000, Number(values.records)));
const receiver = await import(pathToFileURL(join(root, 'dist', 'receiver', 'index.js')).href);
const { formatLine, sha256Hex, segmentName } = await import(pathToFileURL(join(root, 'dist', 'receiver', 'chain.js')).href);
const dir = mkdtempSync(join(tmpdir(), 'samtykke-bench-log-'));
const tty = process.stdout.isTTY && !process.env.CI;
const TOKEN = 'bench-token-0123456789abcdef';
const SEGMENT = 16 << 20; // the receiver's default

console.log(
  `samtykke log bench: ${total.toLocaleString('en')} records, ${cpus().length} CPU(s), Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

// 1. The log, written as the receiver writes it (same line format, same chain), a consent id
//    every 4 records so one person has several receipts.
const wanted = randomUUID();
let head = '0'.repeat(64);
let segment = 1;
let size = 0;
let fd = openSync(join(dir, segmentName(segment)), 'a');
let consentId = wanted;
let buffer = [];
const flush = () => {
  writeSync(fd, buffer.join(''));
  buffer = [];
};
for (let seq = 1; seq <= total; seq++) {
  if (seq % 4 === 1) consentId = seq === 4 * Math.floor(total / 8) + 1 ? wanted : randomUUID();
  const record = {
    v: 1,
    receiptId: randomUUID(),
    consentId,
    timestamp: '2026-11-22T10:00:00.000Z',
    method: 'custom',
    revision: '2024-06-17',
    noticeHash: `sha256:${'ab'.repeat(32)}`,
    language: 'nb',
    controller: { name: 'Mestergruppen Eiendom AS', orgNumber: '974451204' },
    categories: { necessary: true, analytics: true, marketing: false },
    services: { 'google-analytics': true },
    gpc: false,
    url: 'https://example.no/page',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0',
    widget: 'samtykke@1.0.0',
    previousReceiptId: null,
    expiresAt: '2027-05-21T10:00:00.000Z',
    receivedAt: '2026-11-22T10:00:01.000Z',
    ip: '203.0.113.0',
  };
  const line = formatLine(seq, head, record);
  head = sha256Hex(line);
  buffer.push(`${line}\n`);
  size += Buffer.byteLength(line) + 1;
  if (buffer.length >= 5000) flush();
  if (size >= SEGMENT && seq < total) {
    flush();
    closeSync(fd);
    segment += 1;
    size = 0;
    fd = openSync(join(dir, segmentName(segment)), 'a');
  }
  if (tty && seq % 50_000 === 0) process.stdout.write(`\rwriting ${seq.toLocaleString('en')} …`);
}
flush();
closeSync(fd);
if (tty) process.stdout.write('\r');
console.log(`log         ${total.toLocaleString('en')} records in ${segment} segments`);

// 2. First open: no checkpoint yet, so the whole chain is verified and the indexes written.
let t0 = performance.now();
let first = receiver.createReceiver({ dataDir: dir, logger: () => undefined });
await first.ready;
await first.close();
console.log(
  `first open  ${((performance.now() - t0) / 1000).toFixed(1)} s (whole chain verified, indexes and checkpoint written)`,
);

// 3. Restart: from constructing the receiver to listening.
t0 = performance.now();
const handler = receiver.createReceiver({ dataDir: dir, token: TOKEN, logger: () => undefined });
await handler.ready;
const server = createServer(handler);
await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
const restart = performance.now() - t0;
console.log(`restart     listening after ${restart.toFixed(0)} ms (RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB)`);

// 4. One consent id's export (an access request), five times: the median.
const get = () =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    request(
      {
        host: '127.0.0.1',
        port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
        path: `/consent-proofs?consentId=${wanted}`,
        headers: { authorization: `Bearer ${TOKEN}` },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ ms: performance.now() - started, count: JSON.parse(text).receipts.length }));
      },
    )
      .on('error', reject)
      .end();
  });
const runs = [];
for (let i = 0; i < 5; i++) runs.push(await get());
runs.sort((a, b) => a.ms - b.ms);
console.log(
  `export      one consent id (${runs[0].count} receipts): median ${runs[2].ms.toFixed(1)} ms, best ${runs[0].ms.toFixed(1)} ms`,
);
server.close();
await handler.close();
rmSync(dir, { recursive: true, force: true });
