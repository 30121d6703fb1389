/**
 * Reading records back from the file log's segments for an export: a consent id through the
 * indexes (only its lines are read), a time range by reading the segments in bounded memory.
 */
import { open } from 'node:fs/promises';
import { parseLine, readLines } from './chain.js';
import { readRefs } from './segments.js';
import { idBytes } from './segment-index.js';
import { matches } from './store.js';
/** Acknowledged records (not tombstones, not removal records) matching `query`, oldest first. */
export async function* selectRecords(query, segments) {
    const { paths, sealed, active, activeSize } = segments;
    for (const [i, path] of paths.entries()) {
        const isActive = i === sealed.length;
        const limit = isActive ? activeSize : Infinity;
        if (query.consentId !== undefined) {
            const refs = isActive ? active.lines(query.consentId) : sealed[i].lines(idBytes(query.consentId.toLowerCase()));
            if (refs.length === 0)
                continue;
            const file = await open(path, 'r');
            try {
                for (const bytes of await readRefs(file, refs.filter((r) => r.offset + r.length <= limit))) {
                    const line = parseLine(bytes);
                    if (typeof line !== 'string' && line.record && matches(line.record, query))
                        yield line.record;
                }
            }
            finally {
                await file.close();
            }
            continue;
        }
        for await (const raw of readLines(path, limit)) {
            const line = parseLine(raw.bytes);
            if (typeof line !== 'string' && line.record && matches(line.record, query))
                yield line.record;
        }
    }
}
