/**
 * The words `samtykke scan` writes into a draft notice, in Bokmål, Nynorsk and English: category
 * titles and descriptions (from catalogue/category-words.ts, the table the studio uses too), and
 * how long a cookie it saw lasts. The owner is expected to read and adjust them; they say only
 * what the scan can know.
 */
import { categoryWords } from '../catalogue/category-words.js';
/** A draft category's title and description (catalogue/category-words.ts); else its id as a title. */
export function categoryInfo(id) {
    const w = categoryWords(id);
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
