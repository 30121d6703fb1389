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

interface Wording {
  /** The act of using the site. */
  use: string;
  /** The claim that this is consent. */
  claim: string;
}

const WORDINGS: Record<string, Wording> = {
  en: {
    use: '\\bby (?:using|continuing|browsing|visiting|staying|navigating|scrolling|accessing)\\b|\\b(?:if|when) you (?:continue|keep) (?:to use|using|to browse|browsing|on)\\b|\\bcontinued use\\b',
    claim:
      '\\b(?:you|visitors?|users?) (?:consent|agree|accept)\\b|\\b(?:constitutes|means|implies) (?:your )?(?:consent|acceptance|agreement)\\b|\\byou are (?:consenting|agreeing|accepting)\\b',
  },
  nb: {
    use: '\\bved (?:å (?:bruke|benytte|fortsette|besøke|surfe|bla|navigere)|(?:videre |fortsatt )?bruk av)|\\b(?:hvis|dersom|om|når) du (?:fortsetter|bruker|benytter|besøker)',
    claim:
      '\\bsamtykker du\\b|\\bgodtar du\\b|\\baksepterer du\\b|\\bdu (?:samtykker|godtar|aksepterer)\\b|\\b(?:regnes|anses) (?:det )?som (?:et )?samtykke\\b',
  },
  nn: {
    use: '\\bved (?:å (?:bruke|nytte|halde fram|fortsetje|besøkje|surfe|bla)|(?:vidare )?bruk av)|\\b(?:viss|dersom|om|når) du (?:held fram|bruker|nyttar|besøkjer)',
    claim:
      '\\bsamtykkjer du\\b|\\bgodtek du\\b|\\baksepterer du\\b|\\bdu (?:samtykkjer|godtek|aksepterer)\\b|\\b(?:blir|vert) (?:det )?rekna som (?:eit )?samtykke\\b',
  },
  sv: {
    use: '\\bgenom att (?:använda|fortsätta|surfa|besöka|stanna)|\\bvid (?:fortsatt )?användning\\b|\\bom du fortsätter\\b',
    claim: '\\b(?:godkänner|samtycker|accepterar) du\\b|\\bdu (?:godkänner|samtycker|accepterar)\\b',
  },
  da: {
    use: '\\bved at (?:bruge|benytte|fortsætte|besøge|browse|surfe)|\\bved (?:fortsat )?brug af\\b|\\bhvis du fortsætter\\b',
    claim: '\\b(?:accepterer|samtykker|godkender) du\\b|\\bdu (?:accepterer|samtykker|godkender)\\b',
  },
  de: {
    use: '\\bdurch die (?:weitere )?nutzung\\b|\\bmit der (?:weiteren )?nutzung\\b|\\bwenn sie\\b[^.!?]{0,40}?\\bweiter(?:hin)?\\b|\\bindem sie\\b',
    claim:
      '\\b(?:stimmen|willigen) sie\\b|\\berklären sie sich\\b|\\bakzeptieren sie\\b|\\b(?:sind|erklären) sie (?:sich )?(?:damit )?einverstanden\\b',
  },
};

/** At most this many characters between the trigger and the claim. */
const LONGEST_GAP = 200;

/**
 * Per language, the triggers and the claims as two patterns of their own, matched against the
 * sentence in lower case (the patterns are written in lower case). One pattern with a bounded gap
 * between them (`use[^.!?]{0,200}?claim`) says the same in a line, but the engine compiles such a
 * gap by unrolling it, and case-insensitive patterns compile several times slower: together 50 ms
 * of main thread on a desktop before the first summary was read. Compiled on first use.
 */
let compiled: { use: RegExp; claim: RegExp }[] | undefined;
const patterns = () =>
  (compiled ??= Object.values(WORDINGS).map(({ use, claim }) => ({ use: new RegExp(use, 'g'), claim: new RegExp(claim, 'g') })));

/** Where each match of `pattern` starts and ends in `text`. */
const spans = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/**
 * The sentences of `text`: a sentence ends at ".", "!" or "?" followed by a space or the end
 * ("example.no" ends nothing).
 */
const sentences = (text: string) => text.split(/[.!?](?=\s|$)/);

/**
 * The part of `text` that claims consent by use (trimmed to at most 100 characters), or null: a
 * trigger and a claim of one language in one sentence, in either order, at most 200 characters
 * apart. JavaScript's `\b` only knows ASCII letters, so no pattern puts `\b` next to å, ä, ö or æ.
 */
export function consentByUse(text: string): string | null {
  for (const sentence of sentences(text)) {
    const lower = sentence.toLowerCase();
    // The quote is taken from the sentence as written, unless lowering changed its length ("İ").
    const written = lower.length === sentence.length ? sentence : lower;
    for (const { use, claim } of patterns()) {
      const claims = spans(claim, lower);
      if (!claims.length) continue;
      for (const trigger of spans(use, lower))
        for (const found of claims) {
          const [first, second] = trigger.start < found.start ? [trigger, found] : [found, trigger];
          const gap = second.start - first.end;
          if (gap < 0 || gap > LONGEST_GAP) continue;
          const quote = written.slice(first.start, second.end).replace(/\s+/g, ' ').trim();
          return quote.length > 100 ? `${quote.slice(0, 99)}…` : quote;
        }
    }
  }
  return null;
}
