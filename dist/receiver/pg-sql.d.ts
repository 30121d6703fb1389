/**
 * PostgreSQL plumbing shared by the store (pg.ts) and the commands (pg-admin.ts): the table,
 * connecting with every timeout bounded, and telling a database that is down for now (wait
 * and retry) from one that will never work (wrong password, no such database: stop).
 */
import type { Pool } from 'pg';
export declare const TABLE = "samtykke_proofs";
/** The advisory lock held by the one transaction that appends to the chain's tail. */
export declare const TAIL_LOCK = "hashtext('samtykke_proofs:tail')";
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
