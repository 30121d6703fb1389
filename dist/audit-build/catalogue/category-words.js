/**
 * The words for the usual consent categories (the ids the service catalogue files services
 * under), in the languages samtykke writes a notice in: Bokmål, Nynorsk and English. One table
 * for everything that puts a category into a notice (`samtykke scan`'s draft, the studio), so a
 * category reads the same whichever tool wrote it. The owner may change them in the notice.
 *
 * Nynorsk accepts both "naudsynte" and "nødvendige"; the table says "Nødvendige", the word the
 * widget's own Nynorsk first layer shows visitors ("Nødvendige informasjonskapslar er alltid på").
 * A leaf: no imports, so the studio (in the browser) and the Node tools may both use it.
 */
/** Titles and descriptions of the usual categories. */
export const CATEGORY_WORDS = {
    necessary: {
        title: { nb: 'Nødvendige', nn: 'Nødvendige', en: 'Necessary' },
        description: {
            nb: 'Trengs for at nettstedet skal fungere, og for å huske valgene du gjør her. Kan ikke slås av.',
            nn: 'Trengst for at nettstaden skal fungere, og for å hugse vala du gjer her. Kan ikkje slåast av.',
            en: 'Needed for the site to work, and to remember the choices you make here. Cannot be switched off.',
        },
    },
    functional: {
        title: { nb: 'Funksjonelle', nn: 'Funksjonelle', en: 'Functional' },
        description: {
            nb: 'Husker valg du gjør på nettstedet, som språk eller region.',
            nn: 'Hugsar val du gjer på nettstaden, som språk eller region.',
            en: 'Remembers choices you make on the site, such as language or region.',
        },
    },
    analytics: {
        title: { nb: 'Statistikk', nn: 'Statistikk', en: 'Statistics' },
        description: {
            nb: 'Viser oss hvordan nettstedet blir brukt, slik at vi kan forbedre det.',
            nn: 'Viser oss korleis nettstaden blir brukt, slik at vi kan gjere han betre.',
            en: 'Shows us how the site is used, so that we can improve it.',
        },
    },
    marketing: {
        title: { nb: 'Markedsføring', nn: 'Marknadsføring', en: 'Marketing' },
        description: {
            nb: 'Lar oss og våre partnere vise deg annonser og innhold fra andre nettsteder, og måle hvordan de virker.',
            nn: 'Lèt oss og partnarane våre vise deg annonsar og innhald frå andre nettstader, og måle korleis dei verkar.',
            en: 'Lets us and our partners show you ads and content from other sites, and measure how they work.',
        },
    },
    profiling: {
        title: { nb: 'Profilering', nn: 'Profilering', en: 'Profiling' },
        description: {
            nb: 'Lar oss tilpasse innhold og markedsføring til interessene dine.',
            nn: 'Lèt oss tilpasse innhald og marknadsføring til interessene dine.',
            en: 'Lets us tailor content and marketing to your interests.',
        },
    },
};
/** The words for category `id`, or undefined when it is not one of the usual ones. */
export function categoryWords(id) {
    // Own keys only: an id like "constructor" is a category a notice may have, not a table entry.
    return Object.hasOwn(CATEGORY_WORDS, id) ? CATEGORY_WORDS[id] : undefined;
}
