/**
 * The operator's view (SPEC §9): Prometheus metrics at GET /metrics (prom-client), and one JSON
 * line on stderr for every refused, failed or retried request and every storage trouble.
 *
 * Each receiver has its own registry, so several receivers in one process (tests, a server
 * that mounts two) never mix their counts. Refusal reasons are a short fixed list of labels,
 * never the free text sent back to the client: a label per distinct message would let any
 * client grow the metrics without bound.
 */
import { Counter, Registry } from 'prom-client';
import type { StoreEvents } from './store.js';
import type { Logger } from './logger.js';
/** Why a request was refused (4xx): the `reason` label of samtykke_requests_refused_total. */
export type RefusalReason = 'content-type' | 'body-too-large' | 'body-unreadable' | 'not-json' | 'schema' | 'idempotency-key' | 'origin' | 'not-found' | 'method' | 'unauthorized' | 'export-disabled' | 'bad-query' | 'rate-limited';
export { stderrLogger, type LogEntry, type Logger } from './logger.js';
/**
 * One receiver's metrics in a registry of its own. `queueDepth` is read at each scrape.
 * Registration order is the order of GET /metrics: requests, queue, commits.
 */
export declare function createMetrics(queueDepth: () => number): {
    registry: Registry<"text/plain; version=0.0.4; charset=utf-8">;
    stored: Counter<string>;
    duplicates: Counter<string>;
    refused: Counter<"status" | "reason">;
    unavailable: Counter<string>;
    /** Store events: commit latency into the histograms, trouble into the log. */
    storeEvents(log: Logger): StoreEvents;
};
export type Metrics = ReturnType<typeof createMetrics>;
