/**
 * The proof store in PostgreSQL (`--postgres URL`, SPEC §9): for more than one receiver
 * machine behind a load balancer, with the same HTTP API as the embedded log.
 *
 * One table, `samtykke_proofs` (pg-sql.ts). Its rows form one hash chain like the log's lines:
 * `hash = sha256(prev_hash || line)`, the first row's `prev_hash` being "".
 *
 * Group commit: receipts that arrive while a transaction is running wait in a bounded queue and
 * go together in the next one: one statement calling the table's append function (pg-sql.ts),
 * which first takes an advisory transaction lock on the chain's tail, so exactly one receiver at
 * a time reads the last hash, skips receipts already stored (by any receiver), computes the new
 * hashes and inserts them all; the lock goes with the COMMIT. One round trip per batch keeps
 * the tail held for as short a time as the inserts themselves. Receivers sharing a database take turns per batch instead of racing per row,
 * so more load makes batches bigger, not retries more frequent. `synchronous_commit` is pinned
 * on, and a receipt's promise settles only after its COMMIT returned: a 201 means committed.
 *
 * Nothing waits unboundedly: connections, statements and locks have timeouts (pg-sql.ts), a
 * receipt that is not committed within `waitMs` is answered as unavailable (503), the queue
 * has a cap, and while the database is unreachable appends are refused at once and a probe
 * checks every few seconds for its return.
 */
import type { Pool } from 'pg';
import { DEFAULT_TIMEOUTS, TABLE, connect, reason, withRetry } from './pg-sql.js';
import { SCHEMA } from './pg-schema.js';
import type { Timeouts } from './pg-sql.js';
import { QUIET_EVENTS, Unavailable } from './store.js';
import type { AppendResult, ProofStore, SelectQuery, StoreEvents, StoreStats } from './store.js';

export { isPostgresUrl } from './pg-url.js';

export interface PgOptions {
  /** Connections at most (one writes; the others serve exports). Default 10. */
  poolSize?: number;
  /** Receipts waiting for a transaction at most; beyond it POSTs get 503. Default 20000. */
  maxQueue?: number;
  /** Receipts per transaction at most. Default 1000. */
  maxBatch?: number;
  /** How long a receipt may wait to be committed before its POST gets 503. Default 4000 ms. */
  waitMs?: number;
  timeouts?: Timeouts;
  events?: StoreEvents;
  /**
   * Create or upgrade the table at start (default true: needs the admin role). false: the
   * schema is `samtykke-receiver migrate`'s job, and this receiver may run as the role that
   * can only append (pg-schema.ts).
   */
  migrate?: boolean;
}

interface Pending {
  key: string;
  record: Record<string, unknown>;
  line: string;
  deadline: number;
  settled: boolean;
  resolve: (result: AppendResult) => void;
  reject: (err: unknown) => void;
}

const PAGE = 1000;
/** Errors of a transaction that lost to a writer not using the tail lock (an older receiver): retried. */
const RETRIED = new Set(['23505', '40001', '40P01']);

/** Errors that say the database is gone (connection class 08, shutdown 57P0x, or no SQL code at all). */
function isConnectionLoss(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === undefined || !/^[0-9A-Z]{5}$/.test(code) || code.startsWith('08') || code.startsWith('57P');
}

export class PgStore implements ProofStore {
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<string, Promise<AppendResult>>();
  private writing: Promise<void> | null = null;
  private closed = false;
  private down = false;
  private stored = 0;
  private commits = 0;
  private readonly sweeper: NodeJS.Timeout;
  private readonly maxQueue: number;
  private readonly maxBatch: number;
  private readonly waitMs: number;
  private readonly events: StoreEvents;

  private constructor(
    private readonly pool: Pool,
    private readonly existing: number,
    options: PgOptions,
  ) {
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
  static async open(url: string, options: PgOptions = {}, stopped: () => boolean = () => false): Promise<PgStore> {
    const events = options.events ?? QUIET_EVENTS;
    const pool = await connect(url, options.poolSize ?? 10, options.timeouts ?? DEFAULT_TIMEOUTS);
    try {
      const count = await withRetry(
        async () => {
          if (options.migrate !== false) await pool.query(SCHEMA);
          const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TABLE} WHERE kind = 'receipt'`);
          return rows[0]!.n;
        },
        { stopped, onRetry: (err, waitMs) => events.trouble('postgres-wait', { error: reason(err), retryInMs: waitMs }) },
      );
      return new PgStore(pool, count, options);
    } catch (err) {
      await pool.end().catch(() => undefined);
      // 42P01 undefined table, 42703 undefined column: the schema is missing or older than this receiver.
      const code = (err as { code?: string }).code;
      const hint =
        options.migrate === false && (code === '42P01' || code === '42703')
          ? ' (run `samtykke-receiver migrate --postgres URL` with the admin role first)'
          : '';
      throw new Error(`PostgreSQL: ${reason(err)}${hint}`);
    }
  }

  append(key: string, record: object): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Unavailable('the proof store is closed'));
    if (this.down) return Promise.reject(new Unavailable('PostgreSQL is unreachable', 5));
    const original = this.inFlight.get(key);
    if (original) return original.then(() => 'duplicate');
    if (this.queue.length >= this.maxQueue) return Promise.reject(new Unavailable('the receiver is busy', 1));
    const r = record as Record<string, unknown>;
    const promise = new Promise<AppendResult>((resolve, reject) => {
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
    promise.then(
      () => this.inFlight.delete(key),
      () => this.inFlight.delete(key),
    );
    if (!this.writing) this.writing = this.drain();
    return promise;
  }

  /** Stored records (not tombstones), oldest first, a page at a time, filtered by PostgreSQL. */
  async *select(query: SelectQuery): AsyncGenerator<Record<string, unknown>> {
    const where = ['seq > $1::bigint', 'line IS NOT NULL', "kind = 'receipt'"];
    const params: unknown[] = ['0'];
    if (query.consentId !== undefined) where.push(`consent_id = $${params.push(query.consentId.toLowerCase())}`);
    if (query.subject !== undefined) where.push(`subject = $${params.push(query.subject)}`);
    if (query.from !== undefined) where.push(`received_at >= $${params.push(new Date(query.from).toISOString())}::timestamptz`);
    if (query.to !== undefined) where.push(`received_at < $${params.push(new Date(query.to).toISOString())}::timestamptz`);
    for (;;) {
      const { rows } = await this.pool.query<{ seq: string; line: string }>(
        // ORDER BY the column, not the text alias: '10' sorts before '9'.
        `SELECT seq::text AS seq, line FROM ${TABLE} WHERE ${where.join(' AND ')} ORDER BY ${TABLE}.seq LIMIT ${PAGE}`,
        params,
      );
      for (const row of rows) yield JSON.parse(row.line) as Record<string, unknown>;
      if (rows.length < PAGE) return;
      params[0] = rows[rows.length - 1]!.seq;
    }
  }

  stats(): StoreStats {
    // Rows at start-up plus this process's own: other receivers' rows since are not counted.
    return { records: this.existing + this.stored, fsyncs: this.commits, recoveredTornBytes: 0, queued: this.queue.length };
  }

  accepting(): boolean {
    return !this.closed && !this.down && this.queue.length < this.maxQueue;
  }

  healthy(): boolean {
    return this.accepting();
  }

  /** Refuses new appends, lets the transaction in progress finish, answers the rest 503. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.sweeper);
    while (this.writing) await this.writing;
    await this.pool.end().catch(() => undefined);
  }

  /** Answers 503 for receipts that waited longer than `waitMs`; those not yet taken are dropped. */
  private expire(): void {
    const now = Date.now();
    let dropped = 0;
    while (dropped < this.queue.length && this.queue[dropped]!.deadline <= now) dropped += 1;
    for (const item of this.queue.splice(0, dropped))
      this.fail(item, new Unavailable('the proof store did not answer in time', 2));
  }

  private fail(item: Pending, err: unknown): void {
    if (item.settled) return;
    item.settled = true;
    item.reject(err);
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.down) {
      const batch = this.queue.splice(0, this.maxBatch);
      const started = performance.now();
      try {
        const stored = await this.commitWithRetry(batch);
        this.commits += 1;
        this.stored += stored.size;
        this.events.committed((performance.now() - started) / 1000, stored.size);
        for (const item of batch) {
          if (item.settled) continue;
          item.settled = true;
          item.resolve(stored.has(item.key) ? 'stored' : 'duplicate');
        }
      } catch (err) {
        this.events.trouble('postgres-commit-failed', { error: reason(err), receipts: batch.length });
        const unavailable = new Unavailable(`PostgreSQL: ${reason(err)}`, 5);
        for (const item of batch) this.fail(item, unavailable);
        if (isConnectionLoss(err) && !this.closed) this.goDown(unavailable);
      }
    }
    this.writing = null;
  }

  /** Refuses appends until a probe reaches the database again. */
  private goDown(err: Unavailable): void {
    this.down = true;
    for (const item of this.queue.splice(0)) this.fail(item, err);
    void withRetry(() => this.pool.query('SELECT 1'), {
      stopped: () => this.closed,
      onRetry: (e, waitMs) => this.events.trouble('postgres-wait', { error: reason(e), retryInMs: waitMs }),
    }).then(
      () => {
        this.down = false;
        this.events.trouble('postgres-back', {});
      },
      () => undefined,
    );
  }

  private async commitWithRetry(batch: Pending[]): Promise<Set<string>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.commit(batch.filter((item) => !item.settled));
      } catch (err) {
        if (attempt >= 3 || !RETRIED.has((err as { code?: string }).code ?? '')) throw err;
        this.events.trouble('postgres-retry', { error: reason(err), attempt });
      }
    }
  }

  /**
   * One statement, so one transaction and one round trip: the append function (pg-sql.ts)
   * takes the tail lock, skips what is stored, chains and inserts the rest. Answers the ids stored.
   */
  private async commit(batch: Pending[]): Promise<Set<string>> {
    if (batch.length === 0) return new Set();
    const columns: unknown[][] = Array.from({ length: 8 }, () => []);
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
      values.forEach((value, i) => columns[i]!.push(value));
    }
    const { rows } = await this.pool.query<{ stored: string[] }>(
      `SELECT ${TABLE}_append($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::timestamptz[], $6::text[], $7::boolean[], $8::text[]) AS stored`,
      columns,
    );
    return new Set(rows[0]!.stored);
  }
}
