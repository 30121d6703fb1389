/**
 * What every view (banner, preferences, notice summary) gets to render with: the host, the
 * language and its strings, and small helpers that turn notice data into display text. Views
 * only ever bind config text as text; links come from URL fields alone, through `link()`.
 */
import { nothing } from 'lit/html.js';
import type { Strings } from '../i18n/index.js';
import type { Category, Text } from '../types.js';
import type { WidgetHost } from './host.js';
export interface View {
    host: WidgetHost;
    lang: string;
    s: Strings;
    /** A notice text in the widget's language. */
    t(x: Text | undefined): string;
}
export declare const NECESSARY = "necessary";
/**
 * An href for a URL field, or no attribute at all. The validator already refuses any scheme
 * but http(s); this second check keeps a `javascript:` URL out even if a host skipped it.
 */
export declare const link: (u: string | undefined) => string | typeof nothing;
/** A decision's date and time in the visitor's language; the raw string if it is no date. */
export declare function when(iso: string, lang: string): string;
/** Category ids in display order: necessary first, then as the notice lists them. */
export declare const categoryIds: (cats: Record<string, Category>) => string[];
export declare const categoryTitle: (v: View, id: string) => string;
