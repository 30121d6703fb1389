/**
 * `purge` and `erase` on the file log: every record the removal selects is replaced, in place
 * in the chain, by a tombstone line that keeps the removed line's hash (chain.ts). The segment
 * files that change are rewritten whole (a new file, synced, renamed over the old one), so a
 * crash leaves either the old or the new segment, never half of one.
 *
 * It takes the log's lock: the receiver must be stopped while it runs (it would otherwise keep
 * appending to a file being replaced). It refuses a log whose chain does not verify: removing
 * records from a log that was tampered with would destroy the evidence of it.
 */
import { open, rename, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ChainWalker, formatTombstone, listSegments, readLines } from './chain.js';
import { acquireLock } from './lock.js';
import { ProofLog } from './log.js';
import { CHECKPOINT, indexName, syncDirectory, writeAll } from './segments.js';
import { isRemoved, makeTombstone, ruleOf } from './tombstone.js';
import type { Removal } from './tombstone.js';

/** Replaces the records `removal` selects with tombstones; answers how many. */
export async function removeFromLog(dir: string, removal: Removal): Promise<number> {
  const absolute = resolve(dir);
  const segments = await listSegments(absolute);
  if (segments.length === 0) throw new Error(`no proof log in ${absolute}`);
  const unlock = await acquireLock(absolute);
  let removed = 0;
  const changed: string[] = [];
  try {
    const walker = new ChainWalker();
    const rule = ruleOf(removal);
    for (const segment of segments) {
      const path = join(absolute, segment);
      const temporary = `${path}.rewrite`;
      const out = await open(temporary, 'w');
      let touched = false;
      try {
        for await (const raw of readLines(path)) {
          const number = walker.count + 1;
          const result = raw.complete ? walker.accept(raw.bytes) : null;
          if (result && 'error' in result) {
            throw new Error(`the proof log does not verify (${result.error}); nothing was removed. Keep it as evidence.`);
          }
          const record = result?.line.record;
          let bytes: Uint8Array = raw.bytes;
          if (record && isRemoved(record, removal)) {
            const tombstone = makeTombstone(record, removal.kind, rule, removal.now);
            bytes = Buffer.from(formatTombstone(number, result.line.prev, walker.head, tombstone), 'utf8');
            removed += 1;
            touched = true;
          }
          await writeAll(out, bytes);
          if (raw.complete) await writeAll(out, Buffer.from('\n'));
        }
        await out.sync();
      } finally {
        await out.close();
      }
      if (!touched) {
        await unlink(temporary);
        continue;
      }
      await rename(temporary, path);
      changed.push(segment);
      await unlink(join(absolute, indexName(segment))).catch(() => undefined);
    }
    if (changed.length > 0) {
      await syncDirectory(absolute);
      // Offsets moved: the checkpoint no longer fits. The next open verifies all and writes a new one.
      await unlink(join(absolute, CHECKPOINT)).catch(() => undefined);
    }
  } catch (err) {
    for (const segment of segments) await unlink(join(absolute, `${segment}.rewrite`)).catch(() => undefined);
    throw err;
  } finally {
    await unlock();
  }
  if (changed.length > 0) await (await ProofLog.open(absolute)).close();
  return removed;
}
