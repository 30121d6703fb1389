/**
 * Sentences that claim consent by use: "by using this site you consent", "ved å bruke nettsiden
 * samtykker du", "wenn Sie die Seite weiter nutzen, stimmen Sie zu". Consent is a clear, active
 * choice (GDPR art. 4(11) and 7): using, browsing or continuing on a site is not one, so a summary
 * that says otherwise is refused (SPEC §3).
 *
 * Each language has triggers (the use) and claims (the consent); a sentence holding both, in
 * either order, is a claim of consent by use. Every language's patterns are tried on every text,
 * whatever its language key says. A sentence that says the opposite ("using the site does not
 * mean you have consented") names no trigger of these and passes.
 */
/**
 * The part of `text` that claims consent by use (trimmed to at most 100 characters), or null: a
 * trigger and a claim of one language in one sentence, in either order, at most 200 characters
 * apart. JavaScript's `\b` only knows ASCII letters, so no pattern puts `\b` next to å, ä, ö or æ.
 */
export declare function consentByUse(text: string): string | null;
