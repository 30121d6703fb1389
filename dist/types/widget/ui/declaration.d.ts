/**
 * The view of `<samtykke-declaration>` (declaration-part.ts): the notice's cookie declaration for
 * a site's privacy page, one table per category (a row per service: provider and role, purpose
 * and legal basis, each cookie with its duration, transfers), then the visitor's current choice
 * with its consent id and date, and the buttons to change or withdraw it.
 *
 * Like every view it binds notice text as text only (no innerHTML, no unsafeHTML); links come
 * from URL fields alone, through `externalLink()`. It says "first party" only where the notice
 * itself shows it (see `firstParty`), and never guesses a third party: the notice schema does
 * not record where a cookie is set.
 */
import { type TemplateResult } from 'lit/html.js';
import { type Strings } from '../i18n/index.js';
import type { DeclarationStrings } from '../i18n/strings.js';
import type { Config, Consent, Service, ServiceCookie, Text } from '../types.js';
export interface DeclarationView {
    /** The validated notice. */
    config: Config;
    /** The visitor's current decision, or null before any. */
    consent: Consent | null;
    /** The language it speaks, and its strings. */
    lang: string;
    strings: Strings;
    /** The declaration's own words in that language (i18n/declaration.ts). */
    words: DeclarationStrings;
    /** A notice text in that language. */
    text(value: Text | undefined): string;
    /** Opens the second layer. */
    change(event: Event): void;
    /** Withdraws consent; `event` is the click that asked (see declaration-part.ts). */
    withdraw(event: Event): void;
}
/**
 * Whether the notice shows `cookie` to be the site's own: samtykke's decision cookie, or a cookie
 * of a service that names no provider or names the controller itself. Anything else is left
 * unmarked: a third party's script often sets its cookies on the site's own domain (`_ga`,
 * `_fbp`), so a provider alone does not make a cookie third-party.
 */
export declare const firstParty: (config: Config, service: Service, cookie: ServiceCookie) => boolean;
export declare function declaration(view: DeclarationView): TemplateResult;
