/**
 * `purge` and `erase` on the file log, in three steps, all under the log's lock (the receiver
 * must be stopped: it would otherwise keep appending to a file being replaced):
 * 1. Walk and verify the whole chain (tombstones and removal records included), collecting
 *    the seq and hash of each record the removal selects. A log that does not verify is
 *    refused: removing records from a log that was tampered with would destroy the evidence.
 * 2. Append the removal records naming them (removal.ts) to the end of the chain, synced.
 * 3. Replace each selected record, in place, by a tombstone keeping its hash (chain.ts). The
 *    segment files that change are rewritten whole (a new file, synced, renamed over the old
 *    one), so a crash leaves either the old or the new segment, never half of one.
 */
import { open, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ChainWalker, formatRemoval, formatTombstone, listSegments, parseLine, readLines, sha256Hex } from './chain.js';
import { acquireLock } from './lock.js';
import { ProofLog } from './log.js';
import { RemovalLedger, makeRemovals, unnamedTombstone } from './removal.js';
import { CHECKPOINT, cutTornTail, indexName, syncDirectory, writeAll } from './segments.js';
import { isRemoved, makeTombstone, ruleOf } from './tombstone.js';
/** Replaces the records `removal` selects with tombstones and records the removal; answers how many. */
export async function removeFromLog(dir, removal) {
    const absolute = resolve(dir);
    const segments = await listSegments(absolute);
    if (segments.length === 0)
        throw new Error(`no proof log in ${absolute}`);
    const lock = await acquireLock(absolute);
    let victims;
    try {
        const found = await findVictims(absolute, segments, removal);
        victims = found.victims;
        if (victims.size === 0)
            return 0;
        await appendRemovals(join(absolute, segments[segments.length - 1]), found, removal);
        await replaceWithTombstones(absolute, segments, victims);
    }
    finally {
        await lock.release();
    }
    // Offsets moved: the next open verifies all and writes new indexes and a new checkpoint.
    await (await ProofLog.open(absolute)).close();
    return victims.size;
}
/** Step 1: verifies the whole chain and collects what the removal selects. */
async function findVictims(dir, segments, removal) {
    const walker = new ChainWalker();
    // A removal interrupted before its tombstones were written is completed by running it again.
    const ledger = new RemovalLedger(true);
    const victims = new Map();
    const rule = ruleOf(removal);
    const refuse = (error) => new Error(`the proof log does not verify (${error}); nothing was removed. Keep it as evidence.`);
    let size = 0;
    let torn = 0;
    for (const [i, segment] of segments.entries()) {
        const path = join(dir, segment);
        for await (const raw of readLines(path)) {
            // An unfinished last line is crash debris, never acknowledged: cut off before appending.
            if (!raw.complete && i === segments.length - 1) {
                torn = (await stat(path)).size - raw.start;
                break;
            }
            const number = walker.count + 1;
            const result = walker.accept(raw.bytes);
            if ('error' in result)
                throw refuse(result.error);
            const { line } = result;
            if (line.tombstone !== undefined)
                ledger.tombstone(number, line.hash);
            const problem = line.removal !== undefined ? ledger.removal(line.removal) : null;
            if (problem)
                throw refuse(`line ${number}: the removal record ${problem}`);
            if (line.record && isRemoved(line.record, removal)) {
                const tombstone = makeTombstone(line.record, removal.kind, rule, removal.now);
                victims.set(number, { seq: number, hash: walker.head, tombstone });
            }
            size = raw.end;
        }
    }
    const unnamed = ledger.unnamed();
    if (unnamed !== null)
        throw refuse(unnamedTombstone(unnamed));
    const unfinished = [...ledger.pending].filter((seq) => !victims.has(seq));
    if (unfinished.length > 0) {
        throw new Error(`an earlier purge or erase was interrupted: a removal record names line ${unfinished[0]}, which this one ` +
            'does not remove; run that purge or erase again to complete it. Nothing was removed.');
    }
    return { victims, count: walker.count, head: walker.head, size, torn };
}
/** Step 2: the removal records, appended to the end of the chain and synced. */
async function appendRemovals(lastSegment, found, removal) {
    if (found.torn > 0)
        await cutTornTail(lastSegment, found.size, found.torn);
    let seq = found.count;
    let prev = found.head;
    const lines = [];
    for (const record of makeRemovals(removal, [...found.victims.values()].map(({ seq: s, hash }) => ({ seq: s, hash })))) {
        seq += 1;
        const line = formatRemoval(seq, prev, record);
        lines.push(line);
        prev = sha256Hex(line);
    }
    const file = await open(lastSegment, 'a', 0o600);
    try {
        await writeAll(file, Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
        await file.datasync();
    }
    finally {
        await file.close();
    }
}
/** Step 3: rewrites each segment that holds a victim, the victims' lines replaced by tombstones. */
async function replaceWithTombstones(dir, segments, victims) {
    let number = 0;
    try {
        for (const segment of segments) {
            const path = join(dir, segment);
            const temporary = `${path}.rewrite`;
            const out = await open(temporary, 'w', 0o600);
            let touched = false;
            try {
                for await (const raw of readLines(path)) {
                    number += 1;
                    const victim = victims.get(number);
                    const line = victim ? parseLine(raw.bytes) : null;
                    const bytes = victim && line !== null && typeof line !== 'string'
                        ? Buffer.from(formatTombstone(number, line.prev, victim.hash, victim.tombstone), 'utf8')
                        : raw.bytes;
                    touched ||= bytes !== raw.bytes;
                    await writeAll(out, bytes);
                    await writeAll(out, Buffer.from('\n'));
                }
                await out.sync();
            }
            finally {
                await out.close();
            }
            if (!touched) {
                await unlink(temporary);
                continue;
            }
            await rename(temporary, path);
            await unlink(join(dir, indexName(segment))).catch(() => undefined);
        }
        await syncDirectory(dir);
        await unlink(join(dir, CHECKPOINT)).catch(() => undefined);
    }
    catch (err) {
        for (const segment of segments)
            await unlink(join(dir, `${segment}.rewrite`)).catch(() => undefined);
        throw err;
    }
}
