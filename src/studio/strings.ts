/**
 * The studio's own words in Norwegian Bokmål and English (and, for the validator's problems, in
 * Nynorsk): `t(key)` in the current interface language. The notice's texts are the owner's and
 * are never translated here; the validator's messages are rendered from their codes in nb and nn
 * (problem-words.ts), and shown as the validator writes them (English) otherwise.
 */
const WORDS = {
  title: ['samtykke studio', 'samtykke studio'],
  lead: [
    'Lag, forhåndsvis og eksporter samtykkeerklæringen for nettstedet ditt. Alt skjer i nettleseren: ingenting sendes noe sted.',
    "Build, preview and export your site's consent notice. Everything happens in your browser: nothing is sent anywhere.",
  ],
  interfaceLanguage: ['Språk i studio', 'Studio language'],
  skip: ['Hopp til skjemaet', 'Skip to the form'],
  // Sections
  open: ['Åpne en erklæring', 'Open a notice'],
  openFile: ['Fra fil (JSON, også et utkast fra samtykke scan)', 'From a file (JSON, a samtykke scan draft too)'],
  paste: ['Eller lim inn JSON', 'Or paste JSON'],
  openPasted: ['Åpne det innlimte', 'Open the pasted notice'],
  clear: ['Start på nytt (sletter det lagrede utkastet)', 'Start over (clears the saved draft)'],
  saved: ['Utkastet lagres i denne nettleseren mens du skriver.', 'Your draft is kept in this browser as you type.'],
  opened: ['Erklæringen er åpnet.', 'The notice is open.'],
  notJson: ['Dette er ikke en JSON-erklæring', 'This is not a JSON notice'],
  notice: ['Erklæringen', 'The notice'],
  revision: ['Revisjon (endre den, så blir alle spurt på nytt)', 'Revision (change it, and every visitor is asked again)'],
  language: ['Språk (auto følger sidens språk)', "Language (auto follows the page's language)"],
  controller: ['Behandlingsansvarlig', 'Controller'],
  name: ['Navn', 'Name'],
  orgNumber: ['Organisasjonsnummer', 'Organisation number'],
  orgOk: ['Kontrollsifferet stemmer (mod 11).', 'The check digit is right (mod 11).'],
  orgBad: [
    'Kontrollsifferet stemmer ikke (mod 11): se etter i Enhetsregisteret.',
    'The check digit is wrong (mod 11): look it up in the Register of Legal Entities.',
  ],
  orgShort: ['Et norsk organisasjonsnummer har 9 sifre.', 'A Norwegian organisation number has 9 digits.'],
  address: ['Adresse', 'Address'],
  email: ['E-post', 'Email'],
  phone: ['Telefon', 'Phone'],
  dpoEmail: ['E-post til personvernombudet (bare hvis dere har et)', "Data protection officer's email (only if you have one)"],
  privacyEmail: ['E-post for personvernspørsmål', 'Privacy contact email'],
  policyUrl: ['Lenke til personvernerklæringen', 'Link to the privacy notice'],
  summary: ['Kort tekst i første lag (valgfri)', 'Short first-layer text (optional)'],
  categories: ['Kategorier', 'Categories'],
  categoryId: ['Id', 'Id'],
  addCategory: ['Legg til kategori', 'Add a category'],
  newCategoryId: ['Id for ny kategori (a–z, 0–9, _ og -)', 'New category id (a–z, 0–9, _ and -)'],
  descriptionField: ['Beskrivelse', 'Description'],
  titleField: ['Tittel', 'Title'],
  remove: ['Fjern', 'Remove'],
  services: ['Tjenester', 'Services'],
  search: ['Søk i tjenestekatalogen', 'Search the service catalogue'],
  searchHint: [
    'Navn, leverandør eller kategori, f.eks. «analytics» eller «YouTube»',
    'Name, provider or category, e.g. "analytics" or "YouTube"',
  ],
  add: ['Legg til', 'Add'],
  added: ['Lagt til', 'Added'],
  noHits: ['Ingen treff i katalogen. Legg den til som egen tjeneste.', 'Nothing in the catalogue. Add it as a custom service.'],
  addCustom: ['Legg til egen tjeneste', 'Add a custom service'],
  service: ['Tjeneste', 'Service'],
  fromPreset: ['Fra katalogen', 'From the catalogue'],
  id: ['Id', 'Id'],
  category: ['Kategori', 'Category'],
  provider: ['Leverandør', 'Provider'],
  role: ['Rolle', 'Role'],
  roleNone: ['(ikke oppgitt)', '(not given)'],
  purpose: ['Formål', 'Purpose'],
  serviceRetention: ['Lagringstid hos leverandøren', 'How long the provider keeps the data'],
  arrangement: [
    'Felles behandlingsansvar: hovedinnholdet i avtalen (GDPR art. 26)',
    'Joint controllers: the essence of the arrangement (GDPR art. 26)',
  ],
  legalBasis: ['Behandlingsgrunnlag', 'Legal basis'],
  cookies: ['Informasjonskapsler', 'Cookies'],
  cookie: ['Informasjonskapsel', 'Cookie'],
  cookieName: ['Navn', 'Name'],
  pattern: ['Mønster (regulært uttrykk for hele navnet, valgfritt)', 'Pattern (regular expression of the whole name, optional)'],
  duration: ['Varighet', 'Duration'],
  addCookie: ['Legg til informasjonskapsel', 'Add a cookie'],
  transfer: ['Overføring utenfor EØS', 'Transfer outside the EEA'],
  servicePolicy: ['Tjenestens personvernerklæring', "The service's privacy policy"],
  hosts: ['Verter som holdes tilbake (én per linje)', 'Hosts held back (one per line)'],
  cookieless: ['Lagrer og leser ingenting i nettleseren', 'Stores and reads nothing in the browser'],
  purposes: ['Formål og grunnlag (erklæringens sammendrag)', 'Purposes and legal bases (the notice summary)'],
  purposeItem: ['Formål', 'Purpose'],
  data: ['Opplysninger', 'Data'],
  retention: ['Lagringstid', 'Retention'],
  recipients: ['Mottakere', 'Recipients'],
  addPurpose: ['Legg til formål', 'Add a purpose'],
  rights: ['Rettigheter', 'Rights'],
  authority: ['Tilsynsmyndighet', 'Supervisory authority'],
  authorityUrl: ['Lenke', 'Link'],
  options: ['Bevis, informasjonskapsel og Google', 'Proof, cookie and Google'],
  endpoint: ['Adresse for samtykkebevis (proof endpoint)', 'Proof endpoint (where receipts are posted)'],
  cookieOptionsName: ['Navn på beslutningskapselen', 'Name of the decision cookie'],
  domain: ['Domene (tomt: bare denne verten)', 'Domain (empty: this host only)'],
  path: ['Sti', 'Path'],
  sameSite: ['SameSite', 'SameSite'],
  expiresAfterDays: ['Spør på nytt etter antall dager', 'Ask again after days'],
  consentMode: ['Google Consent Mode', 'Google Consent Mode'],
  cmOn: ['På (grunnleggende: Google-tagger holdes tilbake)', 'On (basic: Google tags held back)'],
  cmAdvanced: ['Avansert (Google-tagger lastes og følger signalene)', 'Advanced (Google tags load and follow the signals)'],
  cmOff: ['Av', 'Off'],
  region: [
    'Bare i regionene (ISO 3166, kommaseparert; tomt: overalt)',
    'Only in regions (ISO 3166, comma-separated; empty: everywhere)',
  ],
  waitForUpdate: ['Vent på oppdatering (millisekunder)', 'Wait for an update (milliseconds)'],
  gpc: ['Global Privacy Control', 'Global Privacy Control'],
  gpcHonor: ['Respekter (regnes som avslag)', 'Honour (counts as a refusal)'],
  gpcIgnore: ['Ignorer', 'Ignore'],
  autoBlock: ['Hold tilbake kjente sporere uten endringer i HTML', 'Hold back known trackers with no markup change'],
  reloadOnWithdraw: ['Last siden på nytt når samtykke trekkes', 'Reload the page when consent is withdrawn'],
  framePolicy: [
    'Rammepolicy: nettleseren stopper sporings-iframes i HTML-en til de er godtatt',
    'Frame policy: the browser refuses tracker iframes in the HTML until they are granted',
  ],
  framePolicyHint: [
    'Andre verter sidene dine rammer inn (betaling, booking, kart) må stå på listen, ellers blir de også stoppet. «*.example.com» gjelder underdomenene. Når en besøkende godtar en sporings-iframe, lastes siden på nytt én gang.',
    'Every other host your pages frame (payment, booking, maps) must be listed, or it is refused too. "*.example.com" names its subdomains. When a visitor grants a tracker frame, the page reloads once.',
  ],
  frameHosts: ['Verter som alltid kan rammes inn (autoBlock.frames)', 'Hosts that may always be framed (autoBlock.frames)'],
  frameHost: ['Vert', 'Host'],
  addFrameHost: ['Legg til en vert', 'Add a host'],
  noFrameHosts: [
    'Ingen verter: bare nettstedet selv og godtatte sporere kan rammes inn.',
    'No hosts: only the site itself and granted trackers may be framed.',
  ],
  byDefault: ['Standard', 'Default'],
  forExample: ['For eksempel', 'For example'],
  textsAll: ['Alle språk', 'All languages'],
  perLanguage: ['Skriv per språk', 'Write per language'],
  missing: ['mangler oversettelse', 'translation missing'],
  todo: ['Å gjøre (fra utkastet)', 'To do (from the draft)'],
  todoDone: ['Ferdig: fjern notatet', 'Done: remove the note'],
  // Problems
  problems: ['Det validatoren sier', 'What the validator says'],
  noProblems: ['Ingen feil og ingen advarsler: erklæringen er klar.', 'No errors and no warnings: the notice is ready.'],
  error: ['Feil', 'Error'],
  warning: ['Advarsel', 'Warning'],
  errors: ['feil', 'errors'],
  warnings: ['advarsler', 'warnings'],
  rule: ['Regel', 'Rule'],
  formatRule: ['erklæringens format (SPEC §3)', 'the notice format (SPEC §3)'],
  // Preview
  preview: ['Forhåndsvisning', 'Preview'],
  previewNote: [
    'Den ekte samtykke.js i en avskjermet ramme. Valg her lagres ikke og sender ingenting.',
    'The real samtykke.js in a sandboxed frame. Choices here are not kept and send nothing.',
  ],
  layer: ['Visning', 'View'],
  layerFirst: ['Første lag', 'First layer'],
  layerSecond: ['Andre lag', 'Second layer'],
  layerDecided: ['Etter et valg', 'After a choice'],
  previewLanguage: ['Språk', 'Language'],
  theme: ['Tema', 'Theme'],
  themeAuto: ['Følg den besøkendes innstilling', "Follow the visitor's setting"],
  fixedLanguage: [
    'Erklæringen har fast språk, så besøkende ser det uansett sidens språk:',
    "The notice has a fixed language, so visitors see it whatever the page's language:",
  ],
  light: ['Lyst', 'Light'],
  dark: ['Mørkt', 'Dark'],
  width: ['Bredde', 'Width'],
  previewFailed: [
    'Forhåndsvisningen fikk ikke lastet widgeten (verten må sende Access-Control-Allow-Origin for samtykke-filene, se README)',
    "The preview could not load the widget (the host must send Access-Control-Allow-Origin for samtykke's files, see the README)",
  ],
  previewClosed: [
    'Erklæringen har feil, så widgeten viser ingenting (den feiler lukket).',
    'The notice has errors, so the widget shows nothing (it fails closed).',
  ],
  // Export
  export: ['Eksporter', 'Export'],
  exportButton: ['Eksporter erklæringen', 'Export the notice'],
  refused: [
    'Eksport avvist: erklæringen har feil, og widgeten ville ikke vist noe. Rett dette først:',
    'Export refused: the notice has errors, and the widget would show nothing. Fix these first:',
  ],
  exportWarnings: ['Eksportert, men med advarsler du bør se på.', 'Exported, with warnings you should look at.'],
  noticeJson: ['Erklæringen (notice.json)', 'The notice (notice.json)'],
  download: ['Last ned notice.json', 'Download notice.json'],
  tags: ['De to taggene til <head>, først', 'The two tags for <head>, first'],
  receiver: ['Mottakeren for samtykkebevis', 'The receiver for proof receipts'],
  receiverNote: [
    'Kjør den bak nettstedet, slik at adressen for samtykkebevis når den.',
    'Run it behind your site so that the proof endpoint reaches it.',
  ],
  noEndpoint: [
    'Erklæringen har ingen adresse for samtykkebevis: legg til en under «Bevis» for å ta vare på dem.',
    'The notice has no proof endpoint: add one under "Proof" to keep receipts.',
  ],
  copy: ['Kopier', 'Copy'],
  copied: ['Kopiert', 'Copied'],
} as const;

export type WordKey = keyof typeof WORDS;
/** nn: the validator's messages (problem-words.ts) and the words around them; the rest in bokmål for now. */
export type InterfaceLanguage = 'nb' | 'nn' | 'en';

/** The studio's own words in nynorsk, where they differ from bokmål; the others fall back to bokmål. */
const NYNORSK: Partial<Record<WordKey, string>> = {
  interfaceLanguage: 'Språk i studio',
  problems: 'Det validatoren seier',
  error: 'Feil',
  warning: 'Åtvaring',
  rule: 'Regel',
  formatRule: 'formatet til erklæringa (SPEC §3)',
  framePolicy: 'Rammepolicy: nettlesaren stoppar sporings-iframar i HTML-en til dei er godtekne',
  framePolicyHint:
    'Andre vertar sidene dine rammar inn (betaling, booking, kart) må stå på lista, elles blir dei òg stoppa. «*.example.com» gjeld underdomena. Når ein besøkjande godtek ein sporings-iframe, blir sida lasta på nytt éin gong.',
  frameHosts: 'Vertar som alltid kan rammast inn (autoBlock.frames)',
  addFrameHost: 'Legg til ein vert',
  noFrameHosts: 'Ingen vertar: berre nettstaden sjølv og godtekne sporarar kan rammast inn.',
};

let current: InterfaceLanguage = 'nb';

/** Sets the interface language (and `<html lang>`). */
export function setInterfaceLanguage(language: InterfaceLanguage): void {
  current = language;
  document.documentElement.lang = language;
}

export const interfaceLanguage = (): InterfaceLanguage => current;

/** A word of the interface in its current language. */
export const t = (key: WordKey): string =>
  current === 'nn' ? (NYNORSK[key] ?? WORDS[key][0]) : WORDS[key][current === 'nb' ? 0 : 1];
