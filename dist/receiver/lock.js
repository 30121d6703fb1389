/**
 * One writer per proof log. Two receivers appending to the same directory would interleave
 * two chains into one file, which `verify` would then (rightly) report as tampering; purge and
 * erase rewrite segments and must not run beside a receiver either.
 *
 * A `receiver.lock` file, created exclusively ('wx': the kernel lets one process win), holds
 * the writer's pid. A lock left behind by a process that is gone (a crash, `kill -9`) is
 * removed and taken, so a restart never needs a human. It is a guard against the common
 * mistake (starting the receiver twice on one machine), not a distributed lock: it must never
 * be relied on across machines sharing a volume.
 */
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
/** Directories this process has open. */
const held = new Set();
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        // EPERM: the process exists but belongs to someone else.
        return err.code === 'EPERM';
    }
}
/** Takes the lock on `dir` (an absolute path), or throws naming the process that has it. */
export async function acquireLock(dir) {
    if (held.has(dir))
        throw new Error(`the proof log in ${dir} is already open in this process`);
    const path = join(dir, 'receiver.lock');
    for (let attempt = 0;; attempt++) {
        try {
            const file = await open(path, 'wx');
            await file.writeFile(`${process.pid}\n`);
            await file.close();
            break;
        }
        catch (err) {
            if (err.code !== 'EEXIST' || attempt >= 3)
                throw err;
            const previous = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
            // Our own pid in the file is a previous life of this pid (a container restarts as pid 1).
            if (Number.isSafeInteger(previous) && previous > 0 && previous !== process.pid && isAlive(previous)) {
                throw new Error(`the proof log in ${dir} is in use by another receiver (pid ${previous})`);
            }
            // A stale lock (or one being written this instant: then the next 'wx' settles it).
            await unlink(path).catch(() => undefined);
        }
    }
    held.add(dir);
    return async () => {
        held.delete(dir);
        await unlink(path).catch(() => undefined);
    };
}
