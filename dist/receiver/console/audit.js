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
import { connect } from '../pg-sql.js';
export const AUDIT_FILE = 'audit.jsonl';
export const AUDIT_TABLE = 'samtykke_audit';
/** The audit log beside a proof log in `dir`. */
export function fileAuditLog(dir) {
    const path = join(dir, AUDIT_FILE);
    let writing = Promise.resolve();
    const log = {
        append(entry) {
            const line = `${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`;
            // One write at a time, in order; a failed write does not stop the next.
            const next = writing.then(async () => {
                const file = await open(path, 'a', 0o600);
                try {
                    await file.write(line);
                    await file.datasync();
                }
                finally {
                    await file.close();
                }
            });
            writing = next.catch(() => undefined);
            return next;
        },
        async page(page, size) {
            // Streams the file keeping only the newest (page + 1) * size + 1 entries.
            const keep = (page + 1) * size + 1;
            const newest = [];
            try {
                const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
                for await (const line of lines) {
                    if (!line)
                        continue;
                    newest.push(JSON.parse(line));
                    if (newest.length > keep)
                        newest.shift();
                }
            }
            catch (err) {
                if (err.code !== 'ENOENT')
                    throw err;
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
export function pgAuditLog(url) {
    let pool = null;
    const db = () => (pool ??= connect(url, 2));
    const rows = async (sql, params) => (await (await db()).query(sql, params)).rows.map((r) => JSON.parse(r.line));
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
            if (pool)
                await (await pool).end().catch(() => undefined);
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
