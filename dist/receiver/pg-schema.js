/**
 * The PostgreSQL schema, applied by `samtykke-receiver migrate --postgres URL` (an admin role),
 * or at each start by a receiver not started with `--no-migrate` (then it needs the admin role).
 *
 * Least privilege: receivers run as a role that can only append. Rows are added through one
 * function, `samtykke_proofs_append`, a SECURITY DEFINER owned by the admin role: it computes
 * the chain, so the appending role needs no INSERT on the table (it could write rows with any
 * hash) and has no UPDATE or DELETE (it could rewrite or remove evidence); it gets EXECUTE on
 * the function and SELECT (dedupe, export). Purge and erase (pg-admin.ts) take the admin role.
 * The function's search_path is pinned to the table's schema: a session's own temporary table
 * named samtykke_proofs must never be where a definer function writes.
 */
import { TABLE, TAIL_LOCK } from './pg-sql.js';
import { AUDIT_SCHEMA } from './console/audit.js';
/** The append function's argument types, as GRANT and REVOKE name it. */
export const APPEND_SIGNATURE = `${TABLE}_append(text[], text[], timestamptz[], text[], timestamptz[], text[], boolean[], text[])`;
/**
 * Appends a batch in one statement (one round trip; as a statement of its own, one
 * transaction): takes the tail lock, reads the last hash, skips receipts already stored by any
 * receiver, and chains and inserts the rest in order, `hash = sha256(prev_hash || line)` as
 * chain.ts computes it. Answers the receipt ids it stored. A VOLATILE function under READ
 * COMMITTED takes a new snapshot per statement, so the reads after the lock see the previous
 * holder's commit. The backend running it holds the tail for the whole batch: receivers take
 * turns per batch, never race per row. `%I` is the schema, filled in by format() below.
 */
const APPEND_FUNCTION = `CREATE OR REPLACE FUNCTION ${TABLE}_append(
    ids text[], consents text[], received timestamptz[], lines text[], expires timestamptz[],
    vias text[], activations boolean[], subjects text[]) RETURNS text[]
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = %I, pg_catalog, pg_temp AS $f$
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
 * `hash`. `kind` is 'receipt', or 'removal' for a removal record (removal.ts). via,
 * user_activation and subject are the receipt's optional fields of SPEC §7.
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
  ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS kind text NOT NULL DEFAULT 'receipt';
  ALTER TABLE ${TABLE} ALTER COLUMN line DROP NOT NULL;
  CREATE INDEX IF NOT EXISTS ${TABLE}_subject ON ${TABLE} (subject) WHERE subject IS NOT NULL;
  CREATE INDEX IF NOT EXISTS ${TABLE}_expires_at ON ${TABLE} (expires_at) WHERE line IS NOT NULL;
  CREATE INDEX IF NOT EXISTS ${TABLE}_received_at ON ${TABLE} (received_at);
  -- Rows stored by a receiver older than the expires_at column: read it from the record once.
  UPDATE ${TABLE} SET expires_at = (line::jsonb ->> 'expiresAt')::timestamptz
    WHERE expires_at IS NULL AND line IS NOT NULL AND kind = 'receipt';
  -- Under the same lock: receivers starting together would race in CREATE OR REPLACE too.
  EXECUTE format($create$${APPEND_FUNCTION}
  $create$, current_schema());
  -- Only roles granted it may append (docs/receiver.md), not every role of the database.
  REVOKE EXECUTE ON FUNCTION ${APPEND_SIGNATURE} FROM PUBLIC;
  -- The console's audit log (console/audit.ts): who signed in, exported, erased, verified.
  ${AUDIT_SCHEMA}
END $$`;
