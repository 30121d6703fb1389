/**
 * The structured log's types and the default logger (one JSON line on stderr). Apart from
 * metrics.ts so that the receiver's published types (`samtykke/receiver`) name no type of
 * prom-client: the package bundles prom-client into its Node code and does not install it.
 */
/** One line of the structured log. */
export interface LogEntry {
    /** When it happened (ISO 8601). */
    time: string;
    /** How serious: `info`, `warn` or `error`. */
    level: 'info' | 'warn' | 'error';
    /** What happened, as a stable name (`refused`, `store-failed`, …). */
    event: string;
    /** Details of the event (status, reason, …); never a receipt's personal data. */
    [detail: string]: unknown;
}
/**
 * Where `createReceiver`'s structured log goes (`options.logger`): called once per event with
 * a plain object; the default writes it to stderr as one JSON line. Must not throw.
 */
export type Logger = (entry: LogEntry) => void;
/** The default logger: one JSON line per entry on stderr. */
export declare const stderrLogger: Logger;
