/**
 * The words of the five customer demos: one imagined home page per controller, in nb, nn and en.
 * build-pages.mjs turns this plus demo/notices/<slug>.json (the notice, shared by all languages)
 * into the HTML. Everything here is plain text (escaped on output); `code` in backticks becomes
 * <code>. Only `head` and the tagged snippets are raw HTML, written by us, never from a config.
 *
 * The page texts describe what each notice itself says about the controller; where a notice names
 * no tool (analytics, ads), the demo uses a common one and its note says so.
 */

import resultat24 from './content/resultat24.mjs';
import mestergruppen from './content/mestergruppen-eiendom.mjs';
import vekstly from './content/vekstly.mjs';
import vestbo from './content/vestbo.mjs';
import stavanger from './content/stavanger-sentrum.mjs';

/** Words shared by every demo page, per language. */
export const ui = {
  nb: {
    langName: 'Bokmål',
    skip: 'Hopp til innholdet',
    langNav: 'Språk',
    orgNr: 'Org.nr.',
    policy: 'Personvernerklæring',
    choices: 'Personvernvalg',
    badge: 'Demo',
    email: 'E-post',
    phone: 'Telefon',
    dpo: 'Personvernombud',
    privacyContact: 'Personvernrådgiver',
    contact: 'Kontakt',
    allDemos: 'Alle demoer',
    home: 'Til forsiden',
    asWritten: 'Se siden slik erklæringen er skrevet – med det validatoren sier i konsollen',
    cardsLabel: 'Hva vi tilbyr',
    titleSuffix: 'demo av samtykke',
    disclaimer: (name) =>
      `Demo av widgeten samtykke, med en konfigurasjon laget fra personvernerklæringen til ${name}. Dette er ikke nettstedet til ${name}.`,
  },
  nn: {
    langName: 'Nynorsk',
    skip: 'Hopp til innhaldet',
    langNav: 'Språk',
    orgNr: 'Org.nr.',
    policy: 'Personvernerklæring (bokmål)',
    choices: 'Personvernval',
    badge: 'Demo',
    email: 'E-post',
    phone: 'Telefon',
    dpo: 'Personvernombod',
    privacyContact: 'Personvernrådgjevar',
    contact: 'Kontakt',
    allDemos: 'Alle demoar',
    home: 'Til framsida',
    asWritten: 'Sjå sida slik erklæringa er skriven (bokmål) – med det validatoren seier i konsollen',
    cardsLabel: 'Kva vi tilbyr',
    titleSuffix: 'demo av samtykke',
    disclaimer: (name) =>
      `Demo av widgeten samtykke, med ein konfigurasjon laga frå personvernerklæringa til ${name}. Dette er ikkje nettstaden til ${name}.`,
  },
  en: {
    langName: 'English',
    skip: 'Skip to content',
    langNav: 'Language',
    orgNr: 'Org. no.',
    policy: 'Privacy notice (Norwegian)',
    choices: 'Privacy choices',
    badge: 'Demo',
    email: 'E-mail',
    phone: 'Phone',
    dpo: 'Data protection officer',
    privacyContact: 'Privacy adviser',
    contact: 'Contact',
    allDemos: 'All demos',
    home: 'To the home page',
    asWritten: 'See the page as the notice is written (Norwegian) – with what the validator says in the console',
    cardsLabel: 'What we offer',
    titleSuffix: 'samtykke demo',
    disclaimer: (name) =>
      `Demo of the samtykke widget, with a configuration made from the privacy notice of ${name}. This is not the website of ${name}.`,
  },
};

/** Page texts for the notice page (personvern.html): Bokmål only, like the notices themselves. */
export const noticePage = {
  h1: 'Personvernerklæring',
  intro: (name) =>
    `Personvernerklæringen til ${name}, gjengitt ordrett slik den sto på nettstedet. Konfigurasjonen i demoen er laget fra denne teksten.`,
};

/** Per customer: its page texts (demo/content/<slug>.mjs). */
export const sites = {
  resultat24,
  'mestergruppen-eiendom': mestergruppen,
  vekstly,
  vestbo,
  'stavanger-sentrum': stavanger,
};
