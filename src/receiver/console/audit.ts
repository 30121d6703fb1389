/**
 * The console's audit log: who did what, when. Every sign-in (and refused sign-in), every
 * export (console downloads and the Bearer API alike), every erasure and every verify is one
 * entry. On the file log it is `audit.jsonl` beside the segments (0600, appended and synced);
 * on PostgreSQL the `samtykke_audit` table (created by migrate, pg-schema.ts).
 *
 * Entries name people only by fingerprints: a consent id or subject appears as the first 16 hex
 * digits of its SHA-256, so an erased person's id does not live on here, while a DPO who is
 * asked "did you erase X?" can hash X and find the entry.
 */
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { connect } from '../pg-sql.js';
import type { Actor } from './session.js';

export const AUDIT_FILE = 'audit.jsonl';
export const AUDIT_TABLE = 'samtykke_audit';

/** What an operator did in the console or through the Bearer export (one audit entry each). */
export type AuditAction = 'sign-in' | 'sign-in-refused' | 'sign-out' | 'export' | 'download' | 'erase' | 'verify';

/**
 * One line of the controller's audit trail (audit.jsonl beside the proof log, or the
 * samtykke_audit table): who looked at, exported, erased or verified proofs, and when.
 */
export interface AuditEntry {
  /** When it happened (ISO 8601). */
  at: string;
  /** What happened. */
  action: AuditAction;
  /** Who: the session's actor, or for the Bearer API and refused sign-ins what is known. */
  who: Partial<Actor>;
  /** What: the query, the format, how many records, the outcome. No personal data in clear. */
  detail: Record<string, unknown>;
}

/** A page of entries, newest first, and whether older ones follow. */
export interface AuditPage {
  entries: AuditEntry[];
  more: boolean;
}

export interface AuditLog {
  /** Appends an entry; resolves once it is durable. Rejects if it cannot be written. */
  append(entry: Omit<AuditEntry, 'at'>): Promise<void>;
  /** Page `page` (0: the newest) of `size` entries, newest first. */
  page(page: number, size: number): Promise<AuditPage>;
  /** The newest entry with `action`, if any among the last `within`. */
  latest(action: AuditAction, within?: number): Promise<AuditEntry | null>;
  close(): Promise<void>;
}

/** The audit log beside a proof log in `dir`. */
export function fileAuditLog(dir: string): AuditLog {
  const path = join(dir, AUDIT_FILE);
  let writing: Promise<void> = Promise.resolve();
  const log: AuditLog = {
    append(entry) {
      const line = `${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`;
      // One write at a time, in order; a failed write does not stop the next.
      const next = writing.then(async () => {
        const file = await open(path, 'a', 0o600);
        try {
          await file.write(line);
          await file.datasync();
        } finally {
          await file.close();
        }
      });
      writing = next.catch(() => undefined);
      return next;
    },
    async page(page, size) {
      // Streams the file keeping only the newest (page + 1) * size + 1 entries.
      const keep = (page + 1) * size + 1;
      const newest: AuditEntry[] = [];
      try {
        const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
        for await (const line of lines) {
          if (!line) continue;
          newest.push(JSON.parse(line) as AuditEntry);
          if (newest.length > keep) newest.shift();
        }
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
      newest.reverse();
      return { entries: newest.slice(page * size, page * size + size), more: newest.length > (page + 1) * size };
    },
    async latest(action, within = 1000) {
      const { entries } = await log.page(0, within);
      return entries.find((e) => e.action === action) ?? null;
    },
    close: () => writing,
  };
  return log;
}

/** The audit log in PostgreSQL's samtykke_audit table (one small pool of its own). */
export function pgAuditLog(url: string): AuditLog {
  let pool: Promise<Pool> | null = null;
  const db = () => (pool ??= connect(url, 2));
  const rows = async (sql: string, params: unknown[]) =>
    (await (await db()).query<{ line: string }>(sql, params)).rows.map((r) => JSON.parse(r.line) as AuditEntry);
  return {
    async append(entry) {
      const line = JSON.stringify({ at: new Date().toISOString(), ...entry });
      await (await db()).query(`INSERT INTO ${AUDIT_TABLE} (at, action, line) VALUES (now(), $1, $2)`, [entry.action, line]);
    },
    async page(page, size) {
      const found = await rows(`SELECT line FROM ${AUDIT_TABLE} ORDER BY id DESC LIMIT $1 OFFSET $2`, [size + 1, page * size]);
      return { entries: found.slice(0, size), more: found.length > size };
    },
    async latest(action) {
      const found = await rows(`SELECT line FROM ${AUDIT_TABLE} WHERE action = $1 ORDER BY id DESC LIMIT 1`, [action]);
      return found[0] ?? null;
    },
    async close() {
      if (pool) await (await pool).end().catch(() => undefined);
    },
  };
}

/** The SQL creating the audit table (part of the schema migrate applies, pg-schema.ts). */
export const AUDIT_SCHEMA = `CREATE TABLE IF NOT EXISTS ${AUDIT_TABLE} (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL,
    action text NOT NULL,
    line text NOT NULL
  );
  CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_action ON ${AUDIT_TABLE} (action, id);`;
