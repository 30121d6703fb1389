import type { Actor } from './session.js';
export declare const AUDIT_FILE = "audit.jsonl";
export declare const AUDIT_TABLE = "samtykke_audit";
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
export declare function fileAuditLog(dir: string): AuditLog;
/** The audit log in PostgreSQL's samtykke_audit table (one small pool of its own). */
export declare function pgAuditLog(url: string): AuditLog;
/** The SQL creating the audit table (part of the schema migrate applies, pg-schema.ts). */
export declare const AUDIT_SCHEMA = "CREATE TABLE IF NOT EXISTS samtykke_audit (\n    id bigserial PRIMARY KEY,\n    at timestamptz NOT NULL,\n    action text NOT NULL,\n    line text NOT NULL\n  );\n  CREATE INDEX IF NOT EXISTS samtykke_audit_action ON samtykke_audit (action, id);";
