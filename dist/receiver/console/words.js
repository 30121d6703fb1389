import { en } from './words-en.js';
import { nb, nn } from './words-norwegian.js';
export const LANGUAGES = ['nb', 'nn', 'en'];
/** The BCP 47 locale each language formats dates and numbers with. */
export const LOCALES = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
export const WORDS = { nb, nn, en };
/** A word with `{name}` placeholders filled in (plain text: the caller escapes it). */
export function say(words, key, values = {}) {
    return words[key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? `{${name}}`));
}
const LANGUAGE_COOKIE = 'samtykke_console_lang';
/** The language a request asks for; `cookies` are the request's parsed cookies. */
export function pickLanguage(req, query, cookies) {
    const asked = query.get('lang') ?? cookies.get(LANGUAGE_COOKIE);
    if (asked && LANGUAGES.includes(asked))
        return asked;
    for (const part of (req.headers['accept-language'] ?? '').split(',')) {
        const tag = part.split(';')[0].trim().toLowerCase();
        if (tag === 'nn' || tag.startsWith('nn-'))
            return 'nn';
        if (tag === 'nb' || tag === 'no' || tag.startsWith('nb-') || tag.startsWith('no-'))
            return 'nb';
        if (tag === 'en' || tag.startsWith('en-'))
            return 'en';
    }
    return 'en';
}
/** The Set-Cookie value remembering a language picked with `?lang=`. */
export function languageCookie(language, secure) {
    return `${LANGUAGE_COOKIE}=${language}; Path=/controller; SameSite=Strict; HttpOnly; Max-Age=31536000${secure ? '; Secure' : ''}`;
}
