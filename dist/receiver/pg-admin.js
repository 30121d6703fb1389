import { sha256Hex } from './chain.js';
import { TABLE, TAIL_LOCK, connect, reason, withRetry } from './pg-sql.js';
import { SCHEMA } from './pg-schema.js';
import { RemovalLedger, makeRemovals, removalProblem, unnamedTombstone } from './removal.js';
import { ruleOf } from './tombstone.js';
const PAGE = 1000;
/** Rows tombstoned per transaction: a big purge does not hold one huge transaction open. */
const CHUNK = 5000;
async function withPool(url, options, work) {
    const pool = await connect(url, 1);
    try {
        return await withRetry(() => work(pool), {
            deadline: Date.now() + (options.waitMs ?? 60_000),
            onRetry: (err, waitMs) => options.onRetry?.(reason(err), waitMs),
        });
    }
    catch (err) {
        throw new Error(`PostgreSQL: ${reason(err)}`);
    }
    finally {
        await pool.end().catch(() => undefined);
    }
}
async function* rows(pool) {
    let after = '0';
    for (;;) {
        const { rows: page } = await pool.query(`SELECT seq::text AS seq, line, tombstone, prev_hash, hash, kind FROM ${TABLE} WHERE seq > $1::bigint ORDER BY ${TABLE}.seq LIMIT ${PAGE}`, [after]);
        yield* page;
        if (page.length < PAGE)
            return;
        after = page[page.length - 1].seq;
    }
}
/**
 * Walks the chain of the table: every row's prev_hash is the hash before it, every record its
 * hash, every tombstone named by a removal record after it (removal.ts).
 */
export async function verifyPg(url, options = {}) {
    return withPool(url, options, async (pool) => {
        let head = '';
        let count = 0;
        const ledger = new RemovalLedger();
        for await (const row of rows(pool)) {
            const n = count + 1;
            const fail = (error) => ({
                ok: false,
                records: count,
                line: n,
                error: `row ${n} (seq ${row.seq}): ${error}`,
            });
            const problem = checkRow(row, head, ledger);
            if (problem)
                return fail(problem);
            head = row.hash;
            count = n;
        }
        const unnamed = ledger.unnamed();
        if (unnamed !== null)
            return { ok: false, records: count, line: count, error: unnamedTombstone(unnamed) };
        const records = count - ledger.removalCount;
        return { ok: true, records, tombstones: ledger.tombstoneCount, removals: ledger.removalCount, head };
    });
}
/** Why one row breaks the chain, or null. */
function checkRow(row, head, ledger) {
    if (row.prev_hash !== head)
        return 'does not follow the row before it (a row was deleted, inserted or reordered)';
    if (row.line === null) {
        // A tombstone: the record was purged or erased; its hash is what the chain keeps of it.
        if (!isJson(row.tombstone))
            return 'has neither a record nor a tombstone (emptied by hand)';
        if (row.kind !== 'receipt')
            return 'a removal record emptied by hand';
        ledger.tombstone(Number(row.seq), row.hash);
        return null;
    }
    if (sha256Hex(row.prev_hash + row.line) !== row.hash)
        return 'its content does not match its hash (edited)';
    if (!isJson(row.line))
        return 'is not JSON';
    if (row.kind === 'removal') {
        const removal = JSON.parse(row.line).removal;
        const malformed = removalProblem(removal);
        if (malformed)
            return malformed;
        const problem = ledger.removal(removal);
        if (problem)
            return `the removal record ${problem}`;
    }
    else if (row.kind !== 'receipt')
        return `kind ${JSON.stringify(row.kind)} is neither receipt nor removal`;
    return null;
}
function isJson(text) {
    if (text === null)
        return false;
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
/** The rows a removal takes, and the SQL parameter that selects them. */
function condition(removal) {
    if (removal.kind === 'retention') {
        return { where: `expires_at + make_interval(days => $4::int) <= $3::timestamptz`, value: String(removal.holdDays) };
    }
    if ('consentId' in removal)
        return { where: 'consent_id = $4', value: removal.consentId.toLowerCase() };
    return { where: 'subject = $4', value: removal.subject };
}
/**
 * Replaces the records `removal` selects with tombstones and appends the removal records naming
 * them, a chunk per transaction, each holding the tail lock (so appends wait, and the removal
 * record goes at the very end); answers how many. Needs the admin role: the appending role has
 * no UPDATE. Safe while receivers run.
 */
export async function removePg(url, removal, options = {}) {
    const { where, value } = condition(removal);
    const sql = `WITH victims AS (
      SELECT seq FROM ${TABLE} WHERE line IS NOT NULL AND kind = 'receipt' AND ${where} ORDER BY seq LIMIT ${CHUNK} FOR UPDATE
    )
    UPDATE ${TABLE} t SET
      tombstone = json_build_object('removed', 'receipt', 'reason', $1::text, 'rule', $2::text, 'removedAt', $3::text,
        'receivedAt', to_char(t.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text,
      line = NULL, receipt_id = 'removed:' || t.seq, consent_id = '', subject = NULL, via = NULL, user_activation = NULL
    FROM victims WHERE t.seq = victims.seq
    RETURNING t.seq::text AS seq, t.hash`;
    const params = [removal.kind, ruleOf(removal), removal.now.toISOString(), value];
    return withPool(url, options, async (pool) => {
        let total = 0;
        for (;;) {
            const removed = await removeChunk(pool, sql, params, removal);
            total += removed;
            if (removed < CHUNK)
                return total;
        }
    });
}
/** One transaction: tombstones for up to CHUNK rows, then their removal records at the tail. */
async function removeChunk(pool, sql, params, removal) {
    const client = await pool.connect();
    try {
        await client.query('BEGIN');
        await client.query(`SELECT pg_advisory_xact_lock(${TAIL_LOCK})`);
        const { rows: removed } = await client.query(sql, params);
        const lines = removed.map((r) => ({ seq: Number(r.seq), hash: r.hash })).sort((a, b) => a.seq - b.seq);
        const { rows: last } = await client.query(`SELECT hash FROM ${TABLE} ORDER BY seq DESC LIMIT 1`);
        let head = last[0]?.hash ?? '';
        for (const record of makeRemovals(removal, lines)) {
            const line = JSON.stringify({ removal: record });
            const hash = sha256Hex(head + line);
            await client.query(`INSERT INTO ${TABLE} (receipt_id, consent_id, received_at, line, prev_hash, hash, kind)
          VALUES ($1, '', $2::timestamptz, $3, $4, $5, 'removal')`, [`removal:${hash}`, record.removedAt, line, head, hash]);
            head = hash;
        }
        await client.query('COMMIT');
        return removed.length;
    }
    catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
    }
    finally {
        client.release();
    }
}
/** `samtykke-receiver migrate`: creates or upgrades the table and the append function. */
export async function migratePg(url, options = {}) {
    await withPool(url, options, async (pool) => {
        await pool.query(SCHEMA);
    });
}
