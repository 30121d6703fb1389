// Throwaway PostgreSQL clusters for the receiver's tests: Debian's `postgresql` package
// (installed by `npm test` when missing and running as root, like Chromium), a cluster in a
// temporary directory on a free loopback port, stopped and removed afterwards. As root the
// server runs as the `postgres` system user (PostgreSQL refuses to run as root), created when
// missing. Nothing listens beyond 127.0.0.1; trust authentication is fine for that reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The directory holding initdb and pg_ctl (PG_BIN, else the newest /usr/lib/postgresql/N/bin), or null. */
export function findPostgres() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'pg_ctl'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

/** Finds PostgreSQL, installing Debian's package when missing and running as root; null if neither. */
export function ensurePostgres() {
  if (findPostgres()) return findPostgres();
  const root = process.getuid?.() === 0;
  if (root && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    console.log("samtykke: no PostgreSQL found; installing Debian's postgresql package (apt-get) …");
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null'], {
      stdio: 'inherit',
    });
  }
  return findPostgres();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

/** The system user the server runs as when we are root. */
function serverUser() {
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
  };
}

/** Runs one of PostgreSQL's programs, as the server user when we are root. */
function runAs(bin, program, args) {
  const command = join(bin, program);
  const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8', cwd: tmpdir() });
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * Starts a new cluster. Resolves { url, port, dir, stop(), start(), kill() } where stop/start
 * stop and restart the same cluster (for outage tests) and kill removes it for good.
 */
export async function startCluster() {
  const bin = ensurePostgres();
  if (!bin) throw new Error('PostgreSQL is not installed (Debian: apt-get install -y postgresql, or set PG_BIN)');
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-pg-'));
  const data = join(dir, 'data');
  if (isRoot()) {
    const { uid, gid } = serverUser();
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  runAs(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c log_min_messages=warning`;
  const cluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    start: () => runAs(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']),
    stop: () => runAs(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    kill() {
      try {
        cluster.stop();
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
