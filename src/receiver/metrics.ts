/**
 * The operator's view (SPEC §9): Prometheus metrics at GET /metrics (prom-client), and one JSON
 * line on stderr for every refused, failed or retried request and every storage trouble.
 *
 * Each receiver has its own registry, so several receivers in one process (tests, a server
 * that mounts two) never mix their counts. Refusal reasons are a short fixed list of labels,
 * never the free text sent back to the client: a label per distinct message would let any
 * client grow the metrics without bound.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { StoreEvents } from './store.js';
import type { Logger } from './logger.js';

/** Why a request was refused (4xx): the `reason` label of samtykke_requests_refused_total. */
export type RefusalReason =
  | 'content-type'
  | 'body-too-large'
  | 'body-unreadable'
  | 'not-json'
  | 'schema'
  | 'idempotency-key'
  | 'origin'
  | 'not-found'
  | 'method'
  | 'unauthorized'
  | 'export-disabled'
  | 'bad-query'
  | 'rate-limited';

export { stderrLogger, type LogEntry, type Logger } from './logger.js';

/** What happened to each request: stored, stored before, refused (by reason) or unavailable. */
function requestCounters(registry: Registry) {
  return {
    stored: new Counter({
      name: 'samtykke_receipts_stored_total',
      help: 'Receipts stored (answered 201).',
      registers: [registry],
    }),
    duplicates: new Counter({
      name: 'samtykke_receipts_duplicate_total',
      help: 'Receipts received again after they were stored (answered 200).',
      registers: [registry],
    }),
    refused: new Counter({
      name: 'samtykke_requests_refused_total',
      help: 'Requests refused with a 4xx status, by status and reason.',
      labelNames: ['status', 'reason'] as const,
      registers: [registry],
    }),
    unavailable: new Counter({
      name: 'samtykke_requests_unavailable_total',
      help: 'Requests answered 503 (storage unreachable, stalled or busy, or shutting down).',
      registers: [registry],
    }),
  };
}

/** The receipts waiting for a durable write, read from the store when Prometheus scrapes. */
function registerQueueDepth(registry: Registry, queueDepth: () => number): void {
  new Gauge({
    name: 'samtykke_queue_depth',
    help: 'Receipts waiting for the next durable write.',
    registers: [registry],
    collect() {
      this.set(queueDepth());
    },
  });
}

/** How long each durable write took and how many receipts it carried (group commit). */
function commitHistograms(registry: Registry) {
  return {
    seconds: new Histogram({
      name: 'samtykke_commit_seconds',
      help: 'Duration of one durable write (fdatasync or COMMIT) of a batch of receipts.',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    receipts: new Histogram({
      name: 'samtykke_commit_receipts',
      help: 'Receipts stored per durable write (group commit).',
      buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2000],
      registers: [registry],
    }),
  };
}

/**
 * One receiver's metrics in a registry of its own. `queueDepth` is read at each scrape.
 * Registration order is the order of GET /metrics: requests, queue, commits.
 */
export function createMetrics(queueDepth: () => number) {
  const registry = new Registry();
  const { stored, duplicates, refused, unavailable } = requestCounters(registry);
  registerQueueDepth(registry, queueDepth);
  const commits = commitHistograms(registry);
  return {
    registry,
    stored,
    duplicates,
    refused,
    unavailable,
    /** Store events: commit latency into the histograms, trouble into the log. */
    storeEvents(log: Logger): StoreEvents {
      return {
        committed(seconds, records) {
          commits.seconds.observe(seconds);
          commits.receipts.observe(records);
        },
        trouble(event, detail) {
          log({ time: new Date().toISOString(), level: 'warn', event, ...detail });
        },
      };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
