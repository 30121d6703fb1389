/**
 * What every view (banner, preferences, notice summary) renders from: one object the widget
 * makes per render, with the host, the language and its strings, the second layer's state, the
 * visitor's answers, and small helpers that turn notice data into display text. Views only ever
 * bind config text as text; links come from URL fields alone, through `safe()`.
 */
import { html, nothing } from 'lit/html.js';
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
  // The answers, named as the strings of their buttons (see `button()`).
  acceptAll(): void;
  rejectAll(): void;
  save(): void;
  /** Opens the second layer; focus returns to the clicked element on close. */
  choose(e: Event): void;
  close(): void;
  category(id: string, on: boolean): void;
  service(sv: Service, on: boolean): void;
}

export const NECESSARY = 'necessary';

/**
 * Whether a URL field may become an href. The validator already refuses any scheme but
 * http(s); this second check keeps a `javascript:` URL out even if a host skipped it.
 */
export const safe = (u: string | undefined): u is string =>
  // Browsers drop tabs and newlines inside a URL and spaces around it ("java\tscript:").
  !!u && !/^(?!https?:)[a-z][\w+.-]*:/i.test(u.replace(/[\0- \x7f]/g, ''));

/** A link to a URL field that opens in a new tab; `alt` when the field holds no usable URL. */
export const ext = (u: string | undefined, body: unknown, alt: unknown = nothing) =>
  safe(u) ? html`<a href=${u} rel="noopener" target="_blank">${body}</a>` : alt;

/**
 * One of the answer buttons, which all look alike: its text is the string `key`, its click the
 * view's function of the same name, its part `button button-accept` (-reject, -choose, -save).
 */
export const button = (v: View, key: 'acceptAll' | 'rejectAll' | 'choose' | 'save') =>
  html`<button class="btn" part="button button-${key.slice(0, 6)}" @click=${v[key]}>${v.s[key]}</button>`;

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
