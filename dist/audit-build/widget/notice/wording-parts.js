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
export const USE_ACTS = [
    // en
    'use|uses|using|used',
    'visit|visits|visiting',
    'brows*',
    'continu*',
    'navigat*',
    'scroll*',
    'close|closes|closing|dismiss*',
    'click*',
    'stay|stays|staying|remain|remaining',
    'access|accesses|accessing|proceed*',
    // nb, nn
    'bruk|bruke|bruker|brukar|brukt',
    'benytt*|nytt|nytte|nyttar',
    'fortsett*|fortset|fortsetje|fortsetjer',
    'held|halde|heldt|haldt ?du|de fram',
    'besøk|besøke|besøker|besøkje|besøkjer',
    'surf*',
    'bla|blar',
    'naviger*',
    'skroll*',
    'lukk|lukke|lukker|lukkar',
    'klikk*',
    'forbli|forblir',
    // sv
    'använd*',
    'fortsätt*',
    'besök*',
    'skrolla*',
    'stäng*',
    'klicka*',
    'stanna*',
    // da
    'brug|bruge|bruger|brugen',
    'benyt*',
    'fortsæt*',
    'besøg*',
    'luk|lukke|lukker',
    'klik*',
    'forbliv*',
    // de
    'nutz*|benutz*|verwend*',
    'besuch*',
    'weitersurf*',
    'navigier*',
    'schließ*',
    'klick*',
    'fortfahr*|fortsetz*',
    'verbleib*',
];
/** Openers that make the act the means of consent: "by using", "ved å bruke", "durch die Nutzung". */
export const BY_OPENERS = [
    { phrase: 'by|through', gap: 2 },
    { phrase: 'ved|gjennom', gap: 2 }, // ved å bruke, ved videre bruk, ved at bruge, gjennom å nytte
    { phrase: 'genom|vid', gap: 2 }, // genom att använda, vid fortsatt användning
    { phrase: 'durch|mit|bei|beim', gap: 3 }, // durch die weitere Nutzung, mit der Nutzung, beim Weitersurfen
    { phrase: 'indem sie|du', gap: 6 }, // indem Sie diese Website weiterhin nutzen
];
/** Conditional openers: "if you continue", "hvis du fortsetter", "wenn Sie die Seite weiter nutzen". */
export const IF_OPENERS = [
    { phrase: 'if|when|whenever|once|should you ?just|simply', gap: 2 },
    { phrase: 'as long as you', gap: 2 },
    { phrase: 'who', gap: 2 }, // visitors who keep browsing
    { phrase: 'hvis|dersom|om|når|viss|när du ?bare|berre', gap: 2 },
    { phrase: 'wenn|falls|sofern|solange sie|du', gap: 6 }, // the verb comes last in German
];
/** Words for going on that make the next use act a trigger wherever they stand ("videre bruk"). */
export const GOING_ON = 'videre|vidare|fortsatt|fortsat|fortsatta|weitere|weiteren|weiterer|further|continued|ongoing';
/** Words that may come before a use act that opens the sentence ("Å bruke …", "Your use of …"). */
export const START_WORDS = new Set([
    ...'å to att at your din ditt di dykkar deres ihre ihr die der den det the simply bare berre einfach'.split(' '),
    ...GOING_ON.split('|'),
]);
/** At most this many words before a use act that opens the sentence. */
export const MOST_START_WORDS = 2;
/** The claim that the act is consent. */
export const CLAIMS = [
    // en
    'you ?hereby ?also consent|agree|accept|acknowledge',
    'you are ?hereby consenting|agreeing|accepting',
    'you give|provide ?us ?your consent',
    'constitutes|constitute|means|implies|signifies|indicates ?your consent|acceptance|agreement',
    'deemed|considered|treated|regarded|taken ?as|to ?be ?your consent|acceptance|agreement',
    'deemed|considered ?to ?have consented|accepted|agreed',
    'you have consented|accepted|agreed',
    'as ?your consent',
    // nb
    'samtykker|godtar|aksepterer|godkjenner du',
    'du ?også samtykker|godtar|aksepterer|godkjenner',
    'gir du ?oss ?ditt samtykke|aksept',
    'du gir ?oss ?ditt samtykke|aksept',
    'innebærer|betyr|utgjør ?det ?et|ditt samtykke|aksept|godkjenning',
    'anses|regnes|betraktes|tolkes ?det som ?et|ditt samtykke|aksept|godkjenning',
    'du ?har samtykket|godtatt|akseptert|godkjent',
    'er du enig|inneforstått|innforstått',
    'som samtykke',
    // nn
    'samtykkjer|godtek du',
    'du ?òg|også samtykkjer|godtek',
    'gjev du ?oss ?ditt samtykke',
    'du gjev ?oss ?ditt samtykke',
    'inneber|tyder|utgjer ?det ?eit|ditt samtykke',
    'vert|blir|reknast ?det ?rekna|sett ?på som ?eit samtykke',
    'er du samd',
    // sv
    'godkänner|samtycker|accepterar|medger du',
    'du ?också godkänner|samtycker|accepterar|medger',
    'ger du ?ditt samtycke|godkännande',
    'innebär|betyder|utgör ?det ?ett|ditt samtycke|godkännande',
    'anses|räknas|betraktas ?det som ?ett|ditt samtycke|godkännande',
    'anses du ?ha godkänt|samtyckt|accepterat',
    'du ?har godkänt|samtyckt|accepterat',
    'som samtycke',
    // da
    'accepterer|samtykker|godkender du',
    'du ?også accepterer|samtykker|godkender',
    'giver du ?os ?dit samtykke|accept|lov|tilladelse',
    'du giver ?os ?dit samtykke|accept',
    'indebærer|betyder|udgør ?det ?et|dit samtykke|accept',
    'anses|betragtes ?det som ?et|dit samtykke|accept',
    'er du indforstået|enig',
    // de
    'stimmen|willigen|stimmst|willigst sie|du',
    'sie|du stimmen|willigen|stimmst|willigst|akzeptieren|akzeptierst',
    'erklären sie sich',
    'erklärst du dich',
    'akzeptieren sie',
    'akzeptierst du',
    'einverstanden',
    'gilt|gelten|bedeutet ?dies ?als ?ihre|deine zustimmung|einwilligung|einverständnis',
    'erteilen|geben sie ?uns ?ihre zustimmung|einwilligung',
    'als zustimmung|einwilligung',
];
/** An assumption that the visitor agrees, which needs no act to be refused: no choice was made. */
export const ASSUMPTIONS = [
    'assume|presume|assuming ?that you',
    'we ?will|ll take it that you',
    'går|gå ?vi ut fra|ifra at du',
    'går ?vi ut frå at du',
    'antar|antek ?vi at du',
    'regner ?vi med at du',
    'utgår ?vi från att du',
    'antar ?vi att du',
    'går ?vi ud fra at du',
    'antager ?vi at du',
    'gehen wir davon aus',
    'wir gehen davon aus',
];
/**
 * Every claim and assumption above holds one of these (a unit test keeps it so): a text without
 * any of them claims nothing and is passed without being split into words, which keeps the first
 * page view fast (most texts are names, durations and purposes).
 */
export const KEY_STEMS = [
    ...'consent agree accept acknowledg deemed considered assum presum take'.split(' '),
    ...'samtykk godta godtek aksept godkjen godkän godkend samtyck einverst zustimm einwillig akzeptier'.split(' '),
    ...'stimm willig erklär enig samd forstå medger giver anta antek regner utgår gehen'.split(' '),
    ...['ut fra', 'ut ifra', 'ut frå', 'ud fra'],
];
/** Words that undo a claim that follows within three words ("does not mean you agree"). */
export const NEGATIONS = new Set('not never doesn don isn won cannot ikke ikkje aldri inte aldrig ej nicht nie kein keine keinen'.split(' '));
/** Words that undo a claim they follow ("you accept nothing"). */
export const NOTHING = new Set('nothing none ingenting inkje ingen inget inga intet nichts keine keinen'.split(' '));
/**
 * What a visitor clicks to choose (a button, a link, the settings): using or clicking one of
 * these is a choice, not use of the site ("Ved å klikke «Godta alle» samtykker du").
 */
export const CONTROLS = [
    'button*|knapp*|schaltfläche*|link*|lenk*|länk*',
    'setting*|innstilling*|instilling*|einstellung*|inställning*|indstilling*|preference*',
];
/** Button labels, when written capitalised right after the act ("By clicking Accept all", not "GODKÄNNER DU"). */
export const BUTTON_LABELS = ['accept*|godta*|godkänn*|godkend*|akzeptier*|allow*|tillat*|tillad*|tillåt*|ok|alle|all'];
