import { GA4, META_PIXEL } from './snippets.mjs';

/** The mestergruppen-eiendom demo's page texts, in nb, nn and en (see ../content.mjs). */
export default {
  initial: 'M',
  head: `${GA4}\n${META_PIXEL}`,
  hub: 'Statistikk (berettiget interesse i erklæringen, samtykke her) og samtykkebasert, brukertilpasset markedsføring.',
  nb: {
    tagline: 'Vi skaper gode bomiljøer',
    description: 'Mestergruppen Eiendom formidler boligprosjekter fra datterselskapene i Mestergruppen-konsernet.',
    h1: 'Finn ditt neste hjem',
    lede: 'Mestergruppen Eiendom formidler boligprosjekter fra datterselskapene i Mestergruppen-konsernet. Meld interesse, så tar selskapet som har ansvaret for prosjektet, kontakt med deg.',
    cards: [
      ['Boligprosjekter', 'Se prosjekter under planlegging og i salg, hvor de ligger og når de står ferdige.'],
      [
        'Meld interesse',
        'Fyll ut interesseskjemaet med navn, telefonnummer og e-post. Vi sender det til datterselskapet som er ansvarlig for prosjektet.',
      ],
      [
        'Hold deg oppdatert',
        'Vil du ha nyheter om prosjekter som passer for deg? Det sender vi bare hvis du har sagt ja, og du kan melde deg av i hver e-post.',
      ],
    ],
    note: {
      h: 'Om denne demoen',
      paras: [
        'Dette er en tenkt forside for Mestergruppen Eiendom AS, laget for å vise widgeten samtykke med en konfigurasjon bygget fra Mestergruppens egen personvernerklæring.',
        'Erklæringen begrunner analyse ved hjelp av informasjonskapsler i berettiget interesse (GDPR art. 6 nr. 1 bokstav f). For informasjonskapsler som ikke er strengt nødvendige, holder ikke det: ekomloven § 3-15 (ePrivacy-direktivet art. 5 nr. 3) krever samtykke, og statistikk regnes ikke som strengt nødvendig (Artikkel 29-gruppens uttalelse 04/2012). Her er statistikken derfor samtykkebasert. Analyse av opplysninger du selv har gitt oss, står fortsatt som berettiget interesse.',
        'Erklæringen ber om samtykke til brukertilpasset markedsføring på e-post. Her er det skilt fra annonsene på Facebook og Instagram: samtykket til e-post gir du i interesseskjemaet, og det bruker ingen informasjonskapsler; samtykket til annonsene gir du her, under «Markedsføring», som er av til du slår den på. Sier du nei til det ene, gjelder det andre uendret.',
        'Erklæringen navngir ingen verktøy. Demoen bruker Google Analytics 4 og Meta Pixel som eksempler.',
        'Erklæringen viser til en personvernrådgiver, ikke et personvernombud (GDPR art. 37). Adressen står derfor som personvernkontakt. Meta er felles behandlingsansvarlig med Mestergruppen for det pikselen samler inn.',
        'Demoens egne opplysninger, ikke fra erklæringen: Google Analytics og Meta Pixel som verktøy, rollene deres og hovedinnholdet i avtalen med Meta, lagringstidene for informasjonskapsler, logger (90 dager), Google Analytics (14 måneder) og samtykkekvitteringene (tre år etter at valget sluttet å gjelde). Resten kommer fra Mestergruppens erklæring.',
      ],
    },
  },
  nn: {
    tagline: 'Vi skaper gode bumiljø',
    description: 'Mestergruppen Eiendom formidlar bustadprosjekt frå dotterselskapa i Mestergruppen-konsernet.',
    h1: 'Finn den neste heimen din',
    lede: 'Mestergruppen Eiendom formidlar bustadprosjekt frå dotterselskapa i Mestergruppen-konsernet. Meld interesse, så tek selskapet som har ansvaret for prosjektet, kontakt med deg.',
    cards: [
      ['Bustadprosjekt', 'Sjå prosjekt under planlegging og i sal, kvar dei ligg og når dei står ferdige.'],
      [
        'Meld interesse',
        'Fyll ut interesseskjemaet med namn, telefonnummer og e-post. Vi sender det til dotterselskapet som er ansvarleg for prosjektet.',
      ],
      [
        'Hald deg oppdatert',
        'Vil du ha nyheiter om prosjekt som passar for deg? Det sender vi berre om du har sagt ja, og du kan melde deg av i kvar e-post.',
      ],
    ],
    note: {
      h: 'Om denne demoen',
      paras: [
        'Dette er ei tenkt framside for Mestergruppen Eiendom AS, laga for å vise widgeten samtykke med ein konfigurasjon bygd frå personvernerklæringa til Mestergruppen.',
        'Erklæringa grunngir analyse ved hjelp av informasjonskapslar med berettiga interesse (GDPR art. 6 nr. 1 bokstav f). For informasjonskapslar som ikkje er strengt nødvendige, held ikkje det: ekomlova § 3-15 (ePrivacy-direktivet art. 5 nr. 3) krev samtykke, og statistikk blir ikkje rekna som strengt nødvendig (fråsegn 04/2012 frå Artikkel 29-gruppa). Her er statistikken difor samtykkebasert. Analyse av opplysningar du sjølv har gitt oss, står framleis som berettiga interesse.',
        'Erklæringa ber om samtykke til brukartilpassa marknadsføring på e-post. Her er det skilt frå annonsane på Facebook og Instagram: samtykket til e-post gir du i interesseskjemaet, og det bruker ingen informasjonskapslar; samtykket til annonsane gir du her, under «Marknadsføring», som er av til du slår han på. Seier du nei til det eine, gjeld det andre uendra.',
        'Erklæringa namngir ingen verktøy. Demoen bruker Google Analytics 4 og Meta Pixel som døme.',
        'Erklæringa viser til ein personvernrådgjevar, ikkje eit personvernombod (GDPR art. 37). Adressa står difor som personvernkontakt. Meta er felles behandlingsansvarleg med Mestergruppen for det pikselen samlar inn.',
        'Opplysningar som er demoen sine eigne, ikkje frå erklæringa: Google Analytics og Meta Pixel som verktøy, rollene deira og hovudinnhaldet i avtalen med Meta, lagringstidene for informasjonskapslar, loggar (90 dagar), Google Analytics (14 månader) og samtykkekvitteringane (tre år etter at valet slutta å gjelde). Resten kjem frå erklæringa til Mestergruppen.',
      ],
    },
  },
  en: {
    tagline: 'We create good places to live',
    description: 'Mestergruppen Eiendom presents housing projects from the subsidiaries in the Mestergruppen group.',
    h1: 'Find your next home',
    lede: 'Mestergruppen Eiendom presents housing projects from the subsidiaries in the Mestergruppen group. Register your interest, and the company responsible for the project will contact you.',
    cards: [
      ['Housing projects', 'See projects being planned and on sale, where they are and when they will be finished.'],
      [
        'Register interest',
        'Fill in the interest form with your name, phone number and e-mail. We send it to the subsidiary responsible for the project.',
      ],
      [
        'Stay updated',
        'Would you like news about projects that suit you? We only send it if you have said yes, and you can unsubscribe in every e-mail.',
      ],
    ],
    note: {
      h: 'About this demo',
      paras: [
        'This is an imagined home page for Mestergruppen Eiendom AS, made to show the samtykke widget with a configuration built from Mestergruppen’s own privacy notice.',
        'The notice bases analytics using cookies on legitimate interests (GDPR art. 6(1)(f)). For cookies that are not strictly necessary, that is not enough: the Norwegian Electronic Communications Act § 3-15 (ePrivacy Directive art. 5(3)) requires consent, and analytics is not considered strictly necessary (Article 29 Working Party Opinion 04/2012). Statistics are therefore consent-based here. Analysis of information you have given us yourself is still listed under legitimate interests.',
        'The notice asks for consent to personalised marketing by e-mail. Here that is kept apart from the ads on Facebook and Instagram: you give the e-mail consent in the interest form, and it uses no cookies; you give the consent to the ads here, under “Marketing”, which stays off until you switch it on. Saying no to one leaves the other as it is.',
        'The notice names no tools. The demo uses Google Analytics 4 and Meta Pixel as examples.',
        'The notice refers to a privacy adviser, not a data protection officer (GDPR art. 37), so the address is given as the privacy contact. Meta is a joint controller with Mestergruppen for what the pixel collects.',
        'The demo’s own facts, not from the notice: Google Analytics and Meta Pixel as tools, their roles and the essence of the arrangement with Meta, and the retention of cookies, logs (90 days), Google Analytics (14 months) and the consent receipts (three years after the choice ended). The rest comes from Mestergruppen’s notice.',
      ],
    },
  },
};
