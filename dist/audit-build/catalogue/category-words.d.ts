/**
 * The words for the usual consent categories (the ids the service catalogue files services
 * under), in the languages samtykke writes a notice in: Bokmål, Nynorsk and English. One table
 * for everything that puts a category into a notice (`samtykke scan`'s draft, the studio), so a
 * category reads the same whichever tool wrote it. The owner may change them in the notice.
 *
 * Nynorsk accepts both "naudsynte" and "nødvendige"; the table says "Nødvendige", the word the
 * widget's own Nynorsk first layer shows visitors ("Nødvendige informasjonskapslar er alltid på").
 * A leaf: no imports, so the studio (in the browser) and the Node tools may both use it.
 */
/** The languages a category's words are written in. */
export type CategoryLanguage = 'nb' | 'nn' | 'en';
/** One text in each of those languages. */
export type CategoryText = Readonly<Record<CategoryLanguage, string>>;
/** A category's title (beside its switch) and description (what it is for). */
export interface CategoryWords {
    readonly title: CategoryText;
    readonly description: CategoryText;
}
/** The category ids the table has words for. */
export type UsualCategory = 'necessary' | 'functional' | 'analytics' | 'marketing' | 'profiling';
/** Titles and descriptions of the usual categories. */
export declare const CATEGORY_WORDS: Readonly<Record<UsualCategory, CategoryWords>>;
/** The words for category `id`, or undefined when it is not one of the usual ones. */
export declare function categoryWords(id: string): CategoryWords | undefined;
