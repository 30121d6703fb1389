import { setTimeout as sleep } from 'node:timers/promises';
export const TABLE = 'samtykke_proofs';
/** The advisory lock held by the one transaction that appends to the chain's tail. */
export const TAIL_LOCK = `hashtext('${TABLE}:tail')`;
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
 * Errors that will not go away by waiting: anything PostgreSQL answers with an SQLSTATE other
 * than a connection problem (08), an operator intervention such as a shutdown or a start-up in
 * progress (57P), too many connections or other exhausted resources (53), or a lost
 * serialization race (40). Wrong password, no such database, an SQL error: stop and say so.
 * No SQLSTATE at all (refused, reset, timed out) is a network problem: wait.
 */
export function isPermanent(err) {
    if (err instanceof TypeError)
        return true;
    const code = err?.code ?? '';
    if (['ERR_INVALID_URL', 'ENOTFOUND'].includes(code))
        return true;
    if (!/^[0-9A-Z]{5}$/.test(code))
        return false;
    return !/^(08|57P|53|40)/.test(code);
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
