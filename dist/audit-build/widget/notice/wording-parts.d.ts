/**
 * The parts of a sentence that claims consent by use (SPEC §3), in nb, nn, en, sv, da and de,
 * for wording.ts to compose. Each part is a list of phrases over the lower-cased words of a
 * sentence: words are separated by spaces, `a|b` is either word, `stem*` any word starting with
 * `stem`, and a word written `?a|b` may be left out. No regular expressions: matching words
 * against these costs nothing to compile on a visitor's first page view.
 *
 * A sentence claims consent by use when it holds a *use act* led in by an *opener* (or opening
 * the sentence) and a *claim* of consent; or when it *assumes* the visitor agrees.
 */
/** The act of using the site: using, visiting, browsing, continuing, scrolling, clicking, closing. */
export declare const USE_ACTS: string[];
/** An opener and the most words it may stand apart from its use act ("by simply continuing to use"). */
export interface Opener {
    phrase: string;
    gap: number;
}
/** Openers that make the act the means of consent: "by using", "ved å bruke", "durch die Nutzung". */
export declare const BY_OPENERS: Opener[];
/** Conditional openers: "if you continue", "hvis du fortsetter", "wenn Sie die Seite weiter nutzen". */
export declare const IF_OPENERS: Opener[];
/** Words for going on that make the next use act a trigger wherever they stand ("videre bruk"). */
export declare const GOING_ON = "videre|vidare|fortsatt|fortsat|fortsatta|weitere|weiteren|weiterer|further|continued|ongoing";
/** Words that may come before a use act that opens the sentence ("Å bruke …", "Your use of …"). */
export declare const START_WORDS: Set<string>;
/** At most this many words before a use act that opens the sentence. */
export declare const MOST_START_WORDS = 2;
/** The claim that the act is consent. */
export declare const CLAIMS: string[];
/** An assumption that the visitor agrees, which needs no act to be refused: no choice was made. */
export declare const ASSUMPTIONS: string[];
/**
 * Every claim and assumption above holds one of these (a unit test keeps it so): a text without
 * any of them claims nothing and is passed without being split into words, which keeps the first
 * page view fast (most texts are names, durations and purposes).
 */
export declare const KEY_STEMS: string[];
/** Words that undo a claim that follows within three words ("does not mean you agree"). */
export declare const NEGATIONS: Set<string>;
/** Words that undo a claim they follow ("you accept nothing"). */
export declare const NOTHING: Set<string>;
/**
 * What a visitor clicks to choose (a button, a link, the settings): using or clicking one of
 * these is a choice, not use of the site ("Ved å klikke «Godta alle» samtykker du").
 */
export declare const CONTROLS: string[];
/** Button labels, when written capitalised right after the act ("By clicking Accept all", not "GODKÄNNER DU"). */
export declare const BUTTON_LABELS: string[];
