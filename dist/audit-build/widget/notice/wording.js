/**
 * Sentences that claim consent by use: "Ved å bruke nettstedet gir du samtykke", "Fortsetter du å
 * bruke nettsiden, godtar du …", "Videre bruk av nettstedet innebærer samtykke", "If you continue
 * to use this site we will assume that you are happy with it", "Wenn Sie weitersurfen, stimmen
 * Sie zu". Consent is a clear, active choice (GDPR art. 4(11) and 7): using, browsing,
 * continuing, scrolling, clicking on or closing a site is not one, so any text a visitor reads
 * that says otherwise is refused (SPEC §3).
 *
 * A sentence is composed of the parts in wording-parts.ts: a *trigger* (a use act led in by an
 * opener, "by" / "ved å" / "hvis du" / "wenn Sie", or opening the sentence itself, "Fortsetter
 * du", "Videre bruk") and a *claim* of consent ("godtar du", "innebærer samtykke"), in either
 * order, at most 200 characters apart; or an *assumption* that the visitor agrees. Every
 * language's parts are tried on every text, whatever its language key says. A claim right after
 * a negation ("does not mean you agree") or before "nothing" ("you accept nothing") is none, and
 * using a button or a link is a choice, not use ("Ved å klikke «Godta alle» samtykker du").
 *
 * Node-safe and pure. The phrases are parsed on first use, and only one small regular expression
 * (the word splitter) is compiled.
 */
import * as parts from './wording-parts.js';
const parseWord = (w) => {
    const any = w.replace(/^\?/, '').split('|');
    return {
        words: new Set(any.filter((a) => !a.endsWith('*'))),
        stems: any.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1)),
        optional: w.startsWith('?'),
    };
};
/** An index of `phrases` (`gap`: an opener's, 0 for the other parts). */
function indexOf(phrases) {
    const index = { byWord: new Map(), byStem: [] };
    for (const { phrase, gap } of phrases) {
        const parsed = { words: phrase.split(' ').map(parseWord), gap };
        const first = parsed.words[0];
        for (const w of first.words)
            index.byWord.set(w, [...(index.byWord.get(w) ?? []), parsed]);
        for (const stem of first.stems)
            index.byStem.push([stem, [parsed]]);
    }
    return index;
}
const plain = (phrases) => phrases.map((phrase) => ({ phrase, gap: 0 }));
/** A value made on first use, then kept: a notice without a claim of consent never needs the use acts. */
const once = (make) => {
    let value;
    return () => (value ??= make());
};
const claimIndex = once(() => indexOf(plain(parts.CLAIMS)));
const assumptionIndex = once(() => indexOf(plain(parts.ASSUMPTIONS)));
const actIndex = once(() => indexOf(plain(parts.USE_ACTS)));
const openerIndex = once(() => indexOf([...parts.BY_OPENERS, ...parts.IF_OPENERS, { phrase: parts.GOING_ON, gap: 0 }]));
const controlWords = once(() => ({
    controls: parseWord(parts.CONTROLS.join('|')),
    labels: parseWord(parts.BUTTON_LABELS.join('|')),
}));
const wordIs = (word, w) => w.words.has(word) || w.stems.some((stem) => word.startsWith(stem));
/** Where `phrase` ends when it starts at word `i` (optional words tried both ways), or -1. */
function matchAt(words, i, phrase, p = 0) {
    if (p === phrase.length)
        return i;
    const taken = i < words.length && wordIs(words[i].word, phrase[p]) ? matchAt(words, i + 1, phrase, p + 1) : -1;
    return taken >= 0 || !phrase[p].optional ? taken : matchAt(words, i, phrase, p + 1);
}
/** Tries `phrases` at word `from`, adding where each is found to `found`. */
function tryAt(words, from, phrases, found) {
    for (const phrase of phrases) {
        const to = matchAt(words, from, phrase.words);
        if (to > from)
            found.push({ from, to, gap: phrase.gap });
    }
}
/** Every place a phrase of `index` is found. (Plain loops: this runs cold, on a first page view.) */
function findAll(words, index) {
    const found = [];
    for (let from = 0; from < words.length; from++) {
        const word = words[from].word;
        const phrases = index.byWord.get(word);
        if (phrases)
            tryAt(words, from, phrases, found);
        for (const [stem, stemmed] of index.byStem)
            if (word.startsWith(stem))
                tryAt(words, from, stemmed, found);
    }
    return found;
}
/** Whether the text between words `a` and `b` breaks the clause (",", ";", ":", a dash, a bracket). */
const broken = (text, words, a, b) => /[,;:()–—]/.test(text.slice(words[a].end, words[b].start));
/** Whether the act at word `i` uses a button, a link or the settings: a choice, not use of the site. */
function usesControl(text, words, i) {
    const next = words.slice(i, i + 4);
    if (/[«"“”„']/.test(text.slice(words[i - 1].end, next[next.length - 1].end)))
        return true;
    const { controls, labels } = controlWords();
    // Written capitalised ("Accept", not "ACCEPT" or "accept"): the label of a button.
    const capitalised = (written) => written[0] !== written[0].toLowerCase() && written[1] === written[1]?.toLowerCase();
    const label = (w) => capitalised(text.slice(w.start, w.end)) && wordIs(w.word, labels);
    return next.some((w) => wordIs(w.word, controls)) || next.slice(0, 2).some(label);
}
/** Use acts led in by an opener, or opening the sentence: each from its opener to its act's end. */
function triggers(text, words) {
    const openers = findAll(words, openerIndex());
    const found = [];
    for (const act of findAll(words, actIndex())) {
        if (act.to < words.length && usesControl(text, words, act.to))
            continue;
        const opensSentence = act.from <= parts.MOST_START_WORDS && words.slice(0, act.from).every((w) => parts.START_WORDS.has(w.word));
        if (opensSentence)
            found.push({ from: 0, to: act.to, gap: 0 });
        for (const o of openers)
            if (o.to <= act.from && act.from - o.to <= o.gap && !broken(text, words, o.from, act.from))
                found.push({ from: o.from, to: act.to, gap: 0 });
    }
    return found;
}
/** Claims of consent that no negation undoes. */
function claims(words, index) {
    return findAll(words, index).filter((c) => !words.slice(Math.max(0, c.from - 3), c.from).some((w) => parts.NEGATIONS.has(w.word)) &&
        !parts.NOTHING.has(words[c.to]?.word));
}
/** At most this many characters between the trigger and the claim. */
const LONGEST_GAP = 200;
/** The sentences of `text`: ".", "!" or "?" before a space or the end ends one ("example.no" does not), and so does a line break. */
const sentences = (text) => text.split(/[.!?](?=\s|$)|\n/);
/** The words of a sentence, lower-cased ("you're" is "you" and "re", "E-post" is "e" and "post"). */
function wordsOf(lower) {
    // Words end at spaces and punctuation. Not `\p{L}`: a Unicode property class costs milliseconds
    // to compile on a visitor's first page view, and any other character may stand in a word.
    return [...lower.matchAll(/[^\s.,;:!?()[\]{}«»"“”„'‘’/\\&+*=<>|~^%#@-]+/g)].map((m) => ({
        word: m[0],
        start: m.index,
        end: m.index + m[0].length,
    }));
}
/** The first sentence of `text` that claims consent by use, and the words that make it; or null. */
/** Whether `lower` holds a key word of a claim (wording-parts.ts KEY_STEMS). */
const hasKey = (lower) => parts.KEY_STEMS.some((stem) => lower.includes(stem));
export function consentByUse(text) {
    if (!hasKey(text.toLowerCase()))
        return null;
    for (const raw of sentences(text)) {
        const lower = raw.toLowerCase();
        // Only a sentence with a key word is split into words.
        if (!hasKey(lower))
            continue;
        // The quote is taken from the sentence as written, unless lowering changed its length ("İ").
        const sentence = lower.length === raw.length ? raw : lower;
        const words = wordsOf(lower);
        const found = claimsIn(sentence, words);
        if (found)
            return found;
    }
    return null;
}
/** The claim of consent by use in one sentence (`words`, lower-cased), or null. */
function claimsIn(sentence, words) {
    const quote = (f) => sentence.slice(words[f.from].start, words[f.to - 1].end);
    const written = () => sentence.replace(/\s+/g, ' ').trim();
    const assumption = claims(words, assumptionIndex())[0];
    if (assumption) {
        const act = triggers(sentence, words)[0];
        return { sentence: written(), use: act ? quote(act) : null, claim: quote(assumption) };
    }
    const found = claims(words, claimIndex());
    if (!found.length)
        return null;
    for (const t of triggers(sentence, words))
        for (const c of found) {
            const [first, second] = t.from < c.from ? [t, c] : [c, t];
            const gap = words[second.from].start - words[first.to - 1].end;
            if (gap >= 0 && gap <= LONGEST_GAP)
                return { sentence: written(), use: quote(t), claim: quote(c) };
        }
    return null;
}
