/**
 * The service catalogue's words (catalogue/<id>.json, catalogue/schema.json) as types. Pure
 * declarations with no imports: the Node loader (catalogue.ts), preset expansion (presets.ts),
 * the scan and the studio (in the browser) all name them from here.
 */
export {};
