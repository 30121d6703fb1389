/**
 * One writer per proof log. Two receivers appending to the same directory would interleave
 * two chains into one file, which `verify` would then (rightly) report as tampering; purge and
 * erase rewrite segments and must not run beside a receiver either.
 *
 * The lock is a kernel lock, flock(2) on `receiver.lock`, held by a small child process:
 * `flock --exclusive --nonblock receiver.lock sh -c 'echo locked; exec cat'`. Why this way:
 * - The kernel decides who holds it, for every process that opens the same file: another
 *   receiver on this machine, in another PID namespace (two containers on one volume, each
 *   its own pid 1) or started at the same instant. A pid written in a file, the old way, means
 *   nothing in another namespace, and a lock file read while still empty looked stale.
 * - Nothing is ever stale: the kernel drops a flock when its holder dies. The child's `cat`
 *   reads the receiver's stdin pipe, so when the receiver exits or is killed (`kill -9`) the
 *   pipe closes, `cat` ends, flock exits and the lock is free: a restart never needs a human.
 * - Node has no flock of its own, and the npm packages that add one are native addons that
 *   compile at install; flock(1) is in util-linux (every Debian/Ubuntu/RHEL image; on Alpine,
 *   `apk add util-linux`: BusyBox's flock lacks the options used here).
 * - A lease with a heartbeat would need a clock and a timeout to decide when a writer is gone,
 *   and would let a paused writer (SIGSTOP, a long GC) come back beside a new one.
 * The lock file is never deleted: deleting it would let a newcomer lock a new file while an old
 * holder still holds the old one. It holds the holder's pid, for a human reading it only.
 *
 * flock(2) is exact on one machine (any namespaces). Across machines it is only as good as the
 * network filesystem's lock support: for several machines, use PostgreSQL (`--postgres`).
 * If flock(1) is missing the log refuses to open, naming what to install.
 */
import { spawn } from 'node:child_process';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
/** Directories this process has open. */
const held = new Set();
/** flock's exit code when another process holds the lock (any code flock itself never uses). */
const CONFLICT = 75;
/** How long taking the lock may take: flock does not wait, so this is only a hung fork. */
const TIMEOUT_MS = 10_000;
/** The pid the holder wrote in the lock file, for the error message; null if unreadable. */
async function holderPid(path) {
    const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}
/** Starts the flock child; resolves once it holds the lock, rejects naming why it does not. */
function startHolder(path, dir) {
    const child = spawn('flock', ['--exclusive', '--nonblock', '--conflict-exit-code', String(CONFLICT), path, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new Promise((resolve, reject) => {
        let stderr = '';
        const timer = setTimeout(() => finish(new Error(`taking the lock on ${dir} did not finish within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
        const finish = (err) => {
            clearTimeout(timer);
            child.stdout.removeAllListeners('data');
            child.removeAllListeners('exit');
            if (err === null)
                return resolve(child);
            child.kill('SIGKILL');
            reject(err);
        };
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
        child.stdout.on('data', (chunk) => {
            if (chunk.toString().includes('locked'))
                finish(null);
        });
        child.on('error', (err) => {
            const why = err.code === 'ENOENT' ? 'flock(1) is not installed (it is in util-linux: apt-get or apk add util-linux)' : err.message;
            finish(new Error(`cannot lock the proof log in ${dir}: ${why}`));
        });
        child.on('exit', (code) => {
            if (code !== CONFLICT)
                return finish(new Error(`cannot lock the proof log in ${dir}: flock exited ${code} ${stderr.trim()}`));
            void holderPid(path).then((pid) => finish(new Error(`the proof log in ${dir} is in use by another receiver (pid ${pid ?? 'unknown'})`)));
        });
    });
}
/**
 * Takes the lock on `dir` (an absolute path), or throws naming why not. `onLost` hears if the
 * holder ends while the lock is held (someone killed it): the log must stop writing then.
 */
export async function acquireLock(dir, onLost = () => undefined) {
    if (held.has(dir))
        throw new Error(`the proof log in ${dir} is already open in this process`);
    held.add(dir);
    const path = join(dir, 'receiver.lock');
    let child;
    try {
        // Created by us, private; flock would create it with the default mode.
        await (await open(path, 'a', 0o600)).close();
        child = await startHolder(path, dir);
    }
    catch (err) {
        held.delete(dir);
        throw err;
    }
    // The holder must not keep this process alive, nor be waited for by it.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr])
        stream.unref?.();
    let releasing = false;
    const exited = new Promise((resolve) => child.on('exit', () => resolve()));
    child.on('exit', (code, signal) => {
        if (!releasing)
            onLost(`the lock holder (flock, pid ${child.pid}) ended (${signal ?? `exit ${code}`})`);
    });
    await writeOwner(path);
    return {
        async release() {
            if (releasing)
                return exited;
            releasing = true;
            // Held open until the holder has exited: the lock must be free when release() resolves.
            child.ref();
            child.stdin.end();
            await exited;
            held.delete(dir);
        },
    };
}
/** Writes our pid into the lock file (after locking: never an empty file read as "free"). */
async function writeOwner(path) {
    const file = await open(path, 'r+');
    try {
        await file.truncate(0);
        await file.write(`${process.pid}\n`, 0);
    }
    finally {
        await file.close();
    }
}
