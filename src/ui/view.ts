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

export const NECESSARY = 'necessary';

/**
 * An href for a URL field, or no attribute at all. The validator already refuses any scheme
 * but http(s); this second check keeps a `javascript:` URL out even if a host skipped it.
 */
export const link = (u: string | undefined) =>
  // Browsers drop tabs and newlines inside a URL and spaces around it ("java\tscript:").
  u && !/^(?!https?:)[a-z][\w+.-]*:/i.test(u.replace(/[\0- \x7f]/g, '')) ? u : nothing;

/** A decision's date and time in the visitor's language; the raw string if it is no date. */
export function when(iso: string, lang: string): string {
  const d = new Date(iso);
  return isNaN(+d) ? iso : d.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Category ids in display order: necessary first, then as the notice lists them. */
export const categoryIds = (cats: Record<string, Category>): string[] =>
  Object.keys(cats).sort((a, b) => +(b === NECESSARY) - +(a === NECESSARY));

export const categoryTitle = (v: View, id: string): string =>
  v.t(v.host.config.categories[id]?.title) || id;
