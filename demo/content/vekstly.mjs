import { GA4, reveal } from './snippets.mjs';

/** The vekstly demo's page texts, in nb, nn and en (see ../content.mjs). */
export default {
  initial: 'V',
  head: `${GA4}\n${reveal('profiling', 'vekstly-profiling', 'recommendations')}`,
  hub: 'Statistikk, profilering på samtykke (som erklæringen selv ber om) og Stripe som nødvendig betalingsløsning.',
  nb: {
    tagline: 'Kurs og materiell for vekst',
    description: 'Vekstly holder kurs og deler materiell for deg som vil utvikle deg selv og bedriften din.',
    h1: 'Lær det du trenger for å vokse',
    lede: 'Vekstly holder kurs og deler materiell for deg som vil utvikle deg selv og bedriften din.',
    cards: [
      [
        'Kurs',
        'Meld deg på og betal trygt med kort. Når kurset er over, sletter vi opplysningene dine – med mindre du vil at vi skal huske deg til neste gang.',
      ],
      ['Gratis materiell', 'Last ned sjekklister og maler. Da får du også e-post fra oss, og du kan melde deg av når du vil.'],
      ['Spørsmål?', 'Skriv til hei@vekstly.no. Vi svarer på spørsmål om kurs og om hvordan vi behandler opplysningene dine.'],
    ],
    personal: {
      reveal: 'recommendations',
      h: 'Anbefalt for deg',
      off: 'Slår du på profilering under «Personvernvalg», foreslår vi kurs ut fra det du har tatt og lest hos oss før.',
      on: 'Du har sagt ja til profilering, så her foreslår vi kurs ut fra det du har tatt og lest hos oss før.',
      items: [
        'Eksempel: «Videre med vekst», fordi du har tatt grunnkurset',
        'Eksempel: «Salg uten mas», fordi du har lest om markedsføring',
      ],
    },
    note: {
      h: 'Om denne demoen',
      paras: [
        'Dette er en tenkt forside for Vekstly AS, laget for å vise widgeten samtykke med en konfigurasjon bygget fra Vekstlys egen personvernerklæring.',
        'Erklæringen sier at Vekstly jobber med en løsning der du kan velge hvilke informasjonskapsler som lagres, og at du inntil videre må slette dem selv i nettleseren. Her er den løsningen: ingenting som ikke er nødvendig, kjører før du har valgt.',
        'Erklæringen ber selv om samtykke til profilering. Her er profilering en egen kategori som er av til du slår den på, og «Anbefalt for deg» viser forskjellen.',
        'Analyse begrunner erklæringen i berettiget interesse. Her gjelder det bare opplysninger Vekstly allerede har om kundeforholdet; hva du leser og klikker på, på nettsidene og i e-postene, brukes bare med samtykke: statistikk med informasjonskapsler krever samtykke (ekomloven § 3-15), og aktivitet knyttet til deg er profilering. Sier du nei til profilering, får du fortsatt de samme nyhetsbrevene som alle andre, men de blir ikke tilpasset deg, og vi registrerer ikke hva du åpner og klikker på. Erklæringen navngir ikke noe analyseverktøy; demoen bruker Google Analytics 4 som eksempel.',
        'Stripe er nødvendig for betalingen og står derfor under «Nødvendige». Erklæringen omtaler ikke Stripes rolle; her står Stripe som selvstendig behandlingsansvarlig, slik Stripe selv beskriver betalingstjenesten, i alle feltene.',
        'Erklæringen nevner retten til innsyn, korreksjon og sletting. Oversikten her lister alle rettighetene personvernforordningen gir.',
        'Demoens egne opplysninger, ikke fra erklæringen: Google Analytics og Stripe som verktøy og rollene deres, informasjonskapselen vekstly_kunde og sporingen i e-postene, lagringstidene for profilen (12 måneder etter siste aktivitet), logger (90 dager), Google Analytics (14 måneder) og samtykkekvitteringene (tre år etter at valget sluttet å gjelde). Resten kommer fra Vekstlys erklæring.',
      ],
    },
  },
  nn: {
    tagline: 'Kurs og materiell for vekst',
    description: 'Vekstly held kurs og deler materiell for deg som vil utvikle deg sjølv og bedrifta di.',
    h1: 'Lær det du treng for å vekse',
    lede: 'Vekstly held kurs og deler materiell for deg som vil utvikle deg sjølv og bedrifta di.',
    cards: [
      [
        'Kurs',
        'Meld deg på og betal trygt med kort. Når kurset er over, slettar vi opplysningane dine – med mindre du vil at vi skal hugse deg til neste gong.',
      ],
      ['Gratis materiell', 'Last ned sjekklister og malar. Då får du òg e-post frå oss, og du kan melde deg av når du vil.'],
      ['Spørsmål?', 'Skriv til hei@vekstly.no. Vi svarar på spørsmål om kurs og om korleis vi behandlar opplysningane dine.'],
    ],
    personal: {
      reveal: 'recommendations',
      h: 'Tilrådd for deg',
      off: 'Slår du på profilering under «Personvernval», føreslår vi kurs ut frå det du har teke og lese hos oss før.',
      on: 'Du har sagt ja til profilering, så her føreslår vi kurs ut frå det du har teke og lese hos oss før.',
      items: [
        'Døme: «Vidare med vekst», fordi du har teke grunnkurset',
        'Døme: «Sal utan mas», fordi du har lese om marknadsføring',
      ],
    },
    note: {
      h: 'Om denne demoen',
      paras: [
        'Dette er ei tenkt framside for Vekstly AS, laga for å vise widgeten samtykke med ein konfigurasjon bygd frå personvernerklæringa til Vekstly.',
        'Erklæringa seier at Vekstly arbeider med ei løysing der du kan velje kva informasjonskapslar som blir lagra, og at du inntil vidare må slette dei sjølv i nettlesaren. Her er den løysinga: ingenting som ikkje er nødvendig, køyrer før du har valt.',
        'Erklæringa ber sjølv om samtykke til profilering. Her er profilering ein eigen kategori som er av til du slår han på, og «Tilrådd for deg» viser skilnaden.',
        'Analyse grunngir erklæringa med berettiga interesse. Her gjeld det berre opplysningar Vekstly alt har om kundeforholdet; kva du les og klikkar på, på nettsidene og i e-postane, blir berre brukt med samtykke: statistikk med informasjonskapslar krev samtykke (ekomlova § 3-15), og aktivitet knytt til deg er profilering. Seier du nei til profilering, får du framleis dei same nyheitsbreva som alle andre, men dei blir ikkje tilpassa deg, og vi registrerer ikkje kva du opnar og klikkar på. Erklæringa namngir ikkje noko analyseverktøy; demoen bruker Google Analytics 4 som døme.',
        'Stripe er nødvendig for betalinga og står difor under «Nødvendige». Erklæringa omtaler ikkje rolla til Stripe; her står Stripe som sjølvstendig behandlingsansvarleg, slik Stripe sjølv omtaler betalingstenesta, i alle felta.',
        'Erklæringa nemner retten til innsyn, korreksjon og sletting. Oversikta her listar alle rettane personvernforordninga gir.',
        'Opplysningar som er demoen sine eigne, ikkje frå erklæringa: Google Analytics og Stripe som verktøy og rollene deira, informasjonskapselen vekstly_kunde og sporinga i e-postane, lagringstidene for profilen (12 månader etter siste aktivitet), loggar (90 dagar), Google Analytics (14 månader) og samtykkekvitteringane (tre år etter at valet slutta å gjelde). Resten kjem frå erklæringa til Vekstly.',
      ],
    },
  },
  en: {
    tagline: 'Courses and materials for growth',
    description: 'Vekstly runs courses and shares materials for people who want to develop themselves and their business.',
    h1: 'Learn what you need to grow',
    lede: 'Vekstly runs courses and shares materials for people who want to develop themselves and their business.',
    cards: [
      [
        'Courses',
        'Sign up and pay safely by card. When the course is over, we delete your data – unless you want us to remember you for next time.',
      ],
      [
        'Free materials',
        'Download checklists and templates. You will then also get e-mails from us, and you can unsubscribe whenever you like.',
      ],
      ['Questions?', 'Write to hei@vekstly.no. We answer questions about courses and about how we process your data.'],
    ],
    personal: {
      reveal: 'recommendations',
      h: 'Recommended for you',
      off: 'If you switch on profiling under “Privacy choices”, we suggest courses based on what you have taken and read with us before.',
      on: 'You have said yes to profiling, so here we suggest courses based on what you have taken and read with us before.',
      items: [
        'Example: “Growing further”, because you have taken the basic course',
        'Example: “Selling without pushing”, because you have read about marketing',
      ],
    },
    note: {
      h: 'About this demo',
      paras: [
        'This is an imagined home page for Vekstly AS, made to show the samtykke widget with a configuration built from Vekstly’s own privacy notice.',
        'The notice says Vekstly is working on a way for you to choose which cookies are stored, and that for now you have to delete them yourself in your browser. This is that way: nothing that is not necessary runs before you have chosen.',
        'The notice itself asks for consent to profiling. Here profiling is a category of its own that stays off until you switch it on, and “Recommended for you” shows the difference.',
        'The notice bases analysis on legitimate interests. Here that covers only data Vekstly already holds about the customer relationship; what you read and click on, on the website and in the e-mails, is used only with consent: statistics using cookies require consent (Norwegian Electronic Communications Act § 3-15), and activity linked to you is profiling. If you say no to profiling, you still get the same newsletters as everyone else, but they are not tailored to you, and we do not record what you open and click on. The notice names no analytics tool; the demo uses Google Analytics 4 as an example.',
        'Stripe is necessary for payment and is therefore listed under “Necessary”. The notice does not state Stripe’s role; here Stripe is an independent controller, as Stripe itself describes its payment service, in every field.',
        'The notice mentions the rights of access, correction and erasure. The overview here lists every right the GDPR gives.',
        'The demo’s own facts, not from the notice: Google Analytics and Stripe as tools and their roles, the cookie vekstly_kunde and the tracking in e-mails, and the retention of the profile (12 months after your last activity), logs (90 days), Google Analytics (14 months) and the consent receipts (three years after the choice ended). The rest comes from Vekstly’s notice.',
      ],
    },
  },
};
