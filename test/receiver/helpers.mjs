// Shared helpers for the receiver tests (node:test): builds dist/receiver once, starts real
// servers on 127.0.0.1 port 0, sends requests, makes valid receipts. Never touches any network
// but loopback, never writes outside a fresh temporary directory (and dist/receiver).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(root, 'dist', 'receiver');
export const cliPath = join(dist, 'cli.js');

/** Source folders compiled by tsconfig.receiver.json, and where their output goes. */
const SOURCES = ['receiver', 'receipt'];

/** The files under src/<name>, subfolders included (src/receiver/console), as [name, relative path]. */
function sourceFiles(name) {
  return readdirSync(join(root, 'src', name), { recursive: true, encoding: 'utf8' })
    .filter((f) => !statSync(join(root, 'src', name, f)).isDirectory())
    .map((f) => [name, f]);
}

function isFresh() {
  const files = SOURCES.flatMap(sourceFiles);
  const newest = Math.max(
    statSync(join(root, 'tsconfig.receiver.json')).mtimeMs,
    ...files.map(([name, f]) => statSync(join(root, 'src', name, f)).mtimeMs),
  );
  return files
    .filter(([, f]) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .every(([name, f]) => {
      const out = join(root, 'dist', name, f.replace(/\.ts$/, '.js'));
      return existsSync(out) && statSync(out).mtimeMs >= newest;
    });
}

/**
 * Compiles src/receiver with tsc unless dist/receiver is newer. `node --test` runs the test
 * files in parallel processes, so a lock directory keeps them from writing the same files at once.
 */
export async function build() {
  const lock = join(root, 'dist', '.receiver-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than a minute belongs to a test run that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {}
      await sleep(100);
    }
  }
  try {
    if (!isFresh()) {
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.receiver.json'], { cwd: root, stdio: 'inherit' });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The compiled module `name` (e.g. 'index.js'), imported after build(). */
export function load(name = 'index.js') {
  return import(join(dist, name));
}

const made = [];
// Temporary logs go when the test process ends, kept only if SAMTYKKE_KEEP_TEST_DIRS is set.
process.on('exit', () => {
  if (!process.env.SAMTYKKE_KEEP_TEST_DIRS) for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'samtykke-receiver-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function logPath(dir) {
  return join(dir, 'proofs-000001.jsonl');
}

/** The log's lines (without newlines), or [] if there is no log. */
export function logLines(dir) {
  if (!existsSync(logPath(dir))) return [];
  return readFileSync(logPath(dir), 'utf8').split('\n').filter(Boolean);
}

/** A valid receipt (SPEC §7), fresh ids, with `overrides` on top. */
export function makeReceipt(overrides = {}) {
  return {
    v: 1,
    receiptId: randomUUID(),
    consentId: randomUUID(),
    timestamp: '2026-11-22T10:00:00.000Z',
    method: 'custom',
    revision: '2024-06-17',
    noticeHash: `sha256:${'ab'.repeat(32)}`,
    language: 'nb',
    controller: { name: 'Mestergruppen Eiendom AS', orgNumber: '974451204' },
    categories: { necessary: true, analytics: true, marketing: false, profiling: false },
    services: { 'google-analytics': true },
    gpc: false,
    url: 'https://example.no/page',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) test',
    widget: 'samtykke@1.0.0',
    previousReceiptId: null,
    expiresAt: '2027-05-21T10:00:00.000Z',
    ...overrides,
  };
}

/**
 * One HTTP request. `body`: an object (sent as JSON), a string or a Buffer. Resolves with
 * status, headers, text and json (null if the answer is not JSON).
 * @param {string | URL} url
 * @param {{ method?: string, headers?: import('node:http').OutgoingHttpHeaders, body?: object | string | Buffer, agent?: import('node:http').RequestOptions['agent'] }} [options]
 */
export function send(url, { method = 'POST', headers = {}, body, agent } = {}) {
  const payload =
    body === undefined ? undefined : Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(body);
  const allHeaders = { ...headers };
  if (payload !== undefined && !Object.keys(allHeaders).some((h) => h.toLowerCase() === 'content-type')) {
    allHeaders['content-type'] = 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers: allHeaders, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try {
          json = JSON.parse(text);
        } catch {}
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (payload !== undefined) req.end(payload);
    else req.end();
  });
}

/**
 * POSTs a receipt with its Idempotency-Key, as the widget does.
 * @param {string | URL} url
 * @param {any} receipt
 * @param {{ headers?: import('node:http').OutgoingHttpHeaders, agent?: import('node:http').RequestOptions['agent'] }} [options]
 */
export function post(url, receipt, { headers = {}, agent } = {}) {
  return send(url, { body: receipt, headers: { 'idempotency-key': receipt.receiptId, ...headers }, agent });
}

/**
 * createReceiver(options) on a node:http server at 127.0.0.1:0. Its structured log is kept in
 * `logs` (not printed) unless options.logger is given.
 */
export async function startReceiver(options) {
  const { createReceiver } = await load();
  const logs = [];
  const receiver = createReceiver({ logger: (entry) => logs.push(entry), ...options });
  await receiver.ready;
  const server = createServer(receiver);
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
  const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/consent-proofs`;
  return {
    receiver,
    server,
    url,
    logs,
    async close() {
      server.close();
      server.closeAllConnections();
      await receiver.close();
    },
  };
}

/** Runs the CLI to completion: { code, stdout, stderr }. */
export function runCli(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts the CLI server; resolves once it prints its URL. */
export function startCli(args, env = {}) {
  const child = spawn(process.execPath, [cliPath, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output })));
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (c) => {
      output += c;
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', (c) => (output += c));
    exited.then(() => reject(new Error(`receiver exited before listening:\n${output}`)));
  });
  url.catch(() => {}); // a test that expects the exit awaits `exited`, not `url`
  return { child, url, exited, output: () => output };
}
