/** What made a sentence claim consent by use: the sentence and the words, quoted as written. */
export interface ConsentByUse {
    sentence: string;
    /** The use and its opener ("Ved å bruke"), or null for an assumption without any act. */
    use: string | null;
    /** The claim ("gir du samtykke") or the assumption ("assume that you"). */
    claim: string;
}
export declare function consentByUse(text: string): ConsentByUse | null;
