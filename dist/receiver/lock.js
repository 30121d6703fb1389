/**
 * One writer per proof log. Two receivers appending to the same directory would interleave
 * two chains into one file, which `verify` would then (rightly) report as tampering.
 *
 * A `receiver.lock` file holds the writer's pid. A lock left behind by a process that is gone
 * (a crash, `kill -9`) is taken over, so a restart never needs a human. It is a guard against
 * the common mistake (starting the receiver twice on one machine), not a distributed lock: it
 * must never be relied on across machines sharing a volume.
 */
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
/** Directories this process has open, since our own pid in a lock file means "stale" below. */
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
    const previous = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    // Our own pid in the file is a previous life of this pid (a container restarts as pid 1).
    if (Number.isSafeInteger(previous) && previous > 0 && previous !== process.pid && isAlive(previous)) {
        throw new Error(`the proof log in ${dir} is in use by another receiver (pid ${previous})`);
    }
    const file = await open(path, 'w');
    await file.writeFile(`${process.pid}\n`);
    await file.close();
    held.add(dir);
    return async () => {
        held.delete(dir);
        await unlink(path).catch(() => undefined);
    };
}
