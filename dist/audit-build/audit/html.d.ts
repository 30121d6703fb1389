/**
 * An auto-escaping HTML template: html`<p>${text}</p>` escapes every interpolated value, so
 * page and notice text can never become markup by a forgotten call. Only another html``
 * result (or a list of them) is inserted as markup; null, undefined and false insert nothing.
 */
export declare class Html {
    readonly text: string;
    constructor(text: string);
    toString(): string;
}
/** Text as HTML text or attribute value (quoted). */
export declare const escapeHtml: (text: string) => string;
export declare function html(strings: TemplateStringsArray, ...values: unknown[]): Html;
/** Markup that is trusted because it is a constant of this program (the report's CSS). */
export declare const trusted: (text: string) => Html;
