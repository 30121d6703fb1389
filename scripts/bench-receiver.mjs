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
import { Agent, request } from 'node:http';
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
  },
  // `--postgres` alone (no URL) is allowed: parse it by hand below.
  args: process.argv.slice(2).flatMap((a, i, all) => (a === '--postgres' && (all[i + 1] ?? '--').startsWith('--') ? ['--postgres', ''] : [a])),
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
  const receiver = createReceiver({ ...options, logger: (e) => e.level !== 'info' && console.error(JSON.stringify(e)) });
  await receiver.ready;
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
const workers = Array.from({ length: receivers }, () =>
  new Worker(new URL(`data:text/javascript,${encodeURIComponent(serverCode)}`), {
    workerData: { entry: pathToFileURL(entry).href, dataDir, postgres },
  }),
);
const nextMessage = (worker) => new Promise((resolve, reject) => {
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

const agent = new Agent({ keepAlive: true, maxSockets: connections });

function postOne(port) {
  const receiptId = randomUUID();
  const body = JSON.stringify({ ...template, receiptId, consentId: randomUUID() });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/consent-proofs',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'idempotency-key': receiptId, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const latencies = [];
let acked = 0;
let failed = 0;
const start = performance.now();
const measureFrom = start + warmup * 1000;
const end = measureFrom + seconds * 1000;

async function client(_, index) {
  const port = ports[index % ports.length];
  while (performance.now() < end) {
    const t0 = performance.now();
    const status = await postOne(port);
    const t1 = performance.now();
    if (status !== 201) failed += 1;
    else if (t0 >= measureFrom) {
      acked += 1;
      latencies.push(t1 - t0);
    }
  }
}

console.log(
  `samtykke receiver bench (${usePostgres ? `PostgreSQL, ${receivers} receivers on one database` : 'file log'}): ` +
    `${connections} keep-alive connections on 127.0.0.1, ` +
    `${warmup} s warm-up + ${seconds} s measured, ${cpus().length} CPU(s), Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
);
await Promise.all(Array.from({ length: connections }, client));
agent.destroy();

const finals = await Promise.all(workers.map(async (worker) => {
  worker.postMessage('stop');
  const message = await nextMessage(worker);
  await worker.terminate();
  return message.stats;
}));
const stats = { fsyncs: 0, stored: 0 };
for (const s of finals) {
  stats.fsyncs += s.fsyncs;
  stats.stored += s.stored;
}
const { verifyLog, verifyPg } = await import(pathToFileURL(entry).href);
const verify = usePostgres ? await verifyPg(postgres) : await verifyLog(dataDir);
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
