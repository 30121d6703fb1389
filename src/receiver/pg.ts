/**
 * The proof store in PostgreSQL (`--postgres URL`, SPEC §9): for more than one receiver
 * machine behind a load balancer, with the same HTTP API as the embedded log.
 *
 * One table, `samtykke_proofs`, created if missing. Each row keeps the record exactly as the
 * embedded log would (its JSON text), and the rows form one hash chain like the log's lines:
 * `hash = sha256(prev_hash || line)`, the first row's `prev_hash` being "". The chain is built
 * inside each INSERT (one statement reads the last hash and appends), and `prev_hash` is UNIQUE,
 * so two receivers that race for the same tail cannot fork it: the loser's INSERT fails and is
 * retried on the new tail. `receipt_id` is UNIQUE too: a receipt is stored once however many
 * receivers it reaches. No explicit transactions: every write is one atomic statement, and a
 * 201 is sent only after PostgreSQL has committed it.
 *
 * `samtykke-receiver verify --postgres URL` walks the chain and names the first row that does
 * not fit (an edit, a deletion or an insertion by hand).
 */
import type { AppendResult, LogStats } from './log.js';
import type { ProofStore } from './store.js';
import { sha256Hex } from './chain.js';
import type { VerifyResult } from './chain.js';

type Pool = import('pg').Pool;

const TABLE = 'samtykke_proofs';

/** A PostgreSQL connection URL: postgres://… or postgresql://… */
export const isPostgresUrl = (url: unknown): url is string => typeof url === 'string' && /^postgres(ql)?:\/\//.test(url);

/**
 * The table, created if missing. One DO block, so one transaction holding an advisory lock:
 * receivers starting at the same moment would otherwise race inside CREATE TABLE IF NOT EXISTS
 * (PostgreSQL's catalog then answers "duplicate key" to all but one).
 */
const SCHEMA = `DO $$ BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('${TABLE}'));
  CREATE TABLE IF NOT EXISTS ${TABLE} (
    seq bigserial PRIMARY KEY,
    receipt_id text NOT NULL UNIQUE,
    consent_id text NOT NULL,
    received_at timestamptz NOT NULL,
    line text NOT NULL,
    prev_hash text NOT NULL UNIQUE,
    hash text NOT NULL
  );
  CREATE INDEX IF NOT EXISTS ${TABLE}_consent_id ON ${TABLE} (consent_id);
END $$`;

/** Appends on the current tail of the chain, in one statement; no row when the receipt is stored already. */
const APPEND = `
  INSERT INTO ${TABLE} (receipt_id, consent_id, received_at, line, prev_hash, hash)
  SELECT $1, $2, $3, $4, t.h, encode(sha256(convert_to(t.h || $4, 'UTF8')), 'hex')
  FROM (SELECT coalesce((SELECT hash FROM ${TABLE} ORDER BY seq DESC LIMIT 1), '') AS h) t
  ON CONFLICT (receipt_id) DO NOTHING
  RETURNING seq`;

/** How often an append is retried when other receivers keep winning the race for the tail. */
const MAX_RACES = 200;
/** Rows read per query by select() and verify: bounded memory for any table size. */
const PAGE = 1000;

async function connect(url: string, poolSize: number): Promise<Pool> {
  let pg: typeof import('pg').default;
  try {
    pg = (await import('pg')).default;
  } catch {
    throw new Error('--postgres needs the "pg" package (npm install pg)');
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection must not crash the process: the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
}

/** A readable reason from a driver error. */
function reason(err: unknown): string {
  const e = err as { message?: string; code?: string };
  return e?.message || e?.code || String(err);
}

export class PgStore implements ProofStore {
  private stored = 0;
  private closed = false;

  private constructor(
    private readonly pool: Pool,
    private readonly existing: number,
  ) {}

  static async open(url: string, poolSize = 10): Promise<PgStore> {
    const pool = await connect(url, poolSize);
    try {
      await pool.query(SCHEMA);
      const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TABLE}`);
      return new PgStore(pool, rows[0]!.n);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new Error(`PostgreSQL: ${reason(err)}`);
    }
  }

  async append(key: string, record: object): Promise<AppendResult> {
    if (this.closed) throw new Error('the proof store is closed');
    const r = record as { consentId?: unknown; receivedAt?: unknown };
    const line = JSON.stringify(record);
    for (let race = 0; ; race++) {
      try {
        const result = await this.pool.query(APPEND, [key, String(r.consentId), String(r.receivedAt), line]);
        if (result.rowCount === 1) {
          this.stored += 1;
          return 'stored';
        }
        return 'duplicate';
      } catch (err) {
        const e = err as { code?: string; constraint?: string };
        const unique = e.code === '23505' ? (e.constraint ?? '') : '';
        // The same receipt stored by another receiver in the meantime: a duplicate.
        if (unique.includes('receipt_id')) return 'duplicate';
        // Another receiver appended on the same tail first: try again on the new one.
        if (!unique.includes('prev_hash') || race >= MAX_RACES) throw err;
      }
    }
  }

  /** Stored records, oldest first, for which `keep` is true, a page at a time. */
  async *select(keep: (record: Record<string, unknown>) => boolean): AsyncGenerator<Record<string, unknown>> {
    for await (const row of rows(this.pool)) {
      const record = JSON.parse(row.line) as Record<string, unknown>;
      if (keep(record)) yield record;
    }
  }

  stats(): LogStats {
    // Rows at start-up plus this process's own: other receivers' rows since are not counted.
    return { records: this.existing + this.stored, fsyncs: 0, recoveredTornBytes: 0 };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

interface Row {
  seq: string;
  line: string;
  prev_hash: string;
  hash: string;
}

async function* rows(pool: Pool): AsyncGenerator<Row> {
  let after = '0';
  for (;;) {
    const { rows: page } = await pool.query<Row>(
      `SELECT seq::text AS seq, line, prev_hash, hash FROM ${TABLE} WHERE seq > $1::bigint ORDER BY ${TABLE}.seq LIMIT ${PAGE}`,
      [after],
    );
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.seq;
  }
}

/** Walks the chain of the table: every row's prev_hash is the hash before it, every hash its own. */
export async function verifyPg(url: string): Promise<VerifyResult> {
  const pool = await connect(url, 1);
  try {
    let head = '';
    let count = 0;
    for await (const row of rows(pool)) {
      const n = count + 1;
      const where = `row ${n} (seq ${row.seq})`;
      if (row.prev_hash !== head) {
        return { ok: false, records: count, line: n, error: `${where}: does not follow the row before it (a row was deleted, inserted or reordered)` };
      }
      if (sha256Hex(row.prev_hash + row.line) !== row.hash) {
        return { ok: false, records: count, line: n, error: `${where}: its content does not match its hash (edited)` };
      }
      try {
        JSON.parse(row.line);
      } catch {
        return { ok: false, records: count, line: n, error: `${where}: is not JSON` };
      }
      head = row.hash;
      count = n;
    }
    return { ok: true, records: count, head };
  } catch (err) {
    throw new Error(`PostgreSQL: ${reason(err)}`);
  } finally {
    await pool.end().catch(() => undefined);
  }
}
