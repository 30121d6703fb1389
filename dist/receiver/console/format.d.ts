import type { Language } from './words.js';
export declare function formatDateTime(language: Language, iso: unknown): string;
/** A "YYYY-MM-DD" day, written out in the language. */
export declare function formatDay(language: Language, day: string): string;
export declare function formatPercent(language: Language, share: number): string;
export declare function formatNumber(language: Language, n: number): string;
export interface Period {
    /** The first day, "YYYY-MM-DD". */
    from: string;
    /** The last day (inclusive). */
    to: string;
    /** [fromMs, toMs): midnight UTC of the first day to midnight after the last. */
    fromMs: number;
    toMs: number;
}
/**
 * The period of `query` (`from`, `to`), or why it is not valid. `defaultDays`: the period
 * when neither is given (null: no period).
 */
export declare function parsePeriod(query: URLSearchParams, defaultDays: number | null): Period | null | {
    error: string;
};
