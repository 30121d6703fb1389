import { GA4 } from './snippets.mjs';

/** The stavanger-sentrum demo's page texts, in nb, nn and en (see ../content.mjs). */
export default {
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
      [
        'Food Court under Fjåge i Vågen',
        'Mat og drikke ved Vågen. Vi avklarer deltakelse og praktisk gjennomføring med hver enkelt deltaker.',
      ],
      [
        'Kundeklubben',
        'Send «Stavangerby» til 26001 og få tilbud og nyheter på SMS. Hver SMS forteller hvordan du melder deg ut.',
      ],
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
        'Demoens egne opplysninger, ikke fra erklæringen: Google Analytics som verktøy og at Google er databehandler, lagringstidene for informasjonskapslene, for Google Analytics (14 måneder), for arrangementer, publisering og sosiale medier og for samtykkekvitteringene (tre år etter at valget sluttet å gjelde). Resten kommer fra Stavanger Sentrums erklæring.',
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
      [
        'Food Court under Fjåge i Vågen',
        'Mat og drikke ved Vågen. Vi avklarer deltaking og praktisk gjennomføring med kvar einskild deltakar.',
      ],
      ['Kundeklubben', 'Send «Stavangerby» til 26001 og få tilbod og nyheiter på SMS. Kvar SMS fortel korleis du melder deg ut.'],
      ['Gåvekortet', 'Gåvekortet kan brukast hos medlemsbedriftene. Sjå kva bedrifter som tek imot det.'],
    ],
    note: {
      h: 'Om denne demoen',
      paras: [
        'Dette er ei tenkt framside for Stavanger Sentrum AS, laga for å vise widgeten samtykke med ein konfigurasjon bygd frå personvernerklæringa til Stavanger Sentrum.',
        'Erklæringa seier: «Ved å bruke nettsiden vår, stavangersentrum.no, samtykker du i at vi kan sette disse i din nettleser.» Det er ikkje eit gyldig samtykke. Samtykke krev ei klar, aktiv handling (GDPR art. 4 nr. 11 og art. 7); å bruke eller bla på ei nettside er ikkje det (retningslinjene 05/2020 frå EDPB om samtykke, punkt 86; EU-domstolen i Planet49, C-673/17). Her blir du spurt først, og statistikken køyrer berre etter ja.',
        'Erklæringa namngir ikkje statistikkverktøyet; demoen bruker Google Analytics 4 som døme.',
        'Erklæringa seier at informasjonskapslane «anonymiserer all informasjon». Med Google Analytics er det ikkje slik: informasjonskapslane har ein tilfeldig ID som kjenner att nettlesaren, og Google behandlar IP-adressa. Slike opplysningar er personopplysningar (GDPR fortalepunkt 26 og 30), så demoen kallar det besøksstatistikk, ikkje anonymisert statistikk.',
        'Erklæringa nemner retten til innsyn, retting og sletting. Oversikta her listar alle rettane personvernforordninga gir.',
        'Erklæringa nemner profilar i sosiale medium, men ingen innebygde innlegg eller videoar på nettsida. Difor har sida ingen marknadsføringskategori.',
        'Opplysningar som er demoen sine eigne, ikkje frå erklæringa: Google Analytics som verktøy og at Google er databehandlar, lagringstidene for informasjonskapslane, for Google Analytics (14 månader), for arrangement, publisering og sosiale medium og for samtykkekvitteringane (tre år etter at valet slutta å gjelde). Resten kjem frå erklæringa til Stavanger Sentrum.',
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
      [
        'Food Court at Fjåge i Vågen',
        'Food and drink by the Vågen harbour. We agree participation and practical arrangements with each participant.',
      ],
      [
        'The customer club',
        'Text “Stavangerby” to 26001 to get offers and news by text message. Every message tells you how to leave.',
      ],
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
        'The demo’s own facts, not from the notice: Google Analytics as the tool and Google as a processor, and the retention of the cookies, of Google Analytics (14 months), of events, publishing and social media, and of the consent receipts (three years after the choice ended). The rest comes from Stavanger Sentrum’s notice.',
      ],
    },
  },
};
