import { LANGUAGES, WORDS } from './words.js';
/** Markup built by `html`: inserted as is, never escaped twice. */
export class Markup {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
function render(value) {
    if (value === null || value === undefined || value === false)
        return '';
    if (value instanceof Markup)
        return value.text;
    if (Array.isArray(value))
        return value.map(render).join('');
    return escapeHtml(String(value));
}
/** `html\`<p>${text}</p>\``: the values are escaped, unless they are Markup themselves. */
export function html(strings, ...values) {
    let out = strings[0];
    values.forEach((value, i) => (out += render(value) + strings[i + 1]));
    return new Markup(out);
}
/**
 * The console's Content-Security-Policy: nothing but its own stylesheet and images, no script,
 * forms only to itself, never framed.
 */
export const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/** Headers on every console answer. */
export const PAGE_HEADERS = {
    'content-security-policy': CSP,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
};
const PAGES = [
    ['/controller/overview', 'overview'],
    ['/controller/search', 'search'],
    ['/controller/chain', 'chain'],
    ['/controller/audit', 'audit'],
];
/** A link to `path` with `query`, as the href of an `a`. */
export function link(path, query = {}) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query))
        if (value !== undefined && value !== '')
            params.set(name, String(value));
    const text = params.toString();
    return text ? `${path}?${text}` : path;
}
/** The hidden field every POST form carries. */
export function csrfField(csrf) {
    return html `<input type="hidden" name="csrf" value="${csrf}">`;
}
function languageSwitch(frame) {
    const items = LANGUAGES.map((language) => {
        const query = new URLSearchParams(frame.query);
        query.set('lang', language);
        const current = language === frame.language;
        return html `<li><a href="${`${frame.path}?${query}`}" lang="${language}" hreflang="${language}"${current ? html ` aria-current="true"` : ''}>${WORDS[language].languageName}</a></li>`;
    });
    return html `<nav class="languages" aria-label="Språk / Language"><ul>${items}</ul></nav>`;
}
function navigation(frame) {
    if (frame.csrf === null)
        return html ``;
    const items = PAGES.map(([path, key]) => html `<li><a href="${path}"${frame.path === path ? html ` aria-current="page"` : ''}>${frame.words[key]}</a></li>`);
    return html `<nav class="pages" aria-label="${frame.words.nav}"><ul>${items}</ul></nav>
<form class="sign-out" method="post" action="/controller/sign-out">${csrfField(frame.csrf)}<button type="submit">${frame.words.signOut}</button></form>`;
}
/** A whole page: head, skip link, navigation, language switch, and `body` under its `heading`. */
export function page(frame, heading, body) {
    const { words } = frame;
    return html `<!doctype html>
<html lang="${frame.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading} – ${words.title}</title>
<link rel="stylesheet" href="/controller/console.css">
</head>
<body>
<a class="skip" href="#main">${words.skip}</a>
<header><p class="brand">${words.title}</p>${navigation(frame)}${languageSwitch(frame)}</header>
<main id="main" tabindex="-1">
<h1>${heading}</h1>
${body}
</main>
</body>
</html>
`;
}
/** Sends a page (or an error page) with the console's headers. */
export function sendPage(res, status, markup, headers = {}) {
    const text = markup.text;
    res.writeHead(status, {
        ...PAGE_HEADERS,
        ...headers,
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
    });
    res.end(text);
}
/** A 303 to `location` (after a POST, or to the sign-in page). */
export function redirect(res, location, headers = {}) {
    res.writeHead(303, { ...PAGE_HEADERS, ...headers, location, 'content-length': '0' });
    res.end();
}
