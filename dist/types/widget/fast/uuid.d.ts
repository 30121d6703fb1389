/** Random ids for decisions and receipts. */
/** A random v4 UUID. getRandomValues exists outside secure contexts too (randomUUID does not). */
export declare function uuid(): string;
