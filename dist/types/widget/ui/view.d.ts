import type { Strings } from '../i18n/index.js';
import type { Category, Receipt, Service, Text } from '../types.js';
import type { WidgetHost } from './host.js';
export interface View {
    host: WidgetHost;
    lang: string;
    s: Strings;
    /** A notice text in the widget's language. */
    t(x: Text | undefined): string;
    /** The second layer's working copy of the choices, category and service ids. */
    choices: Record<string, boolean>;
    /** The visitor's receipts, newest first; undefined while loading. */
    history: Receipt[] | undefined;
    acceptAll(): void;
    rejectAll(): void;
    save(): void;
    /** Opens the second layer; focus returns to the clicked element on close. */
    choose(e: Event): void;
    close(): void;
    category(id: string, on: boolean): void;
    service(sv: Service, on: boolean): void;
}
export declare const NECESSARY = "necessary";
/**
 * Whether a URL field may become an href. The validator already refuses any scheme but
 * http(s); this second check keeps a `javascript:` URL out even if a host skipped it.
 */
export declare const safe: (u: string | undefined) => u is string;
/** A link to a URL field that opens in a new tab; `alt` when the field holds no usable URL. */
export declare const ext: (u: string | undefined, body: unknown, alt?: unknown) => unknown;
/**
 * One of the answer buttons, which all look alike: its text is the string `key`, its click the
 * view's function of the same name, its part `button button-accept` (-reject, -choose, -save).
 */
export declare const button: (v: View, key: "acceptAll" | "rejectAll" | "choose" | "save") => import("lit-html").TemplateResult<1>;
/** A decision's date and time in the visitor's language; the raw string if it is no date. */
export declare function when(iso: string, lang: string): string;
/** Category ids in display order: necessary first, then as the notice lists them. */
export declare const categoryIds: (cats: Record<string, Category>) => string[];
export declare const categoryTitle: (v: View, id: string) => string;
