/**
 * The "as written" page of each customer demo (<slug>/as-written.html, Bokmål only, like the
 * privacy notices themselves): the demo notice changed back to what the customer's own privacy
 * notice says (`change`), and the problems the widget's validator must report for it (`earns`:
 * the paths of its errors and warnings). build-pages.mjs checks that the validator says exactly
 * that, so these pages show what samtykke will not let a site owner do.
 *
 * An error means the widget fails closed: one console error, no banner, nothing gated runs.
 * A warning leaves the widget working and says in the console what the notice lacks.
 */

const consoleHint = 'Åpne nettleserkonsollen (F12) for å se hva widgeten sier.';

/** Rights as the customer's notice names them: access, rectification and erasure only. */
const THREE_RIGHTS = ['access', 'rectification', 'erasure'];

export const asWritten = {
  resultat24: {
    change(c) {
      // No choice: Google Analytics runs with the login cookie, as if strictly necessary.
      c.services.find((s) => s.id === 'google-analytics').category = 'necessary';
      c.rights = THREE_RIGHTS;
    },
    earns: { errors: ['services[2].category'], warnings: ['rights', 'rights', 'rights'] },
    title: 'Slik erklæringen er skrevet',
    lead: `Denne siden bruker erklæringen slik Resultat24 har skrevet den. ${consoleHint}`,
    paras: [
      'Resultat24s erklæring sier at nettsidene bruker Google Analytics til besøksstatistikk, men gir deg ikke noe valg: informasjonskapslene settes sammen med innloggingscookien. Konfigurasjonen på denne siden sier det samme: Google Analytics står under «Nødvendige».',
      'Det slipper ikke gjennom. Google Analytics er en kjent sporingstjeneste, og informasjonskapsler som ikke er strengt nødvendige, krever samtykke (ekomloven § 3-15). Widgeten skriver en feilmelding i konsollen og starter ikke: det vises ikke noe banner, og ingenting som krever samtykke, kjører – heller ikke Google Analytics.',
      'Erklæringen nevner bare innsyn, retting og sletting. Widgeten varsler også at den mangler retten til å trekke tilbake samtykket og til å klage til Datatilsynet, og retten til å protestere og til dataportabilitet der behandlingen bygger på berettiget interesse, samtykke eller avtale (GDPR art. 13 nr. 2).',
    ],
  },

  'mestergruppen-eiendom': {
    change(c) {
      c.services.find((s) => s.id === 'google-analytics').legalBasis = 'legitimate-interests';
    },
    earns: { errors: ['services[1].legalBasis'] },
    title: 'Slik erklæringen er skrevet',
    lead: `Denne siden bruker erklæringen slik Mestergruppen har skrevet den. ${consoleHint}`,
    paras: [
      'Mestergruppens erklæring begrunner analyse ved hjelp av informasjonskapsler i berettiget interesse (GDPR art. 6 nr. 1 bokstav f). Konfigurasjonen på denne siden sier det samme: Google Analytics har `"legalBasis": "legitimate-interests"`.',
      'Det slipper ikke gjennom: informasjonskapsler som ikke er strengt nødvendige, krever samtykke (ekomloven § 3-15, ePrivacy-direktivet art. 5 nr. 3), og berettiget interesse kan ikke tre i stedet for det. Widgeten skriver en feilmelding i konsollen og starter ikke: det vises ikke noe banner, og ingenting som krever samtykke, kjører.',
      'Forsiden viser den riktige konfigurasjonen, der Google Analytics bygger på samtykke.',
    ],
  },

  vekstly: {
    change(c) {
      // "Per nå er det opp til deg å manuelt gå inn i nettleseren og slette": no choice at all.
      c.services.find((s) => s.id === 'google-analytics').category = 'necessary';
      c.rights = THREE_RIGHTS;
    },
    earns: { errors: ['services[2].category'], warnings: ['rights', 'rights', 'rights'] },
    title: 'Slik erklæringen er skrevet',
    lead: `Denne siden bruker erklæringen slik Vekstly har skrevet den. ${consoleHint}`,
    paras: [
      'Vekstlys erklæring sier at informasjonskapslene («kakesmuler») lagres automatisk, og at det inntil videre er opp til deg å slette dem i nettleseren. Konfigurasjonen på denne siden sier det samme: statistikken står under «Nødvendige», uten valg.',
      'Det slipper ikke gjennom. Statistikk med Google Analytics er ikke strengt nødvendig og krever samtykke før informasjonskapslene settes (ekomloven § 3-15); å slette dem etterpå er ikke et valg. Widgeten skriver en feilmelding i konsollen og starter ikke: det vises ikke noe banner, og ingenting som krever samtykke, kjører.',
      'Erklæringen nevner retten til innsyn, korreksjon og sletting. Widgeten varsler også at den mangler retten til å trekke tilbake samtykket og til å klage til Datatilsynet, og retten til å protestere og til dataportabilitet (GDPR art. 13 nr. 2).',
    ],
  },

  vestbo: {
    change(c) {
      delete c.controller.email; // the notice names no way to contact Vestbo
      c.rights = ['objection']; // only the reservation against direct marketing
    },
    earns: { warnings: ['controller', 'rights', 'rights'] },
    title: 'Slik erklæringen er skrevet',
    lead: `Denne siden bruker erklæringen slik Vestbo har skrevet den. ${consoleHint}`,
    paras: [
      'Vestbos erklæring for medlemmer oppgir ingen kontaktopplysninger og nevner bare én rettighet: reservasjonen mot direkte markedsføring, altså retten til å protestere.',
      'Widgeten virker, men varsler i konsollen om det erklæringen mangler etter GDPR art. 13: en måte å kontakte Vestbo på, og retten til innsyn, sletting, å trekke tilbake samtykket, å klage til Datatilsynet og til dataportabilitet der behandlingen bygger på avtale.',
      'Det står trolig på hovedsiden om personvern, som vi ikke har. Forsiden viser en konfigurasjon der alt er med.',
    ],
  },

  'stavanger-sentrum': {
    change(c) {
      c.summary.nb =
        'Stavanger Sentrum AS benytter seg av informasjonskapsler, også kalt cookies. Ved å bruke nettsiden vår, stavangersentrum.no, samtykker du i at vi kan sette disse i din nettleser.';
      c.rights = THREE_RIGHTS;
    },
    earns: { errors: ['summary.nb'], warnings: ['rights', 'rights', 'rights'] },
    title: 'Slik erklæringen er skrevet',
    lead: `Denne siden bruker erklæringen slik Stavanger Sentrum har skrevet den. ${consoleHint}`,
    paras: [
      'Stavanger Sentrums erklæring sier: «Ved å bruke nettsiden vår, stavangersentrum.no, samtykker du i at vi kan sette disse i din nettleser.» Konfigurasjonen på denne siden har den setningen i teksten som vises først.',
      'Det slipper ikke gjennom: å bruke eller bla på en nettside er ingen klar, aktiv handling, og derfor ikke samtykke (GDPR art. 4 nr. 11 og art. 7; EDPBs retningslinjer 05/2020 om samtykke, punkt 86; EU-domstolen i Planet49, C-673/17). Widgeten skriver en feilmelding i konsollen og starter ikke: det vises ikke noe banner, og ingenting som krever samtykke, kjører.',
      'Erklæringen nevner retten til innsyn, retting og sletting. Widgeten varsler også at den mangler retten til å trekke tilbake samtykket og til å klage til Datatilsynet, og retten til å protestere og til dataportabilitet (GDPR art. 13 nr. 2).',
    ],
  },
};
