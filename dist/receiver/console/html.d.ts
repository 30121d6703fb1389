/**
 * Safe HTML for the console's server-rendered pages: a tagged template that escapes every value
 * it is given (receipts come from the public internet: a subject, a URL or a service name may be
 * "<script>…"), and the page frame with its navigation and language switch.
 *
 * Nothing here ever marks text from a request or a receipt as markup: only `html` templates
 * (whose fixed parts are written in this source) are `Markup`.
 */
import type { ServerResponse } from 'node:http';
import type { Language, Words } from './words.js';
/** Markup built by `html`: inserted as is, never escaped twice. */
export declare class Markup {
    readonly text: string;
    constructor(text: string);
    toString(): string;
}
/** Text made safe for element content and quoted attribute values. */
export declare function escapeHtml(text: string): string;
type Value = Markup | string | number | boolean | null | undefined | readonly Value[];
/** `html\`<p>${text}</p>\``: the values are escaped, unless they are Markup themselves. */
export declare function html(strings: TemplateStringsArray, ...values: Value[]): Markup;
/**
 * The console's Content-Security-Policy: nothing but its own stylesheet and images, no script,
 * forms only to itself, never framed.
 */
export declare const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/** Headers on every console answer. */
export declare const PAGE_HEADERS: {
    'content-security-policy': string;
    'cache-control': string;
    'x-content-type-options': string;
    'referrer-policy': string;
    'x-frame-options': string;
};
/** What the frame of a signed-in page needs. */
export interface Frame {
    language: Language;
    words: Words;
    /** The path of the current page, for the navigation and the language switch. */
    path: string;
    /** The current query (the language switch keeps it). */
    query: URLSearchParams;
    /** The session's CSRF token (for the sign-out form); null on the sign-in page. */
    csrf: string | null;
}
/** A link to `path` with `query`, as the href of an `a`. */
export declare function link(path: string, query?: Record<string, string | number | undefined>): string;
/** The hidden field every POST form carries. */
export declare function csrfField(csrf: string): Markup;
/** A whole page: head, skip link, navigation, language switch, and `body` under its `heading`. */
export declare function page(frame: Frame, heading: string, body: Markup): Markup;
/** Sends a page (or an error page) with the console's headers. */
export declare function sendPage(res: ServerResponse, status: number, markup: Markup, headers?: Record<string, string | string[]>): void;
/** A 303 to `location` (after a POST, or to the sign-in page). */
export declare function redirect(res: ServerResponse, location: string, headers?: Record<string, string | string[]>): void;
export {};
