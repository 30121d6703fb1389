/** Titles and descriptions of the usual categories (a category id not listed gets its id). */
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
export function categoryInfo(id) {
    const w = CATEGORY_WORDS[id];
    return w ? { title: { ...w.title }, description: { ...w.description } } : { title: id.charAt(0).toUpperCase() + id.slice(1) };
}
const plural = (n, one, many) => ({
    nb: `${n} ${n === 1 ? one.nb : many.nb}`,
    nn: `${n} ${n === 1 ? one.nn : many.nn}`,
    en: `${n} ${n === 1 ? one.en : many.en}`,
});
const HOUR = { nb: 'time', nn: 'time', en: 'hour' };
const HOURS = { nb: 'timer', nn: 'timar', en: 'hours' };
const DAY = { nb: 'dag', nn: 'dag', en: 'day' };
const DAYS = { nb: 'dager', nn: 'dagar', en: 'days' };
const MONTH = { nb: 'måned', nn: 'månad', en: 'month' };
const MONTHS = { nb: 'måneder', nn: 'månader', en: 'months' };
const YEAR = { nb: 'år', nn: 'år', en: 'year' };
const YEARS = { nb: 'år', nn: 'år', en: 'years' };
/**
 * A cookie's lifetime in words, from the days left when the scan saw it (null: a session
 * cookie). Rounded to what a reader expects: whole years or months when it is within two days of
 * one, else days (hours under a day).
 */
export function cookieDuration(days) {
    if (days === null)
        return { nb: 'Til nettleseren lukkes', nn: 'Til nettlesaren blir lukka', en: 'Until the browser closes' };
    if (days < 1)
        return plural(Math.max(1, Math.round(days * 24)), HOUR, HOURS);
    const years = Math.round(days / 365);
    if (years >= 1 && Math.abs(days - years * 365) <= 2)
        return plural(years, YEAR, YEARS);
    const months = Math.round(days / 30.44);
    if (months >= 1 && Math.abs(days - months * 30.44) <= 2)
        return plural(months, MONTH, MONTHS);
    return plural(Math.round(days), DAY, DAYS);
}
/** How long a storage key lasts: Web Storage and IndexedDB keep it until deleted, sessionStorage until the tab closes. */
export function storageDuration(kind) {
    if (kind === 'sessionStorage')
        return {
            nb: 'Til fanen lukkes (sessionStorage)',
            nn: 'Til fana blir lukka (sessionStorage)',
            en: 'Until the tab closes (sessionStorage)',
        };
    return { nb: `Til den slettes (${kind})`, nn: `Til han blir sletta (${kind})`, en: `Until deleted (${kind})` };
}
