import type { Text } from '../widget/types.js';
type Words = {
    nb: string;
    nn: string;
    en: string;
};
/** A draft category's title and description (catalogue/category-words.ts); else its id as a title. */
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
