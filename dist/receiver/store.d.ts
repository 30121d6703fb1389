/**
 * What the HTTP layer needs of a proof store: the embedded hash-chained log (log.ts, the
 * default) and PostgreSQL (pg.ts) both provide it.
 *
 * `append` resolves only once the record is durable (on disk, or committed), and says whether
 * the receipt was already stored; `select` yields stored records oldest first.
 */
import type { AppendResult, LogStats } from './log.js';
export interface ProofStore {
    append(key: string, record: object): Promise<AppendResult>;
    select(keep: (record: Record<string, unknown>) => boolean): AsyncGenerator<Record<string, unknown>>;
    stats(): LogStats;
    close(): Promise<void>;
}
