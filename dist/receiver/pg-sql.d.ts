/**
 * PostgreSQL plumbing shared by the store (pg.ts) and the commands (pg-admin.ts): the table,
 * connecting with every timeout bounded, and telling a database that is down for now (wait
 * and retry) from one that will never work (wrong password, no such database: stop).
 */
import type { Pool } from 'pg';
export declare const TABLE = "samtykke_proofs";
/** The advisory lock held by the one transaction that appends to the chain's tail. */
export declare const TAIL_LOCK = "hashtext('samtykke_proofs:tail')";
/**
 * The table, created if missing and brought up to date if an older receiver created it. One DO
 * block, so one transaction holding an advisory lock: receivers starting at the same moment
 * would otherwise race inside CREATE TABLE IF NOT EXISTS.
 *
 * `line` is the record exactly as hashed; a tombstone (purge, erase) sets it to NULL and keeps
 * `hash`. via, user_activation and subject are the receipt's optional fields of SPEC §7.
 */
export declare const SCHEMA = "DO $$ BEGIN\n  PERFORM pg_advisory_xact_lock(hashtext('samtykke_proofs'));\n  CREATE TABLE IF NOT EXISTS samtykke_proofs (\n    seq bigserial PRIMARY KEY,\n    receipt_id text NOT NULL UNIQUE,\n    consent_id text NOT NULL,\n    received_at timestamptz NOT NULL,\n    line text NOT NULL,\n    prev_hash text NOT NULL UNIQUE,\n    hash text NOT NULL\n  );\n  CREATE INDEX IF NOT EXISTS samtykke_proofs_consent_id ON samtykke_proofs (consent_id);\n  ALTER TABLE samtykke_proofs ADD COLUMN IF NOT EXISTS expires_at timestamptz;\n  ALTER TABLE samtykke_proofs ADD COLUMN IF NOT EXISTS via text;\n  ALTER TABLE samtykke_proofs ADD COLUMN IF NOT EXISTS user_activation boolean;\n  ALTER TABLE samtykke_proofs ADD COLUMN IF NOT EXISTS subject text;\n  ALTER TABLE samtykke_proofs ADD COLUMN IF NOT EXISTS tombstone text;\n  ALTER TABLE samtykke_proofs ALTER COLUMN line DROP NOT NULL;\n  CREATE INDEX IF NOT EXISTS samtykke_proofs_subject ON samtykke_proofs (subject) WHERE subject IS NOT NULL;\n  CREATE INDEX IF NOT EXISTS samtykke_proofs_expires_at ON samtykke_proofs (expires_at) WHERE line IS NOT NULL;\n  CREATE INDEX IF NOT EXISTS samtykke_proofs_received_at ON samtykke_proofs (received_at);\n  -- Rows stored by a receiver older than the expires_at column: read it from the record once.\n  UPDATE samtykke_proofs SET expires_at = (line::jsonb ->> 'expiresAt')::timestamptz\n    WHERE expires_at IS NULL AND line IS NOT NULL;\n  -- Under the same lock: receivers starting together would race in CREATE OR REPLACE too.\n  EXECUTE $create$CREATE OR REPLACE FUNCTION samtykke_proofs_append(\n    ids text[], consents text[], received timestamptz[], lines text[], expires timestamptz[],\n    vias text[], activations boolean[], subjects text[]) RETURNS text[]\n  LANGUAGE plpgsql VOLATILE AS $f$\nDECLARE\n  head text;\n  existing text[];\n  stored text[] := '{}';\n  next_hash text;\nBEGIN\n  PERFORM pg_advisory_xact_lock(hashtext('samtykke_proofs:tail'));\n  SELECT hash INTO head FROM samtykke_proofs ORDER BY seq DESC LIMIT 1;\n  head := coalesce(head, '');\n  -- A batch holds each id once (the receiver waits for a copy in flight); these are other receivers'.\n  SELECT coalesce(array_agg(receipt_id), '{}') INTO existing FROM samtykke_proofs WHERE receipt_id = ANY(ids);\n  FOR i IN 1 .. coalesce(array_length(ids, 1), 0) LOOP\n    CONTINUE WHEN ids[i] = ANY(existing);\n    next_hash := encode(sha256(convert_to(head || lines[i], 'UTF8')), 'hex');\n    INSERT INTO samtykke_proofs (receipt_id, consent_id, received_at, line, prev_hash, hash, expires_at, via, user_activation, subject)\n      VALUES (ids[i], consents[i], received[i], lines[i], head, next_hash, expires[i], vias[i], activations[i], subjects[i]);\n    stored := stored || ids[i];\n    head := next_hash;\n  END LOOP;\n  RETURN stored;\nEND $f$\n  $create$;\nEND $$";
export interface Timeouts {
    /** Opening a connection. */
    connectMs: number;
    /** One statement on the server (statement_timeout, lock_timeout). */
    statementMs: number;
}
export declare const DEFAULT_TIMEOUTS: Timeouts;
/** A pool whose every wait is bounded, with synchronous_commit pinned on for its sessions. */
export declare function connect(url: string, poolSize: number, timeouts?: Timeouts): Promise<Pool>;
/** A readable reason from a driver error. */
export declare function reason(err: unknown): string;
/**
 * Errors that will not go away by waiting: anything PostgreSQL answers with an SQLSTATE other
 * than a connection problem (08), an operator intervention such as a shutdown or a start-up in
 * progress (57P), too many connections or other exhausted resources (53), or a lost
 * serialization race (40). Wrong password, no such database, an SQL error: stop and say so.
 * No SQLSTATE at all (refused, reset, timed out) is a network problem: wait.
 */
export declare function isPermanent(err: unknown): boolean;
/**
 * Runs `attempt` until it succeeds, waiting with back-off (0.25 s doubling to 5 s) while the
 * database is down. Gives up on a permanent error, when `deadline` (ms since 1970) has passed,
 * or when `stopped()` says so. `onRetry` hears about each failed attempt.
 */
export declare function withRetry<T>(attempt: () => Promise<T>, options?: {
    deadline?: number;
    stopped?: () => boolean;
    onRetry?: (err: unknown, waitMs: number) => void;
}): Promise<T>;
