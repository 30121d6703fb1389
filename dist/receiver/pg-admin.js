import { sha256Hex } from './chain.js';
import { TABLE, connect, reason, withRetry } from './pg-sql.js';
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
        const { rows: page } = await pool.query(`SELECT seq::text AS seq, line, tombstone, prev_hash, hash FROM ${TABLE} WHERE seq > $1::bigint ORDER BY ${TABLE}.seq LIMIT ${PAGE}`, [after]);
        yield* page;
        if (page.length < PAGE)
            return;
        after = page[page.length - 1].seq;
    }
}
/** Walks the chain of the table: every row's prev_hash is the hash before it, every record its hash. */
export async function verifyPg(url, options = {}) {
    return withPool(url, options, async (pool) => {
        let head = '';
        let count = 0;
        for await (const row of rows(pool)) {
            const n = count + 1;
            const where = `row ${n} (seq ${row.seq})`;
            const fail = (error) => ({ ok: false, records: count, line: n, error: `${where}: ${error}` });
            if (row.prev_hash !== head)
                return fail('does not follow the row before it (a row was deleted, inserted or reordered)');
            if (row.line === null) {
                // A tombstone: the record was purged or erased; its hash is what the chain keeps of it.
                if (!isJson(row.tombstone))
                    return fail('has neither a record nor a tombstone (emptied by hand)');
            }
            else {
                if (sha256Hex(row.prev_hash + row.line) !== row.hash)
                    return fail('its content does not match its hash (edited)');
                if (!isJson(row.line))
                    return fail('is not JSON');
            }
            head = row.hash;
            count = n;
        }
        return { ok: true, records: count, head };
    });
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
/**
 * Replaces the records `removal` selects with tombstones; answers how many. Safe while
 * receivers run: it touches no hash, and appends only ever add rows.
 */
export async function removePg(url, removal, options = {}) {
    const now = removal.now.toISOString();
    let condition;
    let value;
    if (removal.kind === 'retention') {
        condition = `expires_at + make_interval(days => $4::int) <= $3::timestamptz`;
        value = String(removal.holdDays);
    }
    else if ('consentId' in removal) {
        condition = 'consent_id = $4';
        value = removal.consentId.toLowerCase();
    }
    else {
        condition = 'subject = $4';
        value = removal.subject;
    }
    const sql = `WITH victims AS (
      SELECT seq FROM ${TABLE} WHERE line IS NOT NULL AND ${condition} ORDER BY seq LIMIT ${CHUNK} FOR UPDATE
    )
    UPDATE ${TABLE} t SET
      tombstone = json_build_object('removed', 'receipt', 'reason', $1::text, 'rule', $2::text, 'removedAt', $3::text,
        'receivedAt', to_char(t.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text,
      line = NULL, receipt_id = 'removed:' || t.seq, consent_id = '', subject = NULL, via = NULL, user_activation = NULL
    FROM victims WHERE t.seq = victims.seq`;
    return withPool(url, options, async (pool) => {
        let total = 0;
        for (;;) {
            const result = await pool.query(sql, [removal.kind, ruleOf(removal), now, value]);
            total += result.rowCount ?? 0;
            if ((result.rowCount ?? 0) < CHUNK)
                return total;
        }
    });
}
