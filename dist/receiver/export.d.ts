/**
 * The controller's read access to the proof log: `GET /consent-proofs?consentId=…` (a visitor's
 * access request) and `?from=&to=` (an audit), as JSON or CSV, behind a bearer token.
 *
 * It must never answer without the right token (compared in constant time), never be open when
 * no token is configured, and never let a stored string become a spreadsheet formula: receipts
 * come from the public internet, and a CSV is opened in Excel by people with privileges.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RefusalReason } from './metrics.js';
/** Answers a refused export (counted and logged by the caller). */
type Refuse = (status: number, reason: RefusalReason, error: string, headers: Record<string, string>) => void;
import type { ProofStore, SelectQuery } from './store.js';
/** CSV columns, in order. Objects are written as JSON text. */
export declare const CSV_COLUMNS: readonly ["receivedAt", "receiptId", "consentId", "timestamp", "method", "revision", "noticeHash", "language", "categories", "services", "gpc", "url", "ip", "previousReceiptId", "expiresAt", "via", "userActivation", "subject", "controller", "userAgent", "widget"];
/** One CSV cell: formula-neutralised, then quoted when needed (RFC 4180). */
export declare function csvCell(value: unknown): string;
/** What an export handed out: the caller logs it (exports of personal data must leave a trace). */
export interface ExportSummary {
    format: 'json' | 'csv';
    query: SelectQuery;
    records: number;
}
/** Answers an export request. `token` undefined means export is switched off. Null when refused. */
export declare function handleExport(req: IncomingMessage, res: ServerResponse, params: URLSearchParams, log: ProofStore, token: string | undefined, headers: Record<string, string>, refuse: Refuse): Promise<ExportSummary | null>;
/**
 * Streams `records` as a CSV attachment or a JSON document and ends the answer; answers how many
 * were written. Used by the Bearer export and the console's downloads alike.
 */
export declare function writeExport(res: ServerResponse, format: 'json' | 'csv', records: AsyncIterable<Record<string, unknown>>, headers: Record<string, string>): Promise<number>;
export {};
