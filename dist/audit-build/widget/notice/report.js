/**
 * Where the notice's checks report a problem: a leaf of types, so rules.ts and the checks it
 * runs (rules-necessary.ts, rules-notice.ts) share it without importing each other.
 */
export {};
