// Benchmark of the proof receiver (not a test): N keep-alive connections POST receipts on
// loopback for a fixed time; prints sustained receipts/s and p50/p99 latency. Every receipt
// counted was answered 201, which the receiver only sends after the record is fsynced (file
// log) or committed (PostgreSQL).
//
// Each receiver runs in a worker thread (its own event loop, as in production, where the
// clients are elsewhere) so its counters can be read at the end. All traffic stays on
// 127.0.0.1; the log goes to a temporary directory that is removed afterwards (unless --keep).
// With --postgres (no URL) a throwaway PostgreSQL cluster is started (scripts/postgres.mjs)
// and three receivers share it; --postgres URL uses that database instead (its table gets the
// bench's receipts). --records N measures a log of N records instead (bench-receiver-log.mjs).
//
//   node scripts/bench-receiver.mjs [--connections 64] [--seconds 10] [--warmup 1] [--keep]
//   node scripts/bench-receiver.mjs --postgres [URL] [--receivers 3]
//   node scripts/bench-receiver.mjs --records 1000000
import { Worker } from 'node:worker_threads';
import { connect } from 'node:net';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startCluster } from './postgres.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'receiver', 'index.js');

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    postgres: { type: 'string' },
    receivers: { type: 'string' },
    records: { type: 'string' },
    baseline: { type: 'boolean', default: false },
  },
  // `--postgres` alone (no URL) is allowed: parse it by hand below.
  args: process.argv
    .slice(2)
    .flatMap((a, i, all) => (a === '--postgres' && (all[i + 1] ?? '--').startsWith('--') ? ['--postgres', ''] : [a])),
});
if (values.records !== undefined) {
  await import('./bench-receiver-log.mjs');
  process.exit(process.exitCode ?? 0);
}
const usePostgres = values.postgres !== undefined;
const receivers = Math.max(1, Math.min(8, Number(values.receivers ?? (usePostgres ? 3 : 1))));
const connections = Math.max(1, Math.min(1024, Number(values.connections)));
const seconds = Math.max(1, Math.min(120, Number(values.seconds)));
const warmup = Math.max(0, Math.min(30, Number(values.warmup)));

if (!existsSync(entry)) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.receiver.json'], { cwd: root, stdio: 'inherit' });
}

const dataDir = mkdtempSync(join(tmpdir(), 'samtykke-bench-'));
const cluster = usePostgres && !values.postgres ? await startCluster() : null;
const postgres = usePostgres ? values.postgres || cluster.url : undefined;

// The server side: createReceiver on node:http, answering 'stop' with its stats.
const serverCode = `
  import { parentPort, workerData } from 'node:worker_threads';
  import { createServer } from 'node:http';
  const { createReceiver } = await import(workerData.entry);
  const options = workerData.postgres ? { postgres: workerData.postgres, postgresPoolSize: 4 } : { dataDir: workerData.dataDir };
  // Troubles are printed; duplicates (level info) are not.
  const receiver = workerData.baseline
    ? baselineReceiver()
    : createReceiver({ ...options, logger: (e) => e.level !== 'info' && console.error(JSON.stringify(e)) });
  await receiver.ready;
  // --baseline: what node:http alone does on this machine (read the body, answer 201 with the
  // same JSON), the ceiling any receiver on node:http can reach with this load generator.
  function baselineReceiver() {
    let stored = 0;
    const handler = (req, res) => {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        const { receiptId } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        stored += 1;
        const text = JSON.stringify({ ok: true, receiptId, duplicate: false });
        res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
        res.end(text);
      });
    };
    return Object.assign(handler, { ready: Promise.resolve(), close: async () => {}, stats: () => ({ fsyncs: 0, stored }) });
  }
  const server = createServer(receiver);
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
  parentPort.on('message', async () => {
    server.close();
    server.closeAllConnections();
    const stats = receiver.stats();
    await receiver.close();
    parentPort.postMessage({ stats });
  });
`;
const workers = Array.from(
  { length: receivers },
  () =>
    new Worker(new URL(`data:text/javascript,${encodeURIComponent(serverCode)}`), {
      workerData: { entry: pathToFileURL(entry).href, dataDir, postgres, baseline: values.baseline },
    }),
);
const nextMessage = (worker) =>
  new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
// Listening at once, so no worker's first message is sent before anyone listens for it.
const ports = (await Promise.all(workers.map(nextMessage))).map((m) => m.port);

const template = {
  v: 1,
  consentId: '',
  receiptId: '',
  timestamp: '2026-11-22T10:00:00.000Z',
  method: 'custom',
  revision: '2024-06-17',
  noticeHash: `sha256:${'ab'.repeat(32)}`,
  language: 'nb',
  controller: { name: 'Mestergruppen Eiendom AS', orgNumber: '974451204' },
  categories: { necessary: true, analytics: true, marketing: false, profiling: false },
  services: { 'google-analytics': true, 'meta-pixel': false },
  gpc: false,
  url: 'https://example.no/eiendom/salg',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36',
  widget: 'samtykke@1.0.0',
  previousReceiptId: null,
  expiresAt: '2027-05-21T10:00:00.000Z',
};

// The load generator: plain keep-alive HTTP/1.1 over net sockets, one request in flight per
// connection (as a browser sends a receipt). node:http's client costs several times more CPU
// per request than the server it measures, and on a small machine the two share the cores, so
// with it the bench measured the client. Each response is parsed only as far as its status
// line and Content-Length.
const HEADER_END = Buffer.from('\r\n\r\n');

function requestBytes() {
  const receiptId = randomUUID();
  const body = JSON.stringify({ ...template, receiptId, consentId: randomUUID() });
  return (
    'POST /consent-proofs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
    `Idempotency-Key: ${receiptId}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
}

const latencies = [];
let acked = 0;
let failed = 0;
const start = performance.now();
const measureFrom = start + warmup * 1000;
const end = measureFrom + seconds * 1000;

/**
 * One connection sending receipts back to back until the time is up.
 * @returns {Promise<void>}
 */
function client(_, index) {
  const port = ports[index % ports.length];
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, noDelay: true });
    let buffered = Buffer.alloc(0);
    let sentAt = 0;
    const send = () => {
      if (performance.now() >= end) return void socket.end(resolve);
      sentAt = performance.now();
      socket.write(requestBytes());
    };
    socket.on('connect', send);
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      const headerEnd = buffered.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const head = buffered.subarray(0, headerEnd).toString('latin1');
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (buffered.length < headerEnd + 4 + length) return;
      buffered = buffered.subarray(headerEnd + 4 + length);
      const status = Number(head.slice(9, 12));
      if (status !== 201) failed += 1;
      else if (sentAt >= measureFrom) {
        acked += 1;
        latencies.push(performance.now() - sentAt);
      }
      send();
    });
  });
}

console.log(
  `samtykke receiver bench (${values.baseline ? 'baseline: node:http answering 201, nothing stored' : usePostgres ? `PostgreSQL, ${receivers} receivers on one database` : 'file log'}): ` +
    `${connections} keep-alive connections on 127.0.0.1, ` +
    `${warmup} s warm-up + ${seconds} s measured, ${cpus().length} CPU(s), Node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
await Promise.all(Array.from({ length: connections }, client));

const finals = await Promise.all(
  workers.map(async (worker) => {
    worker.postMessage('stop');
    const message = await nextMessage(worker);
    await worker.terminate();
    return message.stats;
  }),
);
const stats = { fsyncs: 0, stored: 0 };
for (const s of finals) {
  stats.fsyncs += s.fsyncs;
  stats.stored += s.stored;
}
const { verifyLog, verifyPg } = await import(pathToFileURL(entry).href);
const verify = values.baseline
  ? { ok: true, records: stats.stored }
  : usePostgres
    ? await verifyPg(postgres)
    : await verifyLog(dataDir);
cluster?.kill();

latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
console.log(`receipts/s  ${Math.round(acked / seconds)} sustained (${acked} answered 201 in the measured ${seconds} s)`);
console.log(`latency     p50 ${pct(50).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms, max ${latencies.at(-1)?.toFixed(2)} ms`);
console.log(
  `durability  ${stats.fsyncs} fsyncs for ${stats.stored} receipts ` +
    `(${(stats.stored / Math.max(1, stats.fsyncs)).toFixed(1)} per ${usePostgres ? 'COMMIT' : 'fsync'}, group commit); ` +
    `chain ${verify.ok ? `verified, ${verify.records} records` : `BROKEN: ${verify.error}`}`,
);
if (failed > 0) console.log(`failures    ${failed} requests not answered 201`);
if (values.keep) console.log(`log kept in ${dataDir}`);
else rmSync(dataDir, { recursive: true, force: true });
process.exitCode = verify.ok && failed === 0 ? 0 : 1;
