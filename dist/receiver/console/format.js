/**
 * Dates, numbers and periods as the console's language writes them (Intl), and the period a
 * request asks for: `from` and `to` dates (inclusive, UTC days), by default the last 30 days.
 */
import { LOCALES } from './words.js';
const DAY_MS = 86_400_000;
/** The longest period the overview counts: ten years of days. */
const LONGEST_DAYS = 3660;
export function formatDateTime(language, iso) {
    if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso)))
        return '';
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}
/** A "YYYY-MM-DD" day, written out in the language. */
export function formatDay(language, day) {
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
export function formatPercent(language, share) {
    return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
export function formatNumber(language, n) {
    return new Intl.NumberFormat(LOCALES[language]).format(n);
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
function day(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/**
 * The period of `query` (`from`, `to`), or why it is not valid. `defaultDays`: the period
 * when neither is given (null: no period).
 */
export function parsePeriod(query, defaultDays) {
    const fromText = query.get('from') || '';
    const toText = query.get('to') || '';
    if (!fromText && !toText && defaultDays === null)
        return null;
    for (const [name, text] of [
        ['from', fromText],
        ['to', toText],
    ]) {
        if (text && (!DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)))) {
            return { error: `${name} must be a date (YYYY-MM-DD)` };
        }
    }
    const today = Date.parse(`${day(Date.now())}T00:00:00Z`);
    const toMs = (toText ? Date.parse(`${toText}T00:00:00Z`) : today) + DAY_MS;
    const fromMs = fromText ? Date.parse(`${fromText}T00:00:00Z`) : toMs - (defaultDays ?? LONGEST_DAYS) * DAY_MS;
    if (fromMs >= toMs)
        return { error: 'from must not be after to' };
    if (toMs - fromMs > LONGEST_DAYS * DAY_MS)
        return { error: `the period must be at most ${LONGEST_DAYS} days` };
    return { from: day(fromMs), to: day(toMs - DAY_MS), fromMs, toMs };
}
