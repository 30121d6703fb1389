import { DEFAULT_TIMEOUTS, TABLE, connect, reason, withRetry } from './pg-sql.js';
import { SCHEMA } from './pg-schema.js';
import { QUIET_EVENTS, Unavailable } from './store.js';
export { isPostgresUrl } from './pg-url.js';
const PAGE = 1000;
/** Errors of a transaction that lost to a writer not using the tail lock (an older receiver): retried. */
const RETRIED = new Set(['23505', '40001', '40P01']);
/** Errors that say the database is gone (connection class 08, shutdown 57P0x, or no SQL code at all). */
function isConnectionLoss(err) {
    const code = err?.code;
    return code === undefined || !/^[0-9A-Z]{5}$/.test(code) || code.startsWith('08') || code.startsWith('57P');
}
export class PgStore {
    pool;
    existing;
    queue = [];
    inFlight = new Map();
    writing = null;
    closed = false;
    down = false;
    stored = 0;
    commits = 0;
    sweeper;
    maxQueue;
    maxBatch;
    waitMs;
    events;
    constructor(pool, existing, options) {
        this.pool = pool;
        this.existing = existing;
        this.maxQueue = options.maxQueue ?? 20_000;
        this.maxBatch = options.maxBatch ?? 1000;
        this.waitMs = options.waitMs ?? 4000;
        this.events = options.events ?? QUIET_EVENTS;
        // One timer for all waiting receipts: the queue is in arrival order, so in deadline order.
        this.sweeper = setInterval(() => this.expire(), 200);
        this.sweeper.unref();
    }
    /**
     * Connects, creates or upgrades the table. While the database is down it waits and retries
     * with back-off (until `stopped()`); a permanent error (bad password, no database) rejects.
     */
    static async open(url, options = {}, stopped = () => false) {
        const events = options.events ?? QUIET_EVENTS;
        const pool = await connect(url, options.poolSize ?? 10, options.timeouts ?? DEFAULT_TIMEOUTS);
        try {
            const count = await withRetry(async () => {
                if (options.migrate !== false)
                    await pool.query(SCHEMA);
                const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${TABLE} WHERE kind = 'receipt'`);
                return rows[0].n;
            }, { stopped, onRetry: (err, waitMs) => events.trouble('postgres-wait', { error: reason(err), retryInMs: waitMs }) });
            return new PgStore(pool, count, options);
        }
        catch (err) {
            await pool.end().catch(() => undefined);
            // 42P01 undefined table, 42703 undefined column: the schema is missing or older than this receiver.
            const code = err.code;
            const hint = options.migrate === false && (code === '42P01' || code === '42703')
                ? ' (run `samtykke-receiver migrate --postgres URL` with the admin role first)'
                : '';
            throw new Error(`PostgreSQL: ${reason(err)}${hint}`);
        }
    }
    append(key, record) {
        if (this.closed)
            return Promise.reject(new Unavailable('the proof store is closed'));
        if (this.down)
            return Promise.reject(new Unavailable('PostgreSQL is unreachable', 5));
        const original = this.inFlight.get(key);
        if (original)
            return original.then(() => 'duplicate');
        if (this.queue.length >= this.maxQueue)
            return Promise.reject(new Unavailable('the receiver is busy', 1));
        const r = record;
        const promise = new Promise((resolve, reject) => {
            this.queue.push({
                key,
                record: r,
                line: JSON.stringify(record),
                deadline: Date.now() + this.waitMs,
                settled: false,
                resolve,
                reject,
            });
        });
        this.inFlight.set(key, promise);
        promise.then(() => this.inFlight.delete(key), () => this.inFlight.delete(key));
        if (!this.writing)
            this.writing = this.drain();
        return promise;
    }
    /** Stored records (not tombstones), oldest first, a page at a time, filtered by PostgreSQL. */
    async *select(query) {
        const where = ['seq > $1::bigint', 'line IS NOT NULL', "kind = 'receipt'"];
        const params = ['0'];
        if (query.consentId !== undefined)
            where.push(`consent_id = $${params.push(query.consentId.toLowerCase())}`);
        if (query.subject !== undefined)
            where.push(`subject = $${params.push(query.subject)}`);
        if (query.from !== undefined)
            where.push(`received_at >= $${params.push(new Date(query.from).toISOString())}::timestamptz`);
        if (query.to !== undefined)
            where.push(`received_at < $${params.push(new Date(query.to).toISOString())}::timestamptz`);
        for (;;) {
            const { rows } = await this.pool.query(
            // ORDER BY the column, not the text alias: '10' sorts before '9'.
            `SELECT seq::text AS seq, line FROM ${TABLE} WHERE ${where.join(' AND ')} ORDER BY ${TABLE}.seq LIMIT ${PAGE}`, params);
            for (const row of rows)
                yield JSON.parse(row.line);
            if (rows.length < PAGE)
                return;
            params[0] = rows[rows.length - 1].seq;
        }
    }
    stats() {
        // Rows at start-up plus this process's own: other receivers' rows since are not counted.
        return { records: this.existing + this.stored, fsyncs: this.commits, recoveredTornBytes: 0, queued: this.queue.length };
    }
    accepting() {
        return !this.closed && !this.down && this.queue.length < this.maxQueue;
    }
    healthy() {
        return this.accepting();
    }
    /** Refuses new appends, lets the transaction in progress finish, answers the rest 503. */
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        clearInterval(this.sweeper);
        while (this.writing)
            await this.writing;
        await this.pool.end().catch(() => undefined);
    }
    /** Answers 503 for receipts that waited longer than `waitMs`; those not yet taken are dropped. */
    expire() {
        const now = Date.now();
        let dropped = 0;
        while (dropped < this.queue.length && this.queue[dropped].deadline <= now)
            dropped += 1;
        for (const item of this.queue.splice(0, dropped))
            this.fail(item, new Unavailable('the proof store did not answer in time', 2));
    }
    fail(item, err) {
        if (item.settled)
            return;
        item.settled = true;
        item.reject(err);
    }
    async drain() {
        while (this.queue.length > 0 && !this.down) {
            const batch = this.queue.splice(0, this.maxBatch);
            const started = performance.now();
            try {
                const stored = await this.commitWithRetry(batch);
                this.commits += 1;
                this.stored += stored.size;
                this.events.committed((performance.now() - started) / 1000, stored.size);
                for (const item of batch) {
                    if (item.settled)
                        continue;
                    item.settled = true;
                    item.resolve(stored.has(item.key) ? 'stored' : 'duplicate');
                }
            }
            catch (err) {
                this.events.trouble('postgres-commit-failed', { error: reason(err), receipts: batch.length });
                const unavailable = new Unavailable(`PostgreSQL: ${reason(err)}`, 5);
                for (const item of batch)
                    this.fail(item, unavailable);
                if (isConnectionLoss(err) && !this.closed)
                    this.goDown(unavailable);
            }
        }
        this.writing = null;
    }
    /** Refuses appends until a probe reaches the database again. */
    goDown(err) {
        this.down = true;
        for (const item of this.queue.splice(0))
            this.fail(item, err);
        void withRetry(() => this.pool.query('SELECT 1'), {
            stopped: () => this.closed,
            onRetry: (e, waitMs) => this.events.trouble('postgres-wait', { error: reason(e), retryInMs: waitMs }),
        }).then(() => {
            this.down = false;
            this.events.trouble('postgres-back', {});
        }, () => undefined);
    }
    async commitWithRetry(batch) {
        for (let attempt = 1;; attempt++) {
            try {
                return await this.commit(batch.filter((item) => !item.settled));
            }
            catch (err) {
                if (attempt >= 3 || !RETRIED.has(err.code ?? ''))
                    throw err;
                this.events.trouble('postgres-retry', { error: reason(err), attempt });
            }
        }
    }
    /**
     * One statement, so one transaction and one round trip: the append function (pg-sql.ts)
     * takes the tail lock, skips what is stored, chains and inserts the rest. Answers the ids stored.
     */
    async commit(batch) {
        if (batch.length === 0)
            return new Set();
        const columns = Array.from({ length: 8 }, () => []);
        for (const item of batch) {
            const r = item.record;
            const values = [
                item.key,
                String(r.consentId).toLowerCase(),
                String(r.receivedAt),
                item.line,
                String(r.expiresAt),
                typeof r.via === 'string' ? r.via : null,
                typeof r.userActivation === 'boolean' ? r.userActivation : null,
                typeof r.subject === 'string' ? r.subject : null,
            ];
            values.forEach((value, i) => columns[i].push(value));
        }
        const { rows } = await this.pool.query(`SELECT ${TABLE}_append($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::timestamptz[], $6::text[], $7::boolean[], $8::text[]) AS stored`, columns);
        return new Set(rows[0].stored);
    }
}
