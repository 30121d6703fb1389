/**
 * The overview's numbers, counted in one pass over the receipts of a period (streamed from
 * either store, never held in memory): decisions per day, the consent rate per category and
 * per service (accepted among the decisions that offered it), the same split by notice revision
 * and by `via`, and how many API decisions came without a user activation.
 *
 * Only counts leave this module: no id, subject, address or URL.
 */
/** Offered and accepted counts of one category or service. */
export interface Rate {
    shown: number;
    accepted: number;
}
/** Decisions and per-category rates of one group (a revision, a `via`). */
export interface Group {
    decisions: number;
    categories: Map<string, Rate>;
}
export interface Overview {
    decisions: number;
    /** "YYYY-MM-DD" (UTC, by receivedAt) → decisions, every day of the period present. */
    perDay: Map<string, number>;
    categories: Map<string, Rate>;
    services: Map<string, Rate>;
    byRevision: Map<string, Group>;
    byVia: Map<string, Group>;
    api: {
        decisions: number;
        withoutActivation: number;
    };
}
/** The rate as a share from 0 to 1 (0 when never offered). */
export declare function share(rate: Rate): number;
/** Every UTC day from `from` up to (not including) `to`, as "YYYY-MM-DD". */
export declare function days(from: number, to: number): string[];
/** Counts the receipts `records` yields, received in [from, to). */
export declare function aggregate(records: AsyncIterable<Record<string, unknown>>, from: number, to: number): Promise<Overview>;
