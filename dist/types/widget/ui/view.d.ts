/**
 * What every view (banner, preferences, notice summary) renders from: one object the widget
 * makes per render, with the host, the language and its strings, the second layer's state, the
 * visitor's answers, and small helpers that turn notice data into display text. Views only ever
 * bind config text as text; links come from URL fields alone, through `safe()`.
 */
import { nothing } from 'lit/html.js';
import { type Strings } from '../i18n/index.js';
import type { Category, Receipt, Service, Text } from '../types.js';
import type { WidgetHost } from './host.js';
export interface View {
    host: WidgetHost;
    /** The language the widget speaks (nb, nn, en, sv, da, de). */
    lang: string;
    strings: Strings;
    /** A notice text in the widget's language. */
    text(value: Text | undefined): string;
    /** The second layer's working copy of the choices, category and service ids. */
    choices: Record<string, boolean>;
    /** The visitor's receipts, newest first; undefined while loading. */
    history: Receipt[] | undefined;
    acceptAll(event?: Event): void;
    rejectAll(event?: Event): void;
    save(event?: Event): void;
    /** Opens the second layer; focus returns to the clicked element on close. */
    choose(event: Event): void;
    close(): void;
    category(id: string, on: boolean): void;
    service(service: Service, on: boolean): void;
}
export declare const NECESSARY = "necessary";
/**
 * The CSS parts (`::part()`) a page may style: the element's public styling surface, written
 * out once. The answer buttons share the one part `button` on purpose (SPEC §4): no page rule
 * can single out *Reject all* to shrink, fade or hide it. Colours, radius and font stay
 * themeable through the `--samtykke-*` custom properties.
 */
export declare const PART: {
    readonly banner: "banner";
    readonly dialog: "dialog";
    readonly button: "button";
    readonly switch: "switch";
    readonly placeholder: "placeholder";
};
/** The answers, each with its class (for the widget's own CSS and for tests; pages cannot see it). */
declare const ANSWER_CLASS: {
    readonly acceptAll: "accept-all";
    readonly rejectAll: "reject-all";
    readonly choose: "choose";
    readonly save: "save";
};
/**
 * Whether a URL field may become an href. The validator already refuses any scheme but
 * http(s); this second check keeps a `javascript:` URL out even if a host skipped it.
 */
export declare const safe: (url: string | undefined) => url is string;
/** One `<dt>`/`<dd>` pair, or nothing when the value is empty. */
export declare const row: (label: string, value: unknown) => typeof nothing | import("lit-html").TemplateResult<1>;
/** A link to a URL field that opens in a new tab; `fallback` when the field holds no usable URL. */
export declare const externalLink: (url: string | undefined, body: unknown, fallback?: unknown) => unknown;
/**
 * One of the answer buttons. They all look alike and share one part: its text is the string
 * `answer`, its click the view's function of the same name.
 */
export declare const answerButton: (view: View, answer: keyof typeof ANSWER_CLASS) => import("lit-html").TemplateResult<1>;
/** Category ids in display order: necessary first, then as the notice lists them. */
export declare const categoryIds: (categories: Record<string, Category>) => string[];
/** A category's title as a heading or label ("Statistikk"); its id when it has none. */
export declare const categoryTitle: (view: View, id: string) => string;
/** A category's title inside a sentence ("…til: statistikk og markedsføring"). */
export declare const categoryInSentence: (view: View, id: string) => string;
/** A service's name in the visitor's language (a notice may translate it); its id when it has none. */
export declare const serviceName: (view: View, service: Service) => string;
export {};
