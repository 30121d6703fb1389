/**
 * The words of the five customer demos: one imagined home page per controller, in nb, nn and en.
 * build-pages.mjs turns this plus demo/notices/<slug>.json (the notice, shared by all languages)
 * into the HTML. Everything here is plain text (escaped on output); `code` in backticks becomes
 * <code>. Only `head` and the tagged snippets are raw HTML, written by us, never from a config.
 *
 * The page texts describe what each notice itself says about the controller; where a notice names
 * no tool (analytics, ads), the demo uses a common one and its note says so.
 */

/** Tagged, inert until consent (SPEC §1/§2). The gtag config is the one Google documents. */
const GA4 = `<script type="text/plain" data-consent="analytics" data-service="google-analytics" data-src="https://www.googletagmanager.com/gtag/js?id=G-DEMO0000" async></script>
<script type="text/plain" data-consent="analytics" data-service="google-analytics">
  window.dataLayer = window.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', 'G-DEMO0000');
</script>`;

/** Meta's base code, unchanged but for the demo pixel id, tagged for marketing. */
const META_PIXEL = `<script type="text/plain" data-consent="marketing" data-service="meta-pixel">
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '000000000000000');
  fbq('track', 'PageView');
</script>`;

/** A same-origin helper that shows consent-dependent content once its gate is granted. */
const reveal = (category, service, name) =>
  `<script type="text/plain" data-consent="${category}" data-service="${service}" data-src="../reveal.js" data-reveal="${name}"></script>`;

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

export const sites = {
  resultat24: {
    initial: 'R',
    head: GA4,
    hub: 'Google Analytics til besøksstatistikk og en nødvendig innloggingscookie for Min side.',
    nb: {
      tagline: 'Tjenester for boligselskap og medlemmer',
      description: 'Resultat24 gir styrer og medlemmer i boligselskap oversikt og selvbetjening.',
      h1: 'Enklere hverdag for boligselskapet',
      lede: 'Resultat24 gir styrer og medlemmer oversikt og selvbetjening – fra kontaktopplysninger og abonnementer til vedlikeholdsoppdrag.',
      cards: [
        ['Min side', 'Logg inn med brukernummer og passord for å se abonnementene og tjenestene dine, rette fødsels- og kontaktopplysninger og bruke selvbetjening.'],
        ['For styret', 'Når styret vedtar et vedlikeholdsoppdrag, får valgt leverandør eller entreprenør den kontaktinformasjonen som trengs – ikke mer.'],
        ['Innsyn og retting', 'Du kan når som helst be om innsyn i opplysningene vi har om deg. Skriv til post@resultat24.no med navn og bruker- eller medlemsnummer.'],
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
        ],
      },
    },
    nn: {
      tagline: 'Tenester for bustadselskap og medlemmer',
      description: 'Resultat24 gir styre og medlemmer i bustadselskap oversikt og sjølvbetening.',
      h1: 'Ein enklare kvardag for bustadselskapet',
      lede: 'Resultat24 gir styre og medlemmer oversikt og sjølvbetening – frå kontaktopplysningar og abonnement til vedlikehaldsoppdrag.',
      cards: [
        ['Min side', 'Logg inn med brukarnummer og passord for å sjå abonnementa og tenestene dine, rette fødsels- og kontaktopplysningar og bruke sjølvbetening.'],
        ['For styret', 'Når styret vedtek eit vedlikehaldsoppdrag, får leverandøren eller entreprenøren styret har valt, den kontaktinformasjonen som trengst – ikkje meir.'],
        ['Innsyn og retting', 'Du kan når som helst be om innsyn i opplysningane vi har om deg. Skriv til post@resultat24.no med namn og brukar- eller medlemsnummer.'],
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
        ],
      },
    },
    en: {
      tagline: 'Services for housing companies and members',
      description: 'Resultat24 gives boards and members of housing companies an overview and self-service.',
      h1: 'Easier everyday life for your housing company',
      lede: 'Resultat24 gives boards and members an overview and self-service – from contact details and subscriptions to maintenance work.',
      cards: [
        ['My page', 'Log in with your user number and password to see your subscriptions and services, correct your birth and contact details and use self-service.'],
        ['For the board', 'When the board decides on maintenance work, the chosen supplier or contractor gets the contact details needed – nothing more.'],
        ['Access and correction', 'You can ask at any time to see the data we hold about you. Write to post@resultat24.no with your name and user or member number.'],
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
        ],
      },
    },
  },

  'mestergruppen-eiendom': {
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
        ['Meld interesse', 'Fyll ut interesseskjemaet med navn, telefonnummer og e-post. Vi sender det til datterselskapet som er ansvarlig for prosjektet.'],
        ['Hold deg oppdatert', 'Vil du ha nyheter om prosjekter som passer for deg? Det sender vi bare hvis du har sagt ja, og du kan melde deg av i hver e-post.'],
      ],
      note: {
        h: 'Om denne demoen',
        paras: [
          'Dette er en tenkt forside for Mestergruppen Eiendom AS, laget for å vise widgeten samtykke med en konfigurasjon bygget fra Mestergruppens egen personvernerklæring.',
          'Erklæringen begrunner analyse ved hjelp av informasjonskapsler i berettiget interesse (GDPR art. 6 nr. 1 bokstav f). For informasjonskapsler som ikke er strengt nødvendige, holder ikke det: ekomloven § 3-15 (ePrivacy-direktivet art. 5 nr. 3) krever samtykke, og statistikk regnes ikke som strengt nødvendig (Artikkel 29-gruppens uttalelse 04/2012). Her er statistikken derfor samtykkebasert. Analyse av opplysninger du selv har gitt oss, står fortsatt som berettiget interesse.',
          'Brukertilpasset markedsføring bygger allerede på samtykke i erklæringen. Her er det en egen kategori som er av til du slår den på.',
          'Erklæringen navngir ingen verktøy. Demoen bruker Google Analytics 4 og Meta Pixel som eksempler.',
          'Erklæringen viser til en personvernrådgiver, ikke et personvernombud (GDPR art. 37). Adressen står derfor som personvernkontakt. Meta er felles behandlingsansvarlig med Mestergruppen for det pikselen samler inn.',
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
        ['Meld interesse', 'Fyll ut interesseskjemaet med namn, telefonnummer og e-post. Vi sender det til dotterselskapet som er ansvarleg for prosjektet.'],
        ['Hald deg oppdatert', 'Vil du ha nyheiter om prosjekt som passar for deg? Det sender vi berre om du har sagt ja, og du kan melde deg av i kvar e-post.'],
      ],
      note: {
        h: 'Om denne demoen',
        paras: [
          'Dette er ei tenkt framside for Mestergruppen Eiendom AS, laga for å vise widgeten samtykke med ein konfigurasjon bygd frå personvernerklæringa til Mestergruppen.',
          'Erklæringa grunngir analyse ved hjelp av informasjonskapslar med berettiga interesse (GDPR art. 6 nr. 1 bokstav f). For informasjonskapslar som ikkje er strengt nødvendige, held ikkje det: ekomlova § 3-15 (ePrivacy-direktivet art. 5 nr. 3) krev samtykke, og statistikk blir ikkje rekna som strengt nødvendig (fråsegn 04/2012 frå Artikkel 29-gruppa). Her er statistikken difor samtykkebasert. Analyse av opplysningar du sjølv har gitt oss, står framleis som berettiga interesse.',
          'Brukartilpassa marknadsføring byggjer alt på samtykke i erklæringa. Her er det ein eigen kategori som er av til du slår han på.',
          'Erklæringa namngir ingen verktøy. Demoen bruker Google Analytics 4 og Meta Pixel som døme.',
          'Erklæringa viser til ein personvernrådgjevar, ikkje eit personvernombod (GDPR art. 37). Adressa står difor som personvernkontakt. Meta er felles behandlingsansvarleg med Mestergruppen for det pikselen samlar inn.',
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
        ['Register interest', 'Fill in the interest form with your name, phone number and e-mail. We send it to the subsidiary responsible for the project.'],
        ['Stay updated', 'Would you like news about projects that suit you? We only send it if you have said yes, and you can unsubscribe in every e-mail.'],
      ],
      note: {
        h: 'About this demo',
        paras: [
          'This is an imagined home page for Mestergruppen Eiendom AS, made to show the samtykke widget with a configuration built from Mestergruppen’s own privacy notice.',
          'The notice bases analytics using cookies on legitimate interests (GDPR art. 6(1)(f)). For cookies that are not strictly necessary, that is not enough: the Norwegian Electronic Communications Act § 3-15 (ePrivacy Directive art. 5(3)) requires consent, and analytics is not considered strictly necessary (Article 29 Working Party Opinion 04/2012). Statistics are therefore consent-based here. Analysis of information you have given us yourself is still listed under legitimate interests.',
          'Personalised marketing is already consent-based in the notice. Here it is a category of its own that stays off until you switch it on.',
          'The notice names no tools. The demo uses Google Analytics 4 and Meta Pixel as examples.',
          'The notice refers to a privacy adviser, not a data protection officer (GDPR art. 37), so the address is given as the privacy contact. Meta is a joint controller with Mestergruppen for what the pixel collects.',
        ],
      },
    },
  },

  vekstly: {
    initial: 'V',
    head: `${GA4}\n${reveal('profiling', 'vekstly-profiling', 'recommendations')}`,
    hub: 'Statistikk, profilering på samtykke (som erklæringen selv ber om) og Stripe som nødvendig betalingsløsning.',
    nb: {
      tagline: 'Kurs og materiell for vekst',
      description: 'Vekstly holder kurs og deler materiell for deg som vil utvikle deg selv og bedriften din.',
      h1: 'Lær det du trenger for å vokse',
      lede: 'Vekstly holder kurs og deler materiell for deg som vil utvikle deg selv og bedriften din.',
      cards: [
        ['Kurs', 'Meld deg på og betal trygt med kort. Når kurset er over, sletter vi opplysningene dine – med mindre du vil at vi skal huske deg til neste gang.'],
        ['Gratis materiell', 'Last ned sjekklister og maler. Da får du også e-post fra oss, og du kan melde deg av når du vil.'],
        ['Spørsmål?', 'Skriv til hei@vekstly.no. Vi svarer på spørsmål om kurs og om hvordan vi behandler opplysningene dine.'],
      ],
      personal: {
        reveal: 'recommendations',
        h: 'Anbefalt for deg',
        off: 'Slår du på profilering under «Personvernvalg», foreslår vi kurs ut fra det du har tatt og lest hos oss før.',
        on: 'Du har sagt ja til profilering, så her foreslår vi kurs ut fra det du har tatt og lest hos oss før.',
        items: ['Eksempel: «Videre med vekst», fordi du har tatt grunnkurset', 'Eksempel: «Salg uten mas», fordi du har lest om markedsføring'],
      },
      note: {
        h: 'Om denne demoen',
        paras: [
          'Dette er en tenkt forside for Vekstly AS, laget for å vise widgeten samtykke med en konfigurasjon bygget fra Vekstlys egen personvernerklæring.',
          'Erklæringen sier at Vekstly jobber med en løsning der du kan velge hvilke informasjonskapsler som lagres, og at du inntil videre må slette dem selv i nettleseren. Her er den løsningen: ingenting som ikke er nødvendig, kjører før du har valgt.',
          'Erklæringen ber selv om samtykke til profilering. Her er profilering en egen kategori som er av til du slår den på, og «Anbefalt for deg» viser forskjellen.',
          'Analyse begrunner erklæringen i berettiget interesse. Det kan gjelde opplysninger Vekstly allerede har, men statistikk med informasjonskapsler krever samtykke (ekomloven § 3-15). Erklæringen navngir ikke noe analyseverktøy; demoen bruker Google Analytics 4 som eksempel.',
          'Stripe er nødvendig for betalingen og står derfor under «Nødvendige». Stripe behandler betalingen for Vekstly, men er selvstendig behandlingsansvarlig for det Stripe gjør for å oppdage og hindre svindel; det står i beskrivelsen av tjenesten.',
          'Erklæringen nevner retten til innsyn, korreksjon og sletting. Oversikten her lister alle rettighetene personvernforordningen gir.',
        ],
      },
    },
    nn: {
      tagline: 'Kurs og materiell for vekst',
      description: 'Vekstly held kurs og deler materiell for deg som vil utvikle deg sjølv og bedrifta di.',
      h1: 'Lær det du treng for å vekse',
      lede: 'Vekstly held kurs og deler materiell for deg som vil utvikle deg sjølv og bedrifta di.',
      cards: [
        ['Kurs', 'Meld deg på og betal trygt med kort. Når kurset er over, slettar vi opplysningane dine – med mindre du vil at vi skal hugse deg til neste gong.'],
        ['Gratis materiell', 'Last ned sjekklister og malar. Då får du òg e-post frå oss, og du kan melde deg av når du vil.'],
        ['Spørsmål?', 'Skriv til hei@vekstly.no. Vi svarar på spørsmål om kurs og om korleis vi behandlar opplysningane dine.'],
      ],
      personal: {
        reveal: 'recommendations',
        h: 'Tilrådd for deg',
        off: 'Slår du på profilering under «Personvernval», føreslår vi kurs ut frå det du har teke og lese hos oss før.',
        on: 'Du har sagt ja til profilering, så her føreslår vi kurs ut frå det du har teke og lese hos oss før.',
        items: ['Døme: «Vidare med vekst», fordi du har teke grunnkurset', 'Døme: «Sal utan mas», fordi du har lese om marknadsføring'],
      },
      note: {
        h: 'Om denne demoen',
        paras: [
          'Dette er ei tenkt framside for Vekstly AS, laga for å vise widgeten samtykke med ein konfigurasjon bygd frå personvernerklæringa til Vekstly.',
          'Erklæringa seier at Vekstly arbeider med ei løysing der du kan velje kva informasjonskapslar som blir lagra, og at du inntil vidare må slette dei sjølv i nettlesaren. Her er den løysinga: ingenting som ikkje er nødvendig, køyrer før du har valt.',
          'Erklæringa ber sjølv om samtykke til profilering. Her er profilering ein eigen kategori som er av til du slår han på, og «Tilrådd for deg» viser skilnaden.',
          'Analyse grunngir erklæringa med berettiga interesse. Det kan gjelde opplysningar Vekstly alt har, men statistikk med informasjonskapslar krev samtykke (ekomlova § 3-15). Erklæringa namngir ikkje noko analyseverktøy; demoen bruker Google Analytics 4 som døme.',
          'Stripe er nødvendig for betalinga og står difor under «Nødvendige». Stripe behandlar betalinga for Vekstly, men er sjølvstendig behandlingsansvarleg for det Stripe gjer for å oppdage og hindre svindel; det står i omtalen av tenesta.',
          'Erklæringa nemner retten til innsyn, korreksjon og sletting. Oversikta her listar alle rettane personvernforordninga gir.',
        ],
      },
    },
    en: {
      tagline: 'Courses and materials for growth',
      description: 'Vekstly runs courses and shares materials for people who want to develop themselves and their business.',
      h1: 'Learn what you need to grow',
      lede: 'Vekstly runs courses and shares materials for people who want to develop themselves and their business.',
      cards: [
        ['Courses', 'Sign up and pay safely by card. When the course is over, we delete your data – unless you want us to remember you for next time.'],
        ['Free materials', 'Download checklists and templates. You will then also get e-mails from us, and you can unsubscribe whenever you like.'],
        ['Questions?', 'Write to hei@vekstly.no. We answer questions about courses and about how we process your data.'],
      ],
      personal: {
        reveal: 'recommendations',
        h: 'Recommended for you',
        off: 'If you switch on profiling under “Privacy choices”, we suggest courses based on what you have taken and read with us before.',
        on: 'You have said yes to profiling, so here we suggest courses based on what you have taken and read with us before.',
        items: ['Example: “Growing further”, because you have taken the basic course', 'Example: “Selling without pushing”, because you have read about marketing'],
      },
      note: {
        h: 'About this demo',
        paras: [
          'This is an imagined home page for Vekstly AS, made to show the samtykke widget with a configuration built from Vekstly’s own privacy notice.',
          'The notice says Vekstly is working on a way for you to choose which cookies are stored, and that for now you have to delete them yourself in your browser. This is that way: nothing that is not necessary runs before you have chosen.',
          'The notice itself asks for consent to profiling. Here profiling is a category of its own that stays off until you switch it on, and “Recommended for you” shows the difference.',
          'The notice bases analysis on legitimate interests. That may cover data Vekstly already holds, but statistics using cookies require consent (Norwegian Electronic Communications Act § 3-15). The notice names no analytics tool; the demo uses Google Analytics 4 as an example.',
          'Stripe is necessary for payment and is therefore listed under “Necessary”. Stripe processes the payment for Vekstly, but is an independent controller for what it does to detect and prevent fraud; the service description says so.',
          'The notice mentions the rights of access, correction and erasure. The overview here lists every right the GDPR gives.',
        ],
      },
    },
  },

  vestbo: {
    initial: 'V',
    head: reveal('profiling', 'bbl-partner-tailoring', 'offers'),
    hub: 'Fordelsprogrammet til BBL Partner (eget behandlingsansvar) som innebygd visning på samtykke, og profilering av kjøpshistorikk.',
    nb: {
      tagline: 'Boligbyggelag',
      description: 'Medlemskap i Vestbo: ansiennitet, medlemsblad, arrangementer og fordelsprogram.',
      h1: 'Et medlemskap som gir mer',
      lede: 'Som medlem i Vestbo bygger du ansiennitet, får medlemsbladet og invitasjoner til arrangementer – og tilgang til fordelsprogrammet når du aktiverer medlemskortet.',
      cards: [
        ['Medlemssidene', 'Se og rett opplysningene dine, betal kontingenten og overfør medlemskapet.'],
        ['Aktiver medlemskortet', 'Når du aktiverer medlemskortet, blir du med i fordelsprogrammet. Det drives av BBL Partner, som selv er behandlingsansvarlig for programmet.'],
        ['Prosjekter og arrangementer', 'Vi forteller om nye prosjekter og arrangementer i medlemsbladet og på e-post. Du kan reservere deg mot direkte markedsføring når du vil.'],
      ],
      embed: {
        h: 'Medlemsfordeler akkurat nå',
        p: 'Tilbudene kommer fra fordelsprogrammet til BBL Partner og vises i en innebygd visning.',
        title: 'Medlemsfordeler fra BBL Partner',
        consent: 'marketing',
        service: 'bbl-partner-offers',
        src: 'fordeler.html',
      },
      personal: {
        reveal: 'offers',
        h: 'Tilbud for deg',
        off: 'Slår du på profilering, velger vi ut tilbud ut fra hvor du har handlet med medlemskortet.',
        on: 'Du har sagt ja til profilering, så her ser du tilbud som passer med kjøpshistorikken din.',
        items: ['Eksempel: bonus på maling og byggevarer, fordi du har handlet det før', 'Eksempel: medlemspris på innboforsikring, fordi du har sagt at du ønsker tilbud om det'],
      },
      note: {
        h: 'Om denne demoen',
        paras: [
          'Dette er en tenkt forside for Vestbo BBL, laget for å vise widgeten samtykke med en konfigurasjon bygget fra Vestbos egen personvernerklæring for medlemmer.',
          'Erklæringen gjelder medlemskapet og fordelsprogrammet, ikke nettsiden. Her ser du hvordan de samme behandlingene ser ut på en nettside: tilbud fra fordelsprogrammet lastes bare etter samtykke, og BBL Partner står oppført som selvstendig behandlingsansvarlig.',
          'Erklæringen bygger bruken av kjøpshistorikk på avtale og berettiget interesse. Å bruke den til å tilpasse nettsiden til deg er profilering, som her krever samtykke, så det ligger under «Profilering».',
          'Reservasjonen mot direkte markedsføring er retten til å protestere (GDPR art. 21 nr. 2). Erklæringen navngir ingen andre rettigheter; de står trolig på hovedsiden om personvern, som vi ikke har.',
          'Den innebygde visningen er en lokal etterligning som ikke lagrer noe i nettleseren. BBL Partner har ikke levert innhold til demoen.',
          'Erklæringen oppgir heller ingen kontaktopplysninger. Adressen personvern@vestbo.example er et eksempel, og oversikten lister alle rettighetene personvernforordningen gir.',
        ],
      },
      offers: {
        h1: 'Medlemsfordeler',
        items: ['Strøm – medlemspris hos en samarbeidspartner', 'Forsikring – rabatt for medlemmer', 'Byggevarer – bonus på kjøp med medlemskortet'],
        note: 'Etterligning for demoen. Ikke innhold fra BBL Partner.',
      },
    },
    nn: {
      tagline: 'Bustadbyggjelag',
      description: 'Medlemskap i Vestbo: ansiennitet, medlemsblad, arrangement og fordelsprogram.',
      h1: 'Eit medlemskap som gir meir',
      lede: 'Som medlem i Vestbo byggjer du ansiennitet, får medlemsbladet og invitasjonar til arrangement – og tilgang til fordelsprogrammet når du aktiverer medlemskortet.',
      cards: [
        ['Medlemssidene', 'Sjå og rett opplysningane dine, betal kontingenten og overfør medlemskapet.'],
        ['Aktiver medlemskortet', 'Når du aktiverer medlemskortet, blir du med i fordelsprogrammet. Det blir drive av BBL Partner, som sjølv er behandlingsansvarleg for programmet.'],
        ['Prosjekt og arrangement', 'Vi fortel om nye prosjekt og arrangement i medlemsbladet og på e-post. Du kan reservere deg mot direkte marknadsføring når du vil.'],
      ],
      embed: {
        h: 'Medlemsfordelar akkurat no',
        p: 'Tilboda kjem frå fordelsprogrammet til BBL Partner og blir viste i ei innebygd vising.',
        title: 'Medlemsfordelar frå BBL Partner',
        consent: 'marketing',
        service: 'bbl-partner-offers',
        src: 'fordeler-nn.html',
      },
      personal: {
        reveal: 'offers',
        h: 'Tilbod til deg',
        off: 'Slår du på profilering, vel vi ut tilbod ut frå kvar du har handla med medlemskortet.',
        on: 'Du har sagt ja til profilering, så her ser du tilbod som passar med kjøpshistorikken din.',
        items: ['Døme: bonus på måling og byggjevarer, fordi du har handla det før', 'Døme: medlemspris på innbuforsikring, fordi du har sagt at du ønskjer tilbod om det'],
      },
      note: {
        h: 'Om denne demoen',
        paras: [
          'Dette er ei tenkt framside for Vestbo BBL, laga for å vise widgeten samtykke med ein konfigurasjon bygd frå personvernerklæringa til Vestbo for medlemmer.',
          'Erklæringa gjeld medlemskapet og fordelsprogrammet, ikkje nettsida. Her ser du korleis dei same behandlingane ser ut på ei nettside: tilbod frå fordelsprogrammet blir berre lasta etter samtykke, og BBL Partner står oppført som sjølvstendig behandlingsansvarleg.',
          'Erklæringa byggjer bruken av kjøpshistorikk på avtale og berettiga interesse. Å bruke han til å tilpasse nettsida til deg er profilering, som her krev samtykke, så det ligg under «Profilering».',
          'Reservasjonen mot direkte marknadsføring er retten til å protestere (GDPR art. 21 nr. 2). Erklæringa namngir ingen andre rettar; dei står truleg på hovudsida om personvern, som vi ikkje har.',
          'Den innebygde visinga er ei lokal etterlikning som ikkje lagrar noko i nettlesaren. BBL Partner har ikkje levert innhald til demoen.',
          'Erklæringa oppgir heller ingen kontaktopplysningar. Adressa personvern@vestbo.example er eit døme, og oversikta listar alle rettane personvernforordninga gir.',
        ],
      },
      offers: {
        h1: 'Medlemsfordelar',
        items: ['Straum – medlemspris hos ein samarbeidspartnar', 'Forsikring – rabatt for medlemmer', 'Byggjevarer – bonus på kjøp med medlemskortet'],
        note: 'Etterlikning for demoen. Ikkje innhald frå BBL Partner.',
      },
    },
    en: {
      tagline: 'Housing co-operative',
      description: 'Membership of Vestbo: seniority, member magazine, events and an advantage programme.',
      h1: 'A membership that gives you more',
      lede: 'As a member of Vestbo you build seniority, get the member magazine and invitations to events – and access to the advantage programme when you activate your membership card.',
      cards: [
        ['Member pages', 'See and correct your details, pay the membership fee and transfer your membership.'],
        ['Activate your membership card', 'When you activate your membership card, you join the advantage programme. It is run by BBL Partner, which is itself the controller for the programme.'],
        ['Projects and events', 'We tell you about new projects and events in the member magazine and by e-mail. You can opt out of direct marketing whenever you like.'],
      ],
      embed: {
        h: 'Member benefits right now',
        p: 'The offers come from BBL Partner’s advantage programme and are shown in an embedded view.',
        title: 'Member benefits from BBL Partner',
        consent: 'marketing',
        service: 'bbl-partner-offers',
        src: 'fordeler-en.html',
      },
      personal: {
        reveal: 'offers',
        h: 'Offers for you',
        off: 'If you switch on profiling, we pick offers based on where you have shopped with your membership card.',
        on: 'You have said yes to profiling, so here you see offers that match your purchase history.',
        items: ['Example: bonus on paint and building materials, because you have bought them before', 'Example: member price on home contents insurance, because you have said you want offers for it'],
      },
      note: {
        h: 'About this demo',
        paras: [
          'This is an imagined home page for Vestbo BBL, made to show the samtykke widget with a configuration built from Vestbo’s own privacy notice for members.',
          'The notice covers the membership and the advantage programme, not the website. Here you see how the same processing looks on a website: offers from the advantage programme load only after consent, and BBL Partner is listed as an independent controller.',
          'The notice bases the use of purchase history on contract and legitimate interests. Using it to tailor the website to you is profiling, which requires consent here, so it is listed under “Profiling”.',
          'Opting out of direct marketing is the right to object (GDPR art. 21(2)). The notice names no other rights; they are probably on the main privacy page, which we do not have.',
          'The embedded view is a local imitation that stores nothing in the browser. BBL Partner has not supplied any content for the demo.',
          'Nor does the notice give any contact details. The address personvern@vestbo.example is an example, and the overview lists every right the GDPR gives.',
        ],
      },
      offers: {
        h1: 'Member benefits',
        items: ['Electricity – member price with a partner', 'Insurance – discount for members', 'Building materials – bonus on purchases with the membership card'],
        note: 'Imitation for the demo. Not content from BBL Partner.',
      },
    },
  },

  'stavanger-sentrum': {
    initial: 'S',
    head: GA4,
    hub: 'Besøksstatistikk – på samtykke, ikke «ved å bruke nettsiden samtykker du».',
    nb: {
      tagline: 'Handel, mat og opplevelser i sentrum',
      description: 'Stavanger Sentrum AS jobber for et levende sentrum sammen med medlemsbedriftene.',
      h1: 'Velkommen til Stavanger sentrum',
      lede: 'Stavanger Sentrum AS jobber for et levende sentrum sammen med medlemsbedriftene – butikker, spisesteder, arrangementer og et gavekort som kan brukes i hele sentrum.',
      cards: [
        ['Marked i Sentrum', 'Lokale produsenter og kunsthåndverkere i gatene. Vil du stille ut? Ta kontakt på post@byen.no.'],
        ['Food Court under Fjåge i Vågen', 'Mat og drikke ved Vågen. Vi avklarer deltakelse og praktisk gjennomføring med hver enkelt deltaker.'],
        ['Kundeklubben', 'Send «Stavangerby» til 26001 og få tilbud og nyheter på SMS. Hver SMS forteller hvordan du melder deg ut.'],
        ['Gavekortet', 'Gavekortet kan brukes hos medlemsbedriftene. Se hvilke bedrifter som tar imot det.'],
      ],
      note: {
        h: 'Om denne demoen',
        paras: [
          'Dette er en tenkt forside for Stavanger Sentrum AS, laget for å vise widgeten samtykke med en konfigurasjon bygget fra Stavanger Sentrums egen personvernerklæring.',
          'Erklæringen sier: «Ved å bruke nettsiden vår, stavangersentrum.no, samtykker du i at vi kan sette disse i din nettleser.» Det er ikke et gyldig samtykke. Samtykke krever en klar, aktiv handling (GDPR art. 4 nr. 11 og art. 7); å bruke eller bla på en nettside er ikke det (EDPBs retningslinjer 05/2020 om samtykke, punkt 86; EU-domstolen i Planet49, C-673/17). Her blir du spurt først, og statistikken kjører bare etter ja.',
          'Erklæringen navngir ikke statistikkverktøyet; demoen bruker Google Analytics 4 som eksempel.',
          'Erklæringen sier at informasjonskapslene «anonymiserer all informasjon». Med Google Analytics er det ikke slik: informasjonskapslene har en tilfeldig ID som kjenner igjen nettleseren, og Google behandler IP-adressen. Slike opplysninger er personopplysninger (GDPR fortalepunkt 26 og 30), så demoen kaller det besøksstatistikk, ikke anonymisert statistikk.',
          'Erklæringen nevner retten til innsyn, retting og sletting. Oversikten her lister alle rettighetene personvernforordningen gir.',
          'Erklæringen nevner profiler i sosiale medier, men ingen innebygde innlegg eller videoer på nettsiden. Derfor har siden ingen markedsføringskategori.',
        ],
      },
    },
    nn: {
      tagline: 'Handel, mat og opplevingar i sentrum',
      description: 'Stavanger Sentrum AS arbeider for eit levande sentrum saman med medlemsbedriftene.',
      h1: 'Velkomen til Stavanger sentrum',
      lede: 'Stavanger Sentrum AS arbeider for eit levande sentrum saman med medlemsbedriftene – butikkar, spisestader, arrangement og eit gåvekort som kan brukast i heile sentrum.',
      cards: [
        ['Marked i Sentrum', 'Lokale produsentar og kunsthandverkarar i gatene. Vil du stille ut? Ta kontakt på post@byen.no.'],
        ['Food Court under Fjåge i Vågen', 'Mat og drikke ved Vågen. Vi avklarer deltaking og praktisk gjennomføring med kvar einskild deltakar.'],
        ['Kundeklubben', 'Send «Stavangerby» til 26001 og få tilbod og nyheiter på SMS. Kvar SMS fortel korleis du melder deg ut.'],
        ['Gåvekortet', 'Gåvekortet kan brukast hos medlemsbedriftene. Sjå kva bedrifter som tek imot det.'],
      ],
      note: {
        h: 'Om denne demoen',
        paras: [
          'Dette er ei tenkt framside for Stavanger Sentrum AS, laga for å vise widgeten samtykke med ein konfigurasjon bygd frå personvernerklæringa til Stavanger Sentrum.',
          'Erklæringa seier: «Ved å bruke nettsiden vår, stavangersentrum.no, samtykker du i at vi kan sette disse i din nettleser.» Det er ikkje eit gyldig samtykke. Samtykke krev ei klar, aktiv handling (GDPR art. 4 nr. 11 og art. 7); å bruke eller bla på ei nettside er ikkje det (retningslinjene 05/2020 frå EDPB om samtykke, punkt 86; EU-domstolen i Planet49, C-673/17). Her blir du spurd først, og statistikken køyrer berre etter ja.',
          'Erklæringa namngir ikkje statistikkverktøyet; demoen bruker Google Analytics 4 som døme.',
          'Erklæringa seier at informasjonskapslane «anonymiserer all informasjon». Med Google Analytics er det ikkje slik: informasjonskapslane har ein tilfeldig ID som kjenner att nettlesaren, og Google behandlar IP-adressa. Slike opplysningar er personopplysningar (GDPR fortalepunkt 26 og 30), så demoen kallar det besøksstatistikk, ikkje anonymisert statistikk.',
          'Erklæringa nemner retten til innsyn, retting og sletting. Oversikta her listar alle rettane personvernforordninga gir.',
          'Erklæringa nemner profilar i sosiale medium, men ingen innebygde innlegg eller videoar på nettsida. Difor har sida ingen marknadsføringskategori.',
        ],
      },
    },
    en: {
      tagline: 'Shopping, food and experiences in the city centre',
      description: 'Stavanger Sentrum AS works for a lively city centre together with its member businesses.',
      h1: 'Welcome to Stavanger city centre',
      lede: 'Stavanger Sentrum AS works for a lively city centre together with its member businesses – shops, places to eat, events and a gift card you can use all over the centre.',
      cards: [
        ['Marked i Sentrum', 'Local producers and craftspeople in the streets. Want a stall? Get in touch at post@byen.no.'],
        ['Food Court at Fjåge i Vågen', 'Food and drink by the Vågen harbour. We agree participation and practical arrangements with each participant.'],
        ['The customer club', 'Text “Stavangerby” to 26001 to get offers and news by text message. Every message tells you how to leave.'],
        ['The gift card', 'The gift card can be used at the member businesses. See which businesses accept it.'],
      ],
      note: {
        h: 'About this demo',
        paras: [
          'This is an imagined home page for Stavanger Sentrum AS, made to show the samtykke widget with a configuration built from Stavanger Sentrum’s own privacy notice.',
          'The notice says: “By using our website, stavangersentrum.no, you consent to us setting these in your browser.” That is not valid consent. Consent requires a clear, affirmative act (GDPR art. 4(11) and art. 7); using or scrolling a website is not one (EDPB Guidelines 05/2020 on consent, paragraph 86; Court of Justice of the EU, Planet49, C-673/17). Here you are asked first, and statistics run only after a yes.',
          'The notice does not name the statistics tool; the demo uses Google Analytics 4 as an example.',
          'The notice says the cookies “anonymise all information”. With Google Analytics they do not: the cookies hold a random ID that recognises the browser, and Google processes the IP address. That is personal data (GDPR recitals 26 and 30), so the demo calls it visitor statistics, not anonymised statistics.',
          'The notice mentions the rights of access, rectification and erasure. The overview here lists every right the GDPR gives.',
          'The notice mentions profiles on social media, but no embedded posts or videos on the website. The page therefore has no marketing category.',
        ],
      },
    },
  },
};
