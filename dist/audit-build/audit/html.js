/**
 * An auto-escaping HTML template: html`<p>${text}</p>` escapes every interpolated value, so
 * page and notice text can never become markup by a forgotten call. Only another html``
 * result (or a list of them) is inserted as markup; null, undefined and false insert nothing.
 */
export class Html {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML text or attribute value (quoted). */
export const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
function render(value) {
    if (value instanceof Html)
        return value.text;
    if (Array.isArray(value))
        return value.map(render).join('');
    if (value === null || value === undefined || value === false)
        return '';
    return escapeHtml(String(value));
}
export function html(strings, ...values) {
    let text = strings[0];
    values.forEach((value, i) => {
        text += render(value) + strings[i + 1];
    });
    return new Html(text);
}
/** Markup that is trusted because it is a constant of this program (the report's CSS). */
export const trusted = (text) => new Html(text);
