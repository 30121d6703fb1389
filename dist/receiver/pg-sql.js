import { setTimeout as sleep } from 'node:timers/promises';
export const TABLE = 'samtykke_proofs';
/** The advisory lock held by the one transaction that appends to the chain's tail. */
export const TAIL_LOCK = `hashtext('${TABLE}:tail')`;
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
END $$`;
export const DEFAULT_TIMEOUTS = { connectMs: 3000, statementMs: 5000 };
/** A pool whose every wait is bounded, with synchronous_commit pinned on for its sessions. */
export async function connect(url, poolSize, timeouts = DEFAULT_TIMEOUTS) {
    let pg;
    try {
        pg = (await import('pg')).default;
    }
    catch {
        throw new Error('--postgres needs the "pg" package (npm install pg)');
    }
    const config = {
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
export function reason(err) {
    const e = err;
    return e?.message || e?.code || String(err);
}
/**
 * Errors that will not go away by waiting: bad credentials, no such database or role, a
 * malformed URL. Everything else (refused, reset, timed out, starting up, shutting down) might.
 */
export function isPermanent(err) {
    const code = err?.code ?? '';
    return ['28P01', '28000', '3D000', '42501', 'ERR_INVALID_URL', 'ENOTFOUND'].includes(code) || err instanceof TypeError;
}
/**
 * Runs `attempt` until it succeeds, waiting with back-off (0.25 s doubling to 5 s) while the
 * database is down. Gives up on a permanent error, when `deadline` (ms since 1970) has passed,
 * or when `stopped()` says so. `onRetry` hears about each failed attempt.
 */
export async function withRetry(attempt, options = {}) {
    let wait = 250;
    for (;;) {
        try {
            return await attempt();
        }
        catch (err) {
            if (isPermanent(err) || options.stopped?.())
                throw err;
            if (options.deadline !== undefined && Date.now() + wait > options.deadline)
                throw err;
            options.onRetry?.(err, wait);
            await sleep(wait);
            wait = Math.min(wait * 2, 5000);
        }
    }
}
