import { reveal } from './snippets.mjs';

/** The vestbo demo's page texts, in nb, nn and en (see ../content.mjs). */
export default {
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
      [
        'Aktiver medlemskortet',
        'Når du aktiverer medlemskortet, blir du med i fordelsprogrammet. Det drives av BBL Partner, som selv er behandlingsansvarlig for programmet.',
      ],
      [
        'Prosjekter og arrangementer',
        'Vi forteller om nye prosjekter og arrangementer i medlemsbladet og på e-post. Du kan reservere deg mot direkte markedsføring når du vil.',
      ],
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
      items: [
        'Eksempel: bonus på maling og byggevarer, fordi du har handlet det før',
        'Eksempel: medlemspris på innboforsikring, fordi du har sagt at du ønsker tilbud om det',
      ],
    },
    note: {
      h: 'Om denne demoen',
      paras: [
        'Dette er en tenkt forside for Vestbo BBL, laget for å vise widgeten samtykke med en konfigurasjon bygget fra Vestbos egen personvernerklæring for medlemmer.',
        'Erklæringen gjelder medlemskapet og fordelsprogrammet, ikke nettsiden. Her ser du hvordan de samme behandlingene ser ut på en nettside: tilbud fra fordelsprogrammet lastes bare etter samtykke, og BBL Partner står oppført som selvstendig behandlingsansvarlig.',
        'Erklæringen bygger bruken av kjøpshistorikk på avtale og berettiget interesse. Her brukes den på berettiget interesse bare til å beregne og gi deg fordelene og svare deg; å bruke den til å velge ut tilbud til deg er profilering, som her krever samtykke, så det ligger under «Profilering». Sier du nei, ser du de samme tilbudene som alle andre medlemmer.',
        'Reservasjonen mot direkte markedsføring er retten til å protestere (GDPR art. 21 nr. 2). Erklæringen navngir ingen andre rettigheter; de står trolig på hovedsiden om personvern, som vi ikke har.',
        'Den innebygde visningen er en lokal etterligning som ikke lagrer noe i nettleseren. BBL Partner har ikke levert innhold til demoen.',
        'Erklæringen oppgir heller ingen kontaktopplysninger. Adressen personvern@vestbo.example er et eksempel, og oversikten lister alle rettighetene personvernforordningen gir.',
        'Demoens egne opplysninger, ikke fra erklæringen: den innebygde visningen og at den ikke lagrer noe i nettleseren, adressen personvern@vestbo.example, lagringstidene for medlemskap, fordelsprogram og informasjonskapsler, og lagringstiden for samtykkekvitteringene (tre år etter at valget sluttet å gjelde). At BBL Partner er selvstendig behandlingsansvarlig, kommer fra Vestbos erklæring.',
      ],
    },
    offers: {
      h1: 'Medlemsfordeler',
      items: [
        'Strøm – medlemspris hos en samarbeidspartner',
        'Forsikring – rabatt for medlemmer',
        'Byggevarer – bonus på kjøp med medlemskortet',
      ],
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
      [
        'Aktiver medlemskortet',
        'Når du aktiverer medlemskortet, blir du med i fordelsprogrammet. Det blir drive av BBL Partner, som sjølv er behandlingsansvarleg for programmet.',
      ],
      [
        'Prosjekt og arrangement',
        'Vi fortel om nye prosjekt og arrangement i medlemsbladet og på e-post. Du kan reservere deg mot direkte marknadsføring når du vil.',
      ],
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
      items: [
        'Døme: bonus på måling og byggjevarer, fordi du har handla det før',
        'Døme: medlemspris på innbuforsikring, fordi du har sagt at du ønskjer tilbod om det',
      ],
    },
    note: {
      h: 'Om denne demoen',
      paras: [
        'Dette er ei tenkt framside for Vestbo BBL, laga for å vise widgeten samtykke med ein konfigurasjon bygd frå personvernerklæringa til Vestbo for medlemmer.',
        'Erklæringa gjeld medlemskapet og fordelsprogrammet, ikkje nettsida. Her ser du korleis dei same behandlingane ser ut på ei nettside: tilbod frå fordelsprogrammet blir berre lasta etter samtykke, og BBL Partner står oppført som sjølvstendig behandlingsansvarleg.',
        'Erklæringa byggjer bruken av kjøpshistorikk på avtale og berettiga interesse. Her blir han brukt på berettiga interesse berre til å rekne ut og gi deg fordelane og svare deg; å bruke han til å velje ut tilbod til deg er profilering, som her krev samtykke, så det ligg under «Profilering». Seier du nei, ser du dei same tilboda som alle andre medlemmer.',
        'Reservasjonen mot direkte marknadsføring er retten til å protestere (GDPR art. 21 nr. 2). Erklæringa namngir ingen andre rettar; dei står truleg på hovudsida om personvern, som vi ikkje har.',
        'Den innebygde visinga er ei lokal etterlikning som ikkje lagrar noko i nettlesaren. BBL Partner har ikkje levert innhald til demoen.',
        'Erklæringa oppgir heller ingen kontaktopplysningar. Adressa personvern@vestbo.example er eit døme, og oversikta listar alle rettane personvernforordninga gir.',
        'Opplysningar som er demoen sine eigne, ikkje frå erklæringa: den innebygde visninga og at ho ikkje lagrar noko i nettlesaren, adressa personvern@vestbo.example, lagringstidene for medlemskap, fordelsprogram og informasjonskapslar, og lagringstida for samtykkekvitteringane (tre år etter at valet slutta å gjelde). At BBL Partner er sjølvstendig behandlingsansvarleg, kjem frå erklæringa til Vestbo.',
      ],
    },
    offers: {
      h1: 'Medlemsfordelar',
      items: [
        'Straum – medlemspris hos ein samarbeidspartnar',
        'Forsikring – rabatt for medlemmer',
        'Byggjevarer – bonus på kjøp med medlemskortet',
      ],
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
      [
        'Activate your membership card',
        'When you activate your membership card, you join the advantage programme. It is run by BBL Partner, which is itself the controller for the programme.',
      ],
      [
        'Projects and events',
        'We tell you about new projects and events in the member magazine and by e-mail. You can opt out of direct marketing whenever you like.',
      ],
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
      items: [
        'Example: bonus on paint and building materials, because you have bought them before',
        'Example: member price on home contents insurance, because you have said you want offers for it',
      ],
    },
    note: {
      h: 'About this demo',
      paras: [
        'This is an imagined home page for Vestbo BBL, made to show the samtykke widget with a configuration built from Vestbo’s own privacy notice for members.',
        'The notice covers the membership and the advantage programme, not the website. Here you see how the same processing looks on a website: offers from the advantage programme load only after consent, and BBL Partner is listed as an independent controller.',
        'The notice bases the use of purchase history on contract and legitimate interests. Here legitimate interests cover only calculating and giving you the advantages and answering you; using it to choose offers for you is profiling, which needs consent here, so it sits under “Profiling”. If you say no, you see the same offers as every other member.',
        'Opting out of direct marketing is the right to object (GDPR art. 21(2)). The notice names no other rights; they are probably on the main privacy page, which we do not have.',
        'The embedded view is a local imitation that stores nothing in the browser. BBL Partner has not supplied any content for the demo.',
        'Nor does the notice give any contact details. The address personvern@vestbo.example is an example, and the overview lists every right the GDPR gives.',
        'The demo’s own facts, not from the notice: the embedded view and that it stores nothing in the browser, the address personvern@vestbo.example, the retention of membership, programme and cookie data, and of the consent receipts (three years after the choice ended). That BBL Partner is an independent controller comes from Vestbo’s notice.',
      ],
    },
    offers: {
      h1: 'Member benefits',
      items: [
        'Electricity – member price with a partner',
        'Insurance – discount for members',
        'Building materials – bonus on purchases with the membership card',
      ],
      note: 'Imitation for the demo. Not content from BBL Partner.',
    },
  },
};
