/**
 * The validator's messages in Norwegian, bokmål and nynorsk, for the studio: each problem's code
 * (src/widget/notice/rules*.ts, validate.ts) and parameters rendered in the owner's language.
 * The English text stays the console's and the CLI's; none of this ships in the widget (the
 * studio is a page of its own). A problem without a code here is shown in English.
 *
 * Parameters arrive as the validator writes them, quoted where the English quotes them
 * (`service: "\"hotjar\""`, `category: "\"analytics\""`).
 */
import { DEFAULT_COOKIE } from '../widget/notice/defaults.js';

type Params = Record<string, string>;
type Rendering = (p: Params) => string;

const TRACKER_NB = 'sporing krever samtykke fra den besøkende (ekomloven § 3-15)';
const TRACKER_NN = 'sporing krev samtykke frå den besøkjande (ekomloven § 3-15)';
const KEEP_NB = 'GDPR art. 13(2)(a) krever at erklæringen sier hvor lenge opplysninger lagres.';
const KEEP_NN = 'GDPR art. 13(2)(a) krev at erklæringa seier kor lenge opplysningar blir lagra.';

const NB: Record<string, Rendering> = {
  required: () => 'må fylles ut.',
  'unknown-field': () => 'er ikke et kjent felt, og blir ignorert.',
  'unknown-category': (p) =>
    `viser til kategorien «${p.category}», som ikke finnes: ingenting kan gi samtykke til denne tjenesten. Legg til «${p.category}» under kategorier, eller bruk en av ${p.known}.`,
  'org-number-check': () => 'har feil kontrollsiffer (mod 11): slå opp nummeret i Enhetsregisteret (brreg.no) og rett det.',
  'basis-needs-consent': (p) =>
    `${p.owner} oppgir behandlingsgrunnlaget «${p.basis}», men informasjonskapsler som ikke er strengt nødvendige, krever samtykke (ekomloven § 3-15, ePrivacy art. 5(3)). Bruk «consent», eller la legalBasis stå tomt.`,
  'necessary-tracker-preset': (p) =>
    `«${p.service}» er laget fra katalogoppføringen «${p.preset}», en kjent sporingstjeneste, og kan ikke være «necessary»: ${TRACKER_NB}. Legg den i en kategori som ${p.category}.`,
  'necessary-tracker-id': (p) =>
    `«${p.service}» er en kjent sporingstjeneste og kan ikke være «necessary»: ${TRACKER_NB}. Legg den i en kategori som ${p.category}.`,
  'necessary-tracker-host': (p) =>
    `«${p.host}» er der en kjent sporingstjeneste («${p.tracker}») lastes fra, så ${p.service} kan ikke være «necessary»: ${TRACKER_NB}. Legg den i en kategori som ${p.category}.`,
  'necessary-tracker-cookie': (p) =>
    `«${p.cookie}» er en sporingskapsel fra «${p.tracker}», så ${p.service} kan ikke være «necessary»: ${TRACKER_NB}. Legg den i en kategori som ${p.category}.`,
  'necessary-tracker-rule': (p) =>
    `legger «${p.host}», der en kjent sporingstjeneste («${p.tracker}») lastes fra, i «necessary»: ${TRACKER_NB}. Bruk en kategori som ${p.category}.`,
  'consent-by-use': (p) =>
    `«${p.sentence}» sier at bruk av nettstedet er samtykke ${p.words}: samtykke må være et klart, aktivt valg (GDPR art. 4(11) og 7; ekomloven § 3-15), og å bruke, bla, rulle eller lukke er ikke det. Fjern setningen: samtykke spør den besøkende.`,
  'no-contact': () =>
    'gir ingen måte å nå den behandlingsansvarlige på. GDPR art. 13(1)(a) krever kontaktopplysninger: legg til «email», «phone» eller «address».',
  'rights-missing': (p) =>
    `utelater ${p.missing}. GDPR art. 13(2) krever at erklæringen forteller om rettighetene: legg dem til, eller fjern «rights» for å vise alle.`,
  'objection-missing': (p) =>
    `utelater «objection», men ${p.purpose} bygger på berettiget interesse, som den besøkende kan protestere mot (GDPR art. 13(2)(b) og 21). Legg til «objection».`,
  'portability-missing': (p) =>
    `utelater «portability», men ${p.purpose} bygger på ${p.basis}, som gir rett til dataportabilitet (GDPR art. 13(2)(b) og 20). Legg til «portability».`,
  'cookies-missing': (p) =>
    `oppgir ingen informasjonskapsler for ${p.service}. Skriv hva den lagrer i nettleseren, med varighet (GDPR art. 13(2)(a)), eller sett «cookieless»: true hvis den ikke lagrer eller leser noe der.`,
  'duration-missing': (p) => `mangler: skriv hvor lenge «${p.cookie}» lagres, f.eks. «2 år». ${KEEP_NB}`,
  'service-retention-missing': (p) =>
    `mangler: skriv hvor lenge leverandøren lagrer det ${p.service} samler inn, f.eks. «14 måneder». ${KEEP_NB}`,
  'purpose-retention-missing': () =>
    `mangler: skriv hvor lenge opplysningene for dette formålet lagres, eller kriteriene for det. ${KEEP_NB}`,
  'arrangement-missing': (p) =>
    `mangler: ${p.service} er felles behandlingsansvarlig, så erklæringen må gi hovedinnholdet i ordningen mellom dere (hvem svarer de besøkende, hvem gjør hva) (GDPR art. 26(2)). Legg til «arrangement».`,
  'no-proof': () =>
    'mangler, så valgene lagres ikke noe annet sted enn i den besøkendes nettleser. Den behandlingsansvarlige må kunne påvise at den besøkende har samtykket (GDPR art. 7(1)): legg til «proof»: { «endpoint»: … }.',
  'decision-too-long': (p) =>
    `tar vare på et valg i ${p.days} dager. Tilsynsmyndighetene venter at besøkende blir spurt på nytt innen 13 måneder: bruk ${p.most} eller mindre (standard er ${DEFAULT_COOKIE.expiresAfterDays}).`,
  'consent-mode-advanced': () =>
    'er «advanced»: Googles tagger lastes da før samtykke og sender Google signaler uten informasjonskapsler (siden, tiden, nettleseren og IP-adressen) før den besøkende har valgt (ekomloven § 3-15). Bruk standardverdien «basic», som holder dem tilbake til samtykke.',
  'url-passthrough': () =>
    'er på: mens samtykke er avslått eller ikke gitt, legger Googles tagger klikk-ID-er (gclid, dclid) i lenkene på siden, så de når Google i adressen til neste side. La den være av, med mindre erklæringen forteller de besøkende om det.',
  'auto-block-off': () =>
    'er false: en kjent sporingstjeneste som siden laster uten data-consent, kjører da, setter informasjonskapsler og sender den besøkendes opplysninger til leverandøren før samtykke (ekomloven § 3-15). La «autoBlock» være på, eller merk hver sporingstjeneste.',
};

const NN: Record<string, Rendering> = {
  required: () => 'må fyllast ut.',
  'unknown-field': () => 'er ikkje eit kjent felt, og blir ignorert.',
  'unknown-category': (p) =>
    `viser til kategorien «${p.category}», som ikkje finst: ingenting kan gje samtykke til denne tenesta. Legg til «${p.category}» under kategoriar, eller bruk ein av ${p.known}.`,
  'org-number-check': () => 'har feil kontrollsiffer (mod 11): slå opp nummeret i Einingsregisteret (brreg.no) og rett det.',
  'basis-needs-consent': (p) =>
    `${p.owner} oppgjev behandlingsgrunnlaget «${p.basis}», men informasjonskapslar som ikkje er strengt naudsynte, krev samtykke (ekomloven § 3-15, ePrivacy art. 5(3)). Bruk «consent», eller la legalBasis stå tomt.`,
  'necessary-tracker-preset': (p) =>
    `«${p.service}» er laga frå katalogoppføringa «${p.preset}», ei kjend sporingsteneste, og kan ikkje vere «necessary»: ${TRACKER_NN}. Legg henne i ein kategori som ${p.category}.`,
  'necessary-tracker-id': (p) =>
    `«${p.service}» er ei kjend sporingsteneste og kan ikkje vere «necessary»: ${TRACKER_NN}. Legg henne i ein kategori som ${p.category}.`,
  'necessary-tracker-host': (p) =>
    `«${p.host}» er der ei kjend sporingsteneste («${p.tracker}») blir lasta frå, så ${p.service} kan ikkje vere «necessary»: ${TRACKER_NN}. Legg henne i ein kategori som ${p.category}.`,
  'necessary-tracker-cookie': (p) =>
    `«${p.cookie}» er ein sporingskapsel frå «${p.tracker}», så ${p.service} kan ikkje vere «necessary»: ${TRACKER_NN}. Legg henne i ein kategori som ${p.category}.`,
  'necessary-tracker-rule': (p) =>
    `legg «${p.host}», der ei kjend sporingsteneste («${p.tracker}») blir lasta frå, i «necessary»: ${TRACKER_NN}. Bruk ein kategori som ${p.category}.`,
  'consent-by-use': (p) =>
    `«${p.sentence}» seier at bruk av nettstaden er samtykke ${p.words}: samtykke må vere eit klart, aktivt val (GDPR art. 4(11) og 7; ekomloven § 3-15), og å bruke, bla, rulle eller lukke er ikkje det. Fjern setninga: samtykke spør den besøkjande.`,
  'no-contact': () =>
    'gjev ingen måte å nå den behandlingsansvarlege på. GDPR art. 13(1)(a) krev kontaktopplysningar: legg til «email», «phone» eller «address».',
  'rights-missing': (p) =>
    `utelèt ${p.missing}. GDPR art. 13(2) krev at erklæringa fortel om rettane: legg dei til, eller fjern «rights» for å vise alle.`,
  'objection-missing': (p) =>
    `utelèt «objection», men ${p.purpose} byggjer på berettiga interesse, som den besøkjande kan protestere mot (GDPR art. 13(2)(b) og 21). Legg til «objection».`,
  'portability-missing': (p) =>
    `utelèt «portability», men ${p.purpose} byggjer på ${p.basis}, som gjev rett til dataportabilitet (GDPR art. 13(2)(b) og 20). Legg til «portability».`,
  'cookies-missing': (p) =>
    `oppgjev ingen informasjonskapslar for ${p.service}. Skriv kva han lagrar i nettlesaren, med varigheit (GDPR art. 13(2)(a)), eller set «cookieless»: true viss han ikkje lagrar eller les noko der.`,
  'duration-missing': (p) => `manglar: skriv kor lenge «${p.cookie}» blir lagra, t.d. «2 år». ${KEEP_NN}`,
  'service-retention-missing': (p) =>
    `manglar: skriv kor lenge leverandøren lagrar det ${p.service} samlar inn, t.d. «14 månader». ${KEEP_NN}`,
  'purpose-retention-missing': () =>
    `manglar: skriv kor lenge opplysningane for dette føremålet blir lagra, eller kriteria for det. ${KEEP_NN}`,
  'arrangement-missing': (p) =>
    `manglar: ${p.service} er felles behandlingsansvarleg, så erklæringa må gje hovudinnhaldet i ordninga mellom dykk (kven svarar dei besøkjande, kven gjer kva) (GDPR art. 26(2)). Legg til «arrangement».`,
  'no-proof': () =>
    'manglar, så vala blir ikkje lagra nokon annan stad enn i nettlesaren til den besøkjande. Den behandlingsansvarlege må kunne påvise at den besøkjande har samtykt (GDPR art. 7(1)): legg til «proof»: { «endpoint»: … }.',
  'decision-too-long': (p) =>
    `tek vare på eit val i ${p.days} dagar. Tilsynsmyndigheitene ventar at besøkjande blir spurde på nytt innan 13 månader: bruk ${p.most} eller mindre (standard er ${DEFAULT_COOKIE.expiresAfterDays}).`,
  'consent-mode-advanced': () =>
    'er «advanced»: taggane til Google blir då lasta før samtykke og sender Google signal utan informasjonskapslar (sida, tida, nettlesaren og IP-adressa) før den besøkjande har valt (ekomloven § 3-15). Bruk standardverdien «basic», som held dei tilbake til samtykke.',
  'url-passthrough': () =>
    'er på: medan samtykke er avslått eller ikkje gjeve, legg taggane til Google klikk-ID-ar (gclid, dclid) i lenkjene på sida, så dei når Google i adressa til neste side. La han vere av, med mindre erklæringa fortel dei besøkjande om det.',
  'auto-block-off': () =>
    'er false: ei kjend sporingsteneste som sida lastar utan data-consent, køyrer då, set informasjonskapslar og sender opplysningane til den besøkjande til leverandøren før samtykke (ekomloven § 3-15). La «autoBlock» vere på, eller merk kvar sporingsteneste.',
};

/** The problem in `language` (nb, nn), or its English message when there is no rendering. */
export function problemText(problem: { message: string; code?: string; params?: Params }, language: string): string {
  const words = language === 'nn' ? NN : language === 'nb' ? NB : undefined;
  const render = problem.code ? words?.[problem.code] : undefined;
  return render ? render(problem.params ?? {}) : problem.message;
}

/** The codes with a rendering in each Norwegian written language (for the tests). */
export const RENDERED = { nb: Object.keys(NB), nn: Object.keys(NN) };
