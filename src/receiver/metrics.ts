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

/** One line of the structured log. */
export interface LogEntry {
  /** When (ISO 8601). */
  time: string;
  /** How much an operator should care: errors need action, warnings attention. */
  level: 'info' | 'warn' | 'error';
  /** What happened, as a stable kebab-case name ("store-failed", "audit-failed", …). */
  event: string;
  [detail: string]: unknown;
}

/**
 * Where `createReceiver`'s structured log goes (`options.logger`): called once per event with
 * a plain object; the default writes it to stderr as one JSON line. Must not throw.
 */
export type Logger = (entry: LogEntry) => void;

export const stderrLogger: Logger = (entry) => {
  process.stderr.write(`${JSON.stringify(entry)}\n`);
};

export function createMetrics(queueDepth: () => number) {
  const registry = new Registry();
  const stored = new Counter({
    name: 'samtykke_receipts_stored_total',
    help: 'Receipts stored (answered 201).',
    registers: [registry],
  });
  const duplicates = new Counter({
    name: 'samtykke_receipts_duplicate_total',
    help: 'Receipts received again after they were stored (answered 200).',
    registers: [registry],
  });
  const refused = new Counter({
    name: 'samtykke_requests_refused_total',
    help: 'Requests refused with a 4xx status, by status and reason.',
    labelNames: ['status', 'reason'] as const,
    registers: [registry],
  });
  const unavailable = new Counter({
    name: 'samtykke_requests_unavailable_total',
    help: 'Requests answered 503 (storage unreachable, stalled or busy, or shutting down).',
    registers: [registry],
  });
  new Gauge({
    name: 'samtykke_queue_depth',
    help: 'Receipts waiting for the next durable write.',
    registers: [registry],
    collect() {
      this.set(queueDepth());
    },
  });
  const commitSeconds = new Histogram({
    name: 'samtykke_commit_seconds',
    help: 'Duration of one durable write (fdatasync or COMMIT) of a batch of receipts.',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const batchSize = new Histogram({
    name: 'samtykke_commit_receipts',
    help: 'Receipts stored per durable write (group commit).',
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2000],
    registers: [registry],
  });
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
          commitSeconds.observe(seconds);
          batchSize.observe(records);
        },
        trouble(event, detail) {
          log({ time: new Date().toISOString(), level: 'warn', event, ...detail });
        },
      };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
