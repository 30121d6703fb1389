/**
 * PostgreSQL plumbing shared by the store (pg.ts) and the commands (pg-admin.ts): the table,
 * connecting with every timeout bounded, and telling a database that is down for now (wait
 * and retry) from one that will never work (wrong password, no such database: stop).
 */
import type { Pool, PoolConfig } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';

export const TABLE = 'samtykke_proofs';
/** The advisory lock held by the one transaction that appends to the chain's tail. */
export const TAIL_LOCK = `hashtext('${TABLE}:tail')`;

/**
 * Appends a batch in one statement (one round trip; as a statement of its own, one
 * transaction): takes the tail lock, reads the last hash, skips receipts already stored by any
 * receiver, and chains and inserts the rest in order, `hash = sha256(prev_hash || line)` as
 * chain.ts computes it. Answers the receipt ids it stored. A VOLATILE function under READ
 * COMMITTED takes a new snapshot per statement, so the reads after the lock see the previous
 * holder's commit. The backend running it holds the tail for the whole batch: receivers take
 * turns per batch, never race per row.
 */
const APPEND_FUNCTION = `CREATE OR REPLACE FUNCTION ${TABLE}_append(
    ids text[], consents text[], received timestamptz[], lines text[], expires timestamptz[],
    vias text[], activations boolean[], subjects text[]) RETURNS text[]
  LANGUAGE plpgsql VOLATILE AS $f$
DECLARE
  head text;
  existing text[];
  stored text[] := '{}';
  next_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(${TAIL_LOCK});
  SELECT hash INTO head FROM ${TABLE} ORDER BY seq DESC LIMIT 1;
  head := coalesce(head, '');
  -- A batch holds each id once (the receiver waits for a copy in flight); these are other receivers'.
  SELECT coalesce(array_agg(receipt_id), '{}') INTO existing FROM ${TABLE} WHERE receipt_id = ANY(ids);
  FOR i IN 1 .. coalesce(array_length(ids, 1), 0) LOOP
    CONTINUE WHEN ids[i] = ANY(existing);
    next_hash := encode(sha256(convert_to(head || lines[i], 'UTF8')), 'hex');
    INSERT INTO ${TABLE} (receipt_id, consent_id, received_at, line, prev_hash, hash, expires_at, via, user_activation, subject)
      VALUES (ids[i], consents[i], received[i], lines[i], head, next_hash, expires[i], vias[i], activations[i], subjects[i]);
    stored := stored || ids[i];
    head := next_hash;
  END LOOP;
  RETURN stored;
END $f$`;

/**
 * The table, created if missing and brought up to date if an older receiver created it. One DO
 * block, so one transaction holding an advisory lock: receivers starting at the same moment
 * would otherwise race inside CREATE TABLE IF NOT EXISTS.
 *
 * `line` is the record exactly as hashed; a tombstone (purge, erase) sets it to NULL and keeps
 * `hash`. via, user_activation and subject are the receipt's optional fields of SPEC §7.
 */
export const SCHEMA = `DO $$ BEGIN
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
  ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS expires_at timestamptz;
  ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS via text;
  ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS user_activation boolean;
  ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS subject text;
  ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS tombstone text;
  ALTER TABLE ${TABLE} ALTER COLUMN line DROP NOT NULL;
  CREATE INDEX IF NOT EXISTS ${TABLE}_subject ON ${TABLE} (subject) WHERE subject IS NOT NULL;
  CREATE INDEX IF NOT EXISTS ${TABLE}_expires_at ON ${TABLE} (expires_at) WHERE line IS NOT NULL;
  CREATE INDEX IF NOT EXISTS ${TABLE}_received_at ON ${TABLE} (received_at);
  -- Rows stored by a receiver older than the expires_at column: read it from the record once.
  UPDATE ${TABLE} SET expires_at = (line::jsonb ->> 'expiresAt')::timestamptz
    WHERE expires_at IS NULL AND line IS NOT NULL;
  -- Under the same lock: receivers starting together would race in CREATE OR REPLACE too.
  EXECUTE $create$${APPEND_FUNCTION}
  $create$;
END $$`;

export interface Timeouts {
  /** Opening a connection. */
  connectMs: number;
  /** One statement on the server (statement_timeout, lock_timeout). */
  statementMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 3000, statementMs: 5000 };

/** A pool whose every wait is bounded, with synchronous_commit pinned on for its sessions. */
export async function connect(url: string, poolSize: number, timeouts: Timeouts = DEFAULT_TIMEOUTS): Promise<Pool> {
  let pg: typeof import('pg').default;
  try {
    pg = (await import('pg')).default;
  } catch {
    throw new Error('--postgres needs the "pg" package (npm install pg)');
  }
  const config: PoolConfig = {
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: timeouts.connectMs,
    // A 201 means committed and flushed: never let a server default of "off" weaken that.
    options: '-c synchronous_commit=on',
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.statementMs * 2,
    // Client side too: a server that stops answering (SIGSTOP, a dead network) frees the caller.
    query_timeout: timeouts.statementMs + 1000,
    keepAlive: true,
  };
  const pool = new pg.Pool(config);
  // An idle client that loses its connection must not crash the process: the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
}

/** A readable reason from a driver error. */
export function reason(err: unknown): string {
  const e = err as { message?: string; code?: string };
  return e?.message || e?.code || String(err);
}

/**
 * Errors that will not go away by waiting: anything PostgreSQL answers with an SQLSTATE other
 * than a connection problem (08), an operator intervention such as a shutdown or a start-up in
 * progress (57P), too many connections or other exhausted resources (53), or a lost
 * serialization race (40). Wrong password, no such database, an SQL error: stop and say so.
 * No SQLSTATE at all (refused, reset, timed out) is a network problem: wait.
 */
export function isPermanent(err: unknown): boolean {
  if (err instanceof TypeError) return true;
  const code = (err as { code?: string })?.code ?? '';
  if (['ERR_INVALID_URL', 'ENOTFOUND'].includes(code)) return true;
  if (!/^[0-9A-Z]{5}$/.test(code)) return false;
  return !/^(08|57P|53|40)/.test(code);
}

/**
 * Runs `attempt` until it succeeds, waiting with back-off (0.25 s doubling to 5 s) while the
 * database is down. Gives up on a permanent error, when `deadline` (ms since 1970) has passed,
 * or when `stopped()` says so. `onRetry` hears about each failed attempt.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  options: { deadline?: number; stopped?: () => boolean; onRetry?: (err: unknown, waitMs: number) => void } = {},
): Promise<T> {
  let wait = 250;
  for (;;) {
    try {
      return await attempt();
    } catch (err) {
      if (isPermanent(err) || options.stopped?.()) throw err;
      if (options.deadline !== undefined && Date.now() + wait > options.deadline) throw err;
      options.onRetry?.(err, wait);
      await sleep(wait);
      wait = Math.min(wait * 2, 5000);
    }
  }
}
