/**
 * The words `samtykke scan` writes into a draft notice, in Bokmål, Nynorsk and English: category
 * titles and descriptions, and how long a cookie it saw lasts. The owner is expected to read
 * and adjust them; they say only what the scan can know.
 */
import type { Text } from '../widget/types.js';
type Words = {
    nb: string;
    nn: string;
    en: string;
};
/** Titles and descriptions of the usual categories (a category id not listed gets its id). */
export declare const CATEGORY_WORDS: Record<string, {
    title: Words;
    description: Words;
}>;
export declare function categoryInfo(id: string): {
    title: Text;
    description?: Text;
};
/**
 * A cookie's lifetime in words, from the days left when the scan saw it (null: a session
 * cookie). Rounded to what a reader expects: whole years or months when it is within two days of
 * one, else days (hours under a day).
 */
export declare function cookieDuration(days: number | null): Words;
/** How long a storage key lasts: Web Storage and IndexedDB keep it until deleted, sessionStorage until the tab closes. */
export declare function storageDuration(kind: string): Words;
export {};
