const NORWEGIAN = ['nb', 'nn', 'no'];
/**
 * A text in a language: for a map, the first of `lang`, its primary subtag, its Norwegian
 * siblings (nb ↔ nn, no), then the same for each `fallback` language, then "en", then the
 * first value. Keys match case-insensitively. '' for undefined.
 */
export function text(t, lang, fallback = []) {
    if (typeof t != 'object')
        return t ?? '';
    const keys = Object.keys(t);
    for (const language of [lang, ...fallback, 'en']) {
        const primary = language.split('-')[0];
        const candidates = [language, primary, ...(NORWEGIAN.includes(primary.toLowerCase()) ? NORWEGIAN : [])];
        for (const candidate of candidates)
            for (const key of keys)
                if (key.toLowerCase() == candidate.toLowerCase())
                    return t[key];
    }
    return t[keys[0]] ?? '';
}
