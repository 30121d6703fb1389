import { GA4 } from './snippets.mjs';

/** The resultat24 demo's page texts, in nb, nn and en (see ../content.mjs). */
export default {
  initial: 'R',
  head: GA4,
  hub: 'Google Analytics til besøksstatistikk og en nødvendig innloggingscookie for Min side.',
  nb: {
    tagline: 'Tjenester for boligselskap og medlemmer',
    description: 'Resultat24 gir styrer og medlemmer i boligselskap oversikt og selvbetjening.',
    h1: 'Enklere hverdag for boligselskapet',
    lede: 'Resultat24 gir styrer og medlemmer oversikt og selvbetjening – fra kontaktopplysninger og abonnementer til vedlikeholdsoppdrag.',
    cards: [
      [
        'Min side',
        'Logg inn med brukernummer og passord for å se abonnementene og tjenestene dine, rette fødsels- og kontaktopplysninger og bruke selvbetjening.',
      ],
      [
        'For styret',
        'Når styret vedtar et vedlikeholdsoppdrag, får valgt leverandør eller entreprenør den kontaktinformasjonen som trengs – ikke mer.',
      ],
      [
        'Innsyn og retting',
        'Du kan når som helst be om innsyn i opplysningene vi har om deg. Skriv til post@resultat24.no med navn og bruker- eller medlemsnummer.',
      ],
    ],
    note: {
      h: 'Om denne demoen',
      paras: [
        'Dette er en tenkt forside for Resultat24 AS, laget for å vise widgeten samtykke med en konfigurasjon bygget fra Resultat24s egen personvernerklæring.',
        'Erklæringen sier at Resultat24 bruker Google Analytics til besøksstatistikk, men gir deg ikke noe valg. Her lastes Google Analytics først når du har sagt ja til statistikk: informasjonskapsler som ikke er strengt nødvendige, krever samtykke etter ekomloven § 3-15 (ePrivacy-direktivet art. 5 nr. 3).',
        'Innloggingscookien er strengt nødvendig for tjenesten du selv ber om, og trenger ikke samtykke. Den står under «Nødvendige».',
        'Erklæringen sier at dataene «aldri [vil] bli knyttet til personlige opplysninger». ID-ene i informasjonskapslene til Google Analytics er likevel personopplysninger (GDPR fortalepunkt 30), og Google kan overføre dem til USA. Det står nå i beskrivelsen av tjenesten.',
        'Erklæringen oppgir ikke behandlingsgrunnlag. Grunnlagene i oversikten er vår beste lesning av teksten.',
        'Erklæringen nevner innsyn, retting og sletting. Oversikten her lister alle rettighetene personvernforordningen gir. Erklæringen oppgir heller ikke navnet på innloggingscookien; navnet i demoen er et eksempel.',
        'Demoens egne opplysninger, ikke fra erklæringen: navnet på innloggingscookien og at den varer i 30 dager hvis du vil forbli pålogget, lagringstidene for informasjonskapslene, for Google Analytics (14 måneder) og for samtykkekvitteringene (tre år etter at valget sluttet å gjelde), og at Google er databehandler. Resten kommer fra Resultat24s erklæring.',
      ],
    },
  },
  nn: {
    tagline: 'Tenester for bustadselskap og medlemmer',
    description: 'Resultat24 gir styre og medlemmer i bustadselskap oversikt og sjølvbetening.',
    h1: 'Ein enklare kvardag for bustadselskapet',
    lede: 'Resultat24 gir styre og medlemmer oversikt og sjølvbetening – frå kontaktopplysningar og abonnement til vedlikehaldsoppdrag.',
    cards: [
      [
        'Min side',
        'Logg inn med brukarnummer og passord for å sjå abonnementa og tenestene dine, rette fødsels- og kontaktopplysningar og bruke sjølvbetening.',
      ],
      [
        'For styret',
        'Når styret vedtek eit vedlikehaldsoppdrag, får leverandøren eller entreprenøren styret har valt, den kontaktinformasjonen som trengst – ikkje meir.',
      ],
      [
        'Innsyn og retting',
        'Du kan når som helst be om innsyn i opplysningane vi har om deg. Skriv til post@resultat24.no med namn og brukar- eller medlemsnummer.',
      ],
    ],
    note: {
      h: 'Om denne demoen',
      paras: [
        'Dette er ei tenkt framside for Resultat24 AS, laga for å vise widgeten samtykke med ein konfigurasjon bygd frå personvernerklæringa til Resultat24.',
        'Erklæringa seier at Resultat24 bruker Google Analytics til besøksstatistikk, men gir deg ikkje noko val. Her blir Google Analytics først lasta når du har sagt ja til statistikk: informasjonskapslar som ikkje er strengt nødvendige, krev samtykke etter ekomlova § 3-15 (ePrivacy-direktivet art. 5 nr. 3).',
        'Innloggingskapselen er strengt nødvendig for tenesta du sjølv ber om, og treng ikkje samtykke. Han står under «Nødvendige».',
        'Erklæringa seier at dataa «aldri [vil] bli knyttet til personlige opplysninger». ID-ane i informasjonskapslane til Google Analytics er likevel personopplysningar (GDPR fortalepunkt 30), og Google kan overføre dei til USA. Det står no i omtalen av tenesta.',
        'Erklæringa oppgir ikkje behandlingsgrunnlag. Grunnlaga i oversikta er den beste lesinga vår av teksten.',
        'Erklæringa nemner innsyn, retting og sletting. Oversikta her listar alle rettane personvernforordninga gir. Erklæringa oppgir heller ikkje namnet på innloggingskapselen; namnet i demoen er eit døme.',
        'Opplysningar som er demoen sine eigne, ikkje frå erklæringa: namnet på innloggingskapselen og at han varer i 30 dagar om du vil vere pålogga, lagringstidene for informasjonskapslane, for Google Analytics (14 månader) og for samtykkekvitteringane (tre år etter at valet slutta å gjelde), og at Google er databehandlar. Resten kjem frå erklæringa til Resultat24.',
      ],
    },
  },
  en: {
    tagline: 'Services for housing companies and members',
    description: 'Resultat24 gives boards and members of housing companies an overview and self-service.',
    h1: 'Easier everyday life for your housing company',
    lede: 'Resultat24 gives boards and members an overview and self-service – from contact details and subscriptions to maintenance work.',
    cards: [
      [
        'My page',
        'Log in with your user number and password to see your subscriptions and services, correct your birth and contact details and use self-service.',
      ],
      [
        'For the board',
        'When the board decides on maintenance work, the chosen supplier or contractor gets the contact details needed – nothing more.',
      ],
      [
        'Access and correction',
        'You can ask at any time to see the data we hold about you. Write to post@resultat24.no with your name and user or member number.',
      ],
    ],
    note: {
      h: 'About this demo',
      paras: [
        'This is an imagined home page for Resultat24 AS, made to show the samtykke widget with a configuration built from Resultat24’s own privacy notice.',
        'The notice says that Resultat24 uses Google Analytics for visitor statistics, but gives you no choice. Here, Google Analytics loads only after you have said yes to statistics: cookies that are not strictly necessary require consent under the Norwegian Electronic Communications Act § 3-15 (ePrivacy Directive art. 5(3)).',
        'The login cookie is strictly necessary for the service you ask for and needs no consent. It is listed under “Necessary”.',
        'The notice says the data “will never be linked to personal information”. The IDs in Google Analytics cookies are nevertheless personal data (GDPR recital 30), and Google may transfer them to the USA. The service description now says so.',
        'The notice states no legal bases. The bases in the overview are our best reading of the text.',
        'The notice mentions access, rectification and erasure. The overview here lists every right the GDPR gives. Nor does the notice name the login cookie; the name in the demo is an example.',
        'The demo’s own facts, not from the notice: the name of the login cookie and that it lasts 30 days if you stay logged in, the retention of the cookies, of Google Analytics (14 months) and of the consent receipts (three years after the choice ended), and that Google is a processor. The rest comes from Resultat24’s notice.',
      ],
    },
  },
};
