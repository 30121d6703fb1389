/**
 * The chain status the console shows: `verify` on the store the receiver runs on (the file log
 * or PostgreSQL), with the newest purge and erasure found in the removal records.
 *
 * The file log is read while the receiver may be writing to it: a line being written shows as
 * an unfinished last line, which is not tampering, so such a result is checked again after a
 * moment before it is reported.
 */
import { join } from 'node:path';
import { listSegments, parseLine, readLines, verifyLog } from '../chain.js';
import { verifyPg } from '../pg-admin.js';
import { TABLE, connect } from '../pg-sql.js';
async function fileRemovals(dir) {
    const found = { lastPurge: null, lastErase: null };
    for (const name of await listSegments(dir)) {
        for await (const raw of readLines(join(dir, name))) {
            if (!raw.complete)
                continue;
            const line = parseLine(raw.bytes);
            if (typeof line === 'string' || line.removal === undefined)
                continue;
            if (line.removal.command === 'purge')
                found.lastPurge = line.removal.removedAt;
            else
                found.lastErase = line.removal.removedAt;
        }
    }
    return found;
}
async function pgRemovals(url) {
    const pool = await connect(url, 1);
    try {
        const latest = async (command) => {
            const { rows } = await pool.query(`SELECT line::jsonb -> 'removal' ->> 'removedAt' AS at FROM ${TABLE}
          WHERE kind = 'removal' AND line IS NOT NULL AND line::jsonb -> 'removal' ->> 'command' = $1 ORDER BY seq DESC LIMIT 1`, [command]);
            return rows[0]?.at ?? null;
        };
        return { lastPurge: await latest('purge'), lastErase: await latest('erase') };
    }
    finally {
        await pool.end().catch(() => undefined);
    }
}
async function verifyFile(dir) {
    let result = await verifyLog(dir);
    for (let tries = 0; tries < 5 && !result.ok && result.error.includes('unfinished last line'); tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        result = await verifyLog(dir);
    }
    return result;
}
/** Verifies the receiver's store now. */
export async function checkChain(options) {
    const at = new Date().toISOString();
    if (options.postgres !== undefined) {
        const result = await verifyPg(options.postgres, { waitMs: 5000 });
        return { at, result, ...(await pgRemovals(options.postgres)) };
    }
    const dir = options.dataDir;
    const result = await verifyFile(dir);
    return { at, result, ...(await fileRemovals(dir)) };
}
