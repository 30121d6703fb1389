/**
 * The structured log's types and the default logger (one JSON line on stderr). Apart from
 * metrics.ts so that the receiver's published types (`samtykke/receiver`) name no type of
 * prom-client: the package bundles prom-client into its Node code and does not install it.
 */
/** The default logger: one JSON line per entry on stderr. */
export const stderrLogger = (entry) => {
    process.stderr.write(`${JSON.stringify(entry)}\n`);
};
