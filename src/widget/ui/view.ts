/**
 * What every view (banner, preferences, notice summary) renders from: one object the widget
 * makes per render, with the host, the language and its strings, the second layer's state, the
 * visitor's answers, and small helpers that turn notice data into display text. Views only ever
 * bind config text as text; links come from URL fields alone, through `safe()`.
 */
import { html, nothing } from 'lit/html.js';
import { inSentence, type Strings } from '../i18n/index.js';
import type { Category, Receipt, Service, Text } from '../types.js';
import type { WidgetHost } from './host.js';
import { safe } from './safe.js';

export { safe };

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
  // The answers, named as the strings of their buttons (see `answerButton()`). `event` is the
  // click that asked: only a real one inside the widget counts as the visitor's own. Each settles
  // when the decision is made or refused; any other failure rejects, and as a click listener it is
  // left to surface as an unhandled rejection (the console shows it): the dialog cannot mend it.
  acceptAll(event?: Event): Promise<void>;
  rejectAll(event?: Event): Promise<void>;
  save(event?: Event): Promise<void>;
  /** Opens the second layer; focus returns to the clicked element on close. */
  choose(event: Event): void;
  close(): void;
  category(id: string, on: boolean): void;
  service(service: Service, on: boolean): void;
}

export const NECESSARY = 'necessary';

/**
 * The CSS parts (`::part()`) a page may style: the element's public styling surface, written
 * out once. The answer buttons share the one part `button` on purpose (SPEC §4): no page rule
 * can single out *Reject all* to shrink, fade or hide it. Colours, radius and font stay
 * themeable through the `--samtykke-*` custom properties.
 */
export const PART = {
  banner: 'banner',
  dialog: 'dialog',
  button: 'button',
  switch: 'switch',
  placeholder: 'placeholder',
} as const;

/** The answers, each with its class (for the widget's own CSS and for tests; pages cannot see it). */
const ANSWER_CLASS = {
  acceptAll: 'accept-all',
  rejectAll: 'reject-all',
  choose: 'choose',
  save: 'save',
} as const;

/** One `<dt>`/`<dd>` pair, or nothing when the value is empty. */
export const row = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);

/** A link to a URL field that opens in a new tab; `fallback` when the field holds no usable URL. */
export const externalLink = (url: string | undefined, body: unknown, fallback: unknown = nothing) =>
  safe(url) ? html`<a href=${url} rel="noopener" target="_blank">${body}</a>` : fallback;

/**
 * One of the answer buttons. They all look alike and share one part: its text is the string
 * `answer`, its click the view's function of the same name.
 */
export const answerButton = (view: View, answer: keyof typeof ANSWER_CLASS) =>
  html`<button class="button ${ANSWER_CLASS[answer]}" part=${PART.button} @click=${view[answer]}>${view.strings[answer]}</button>`;

/** Category ids in display order: necessary first, then as the notice lists them. */
export const categoryIds = (categories: Record<string, Category>): string[] =>
  Object.keys(categories).sort((a, b) => +(b === NECESSARY) - +(a === NECESSARY));

/**
 * Whether the notice offers a choice: a category besides `necessary`. A notice without one asks
 * nothing (SPEC §4): no first layer, and a second layer that only shows the notice. (The fast
 * path decides the same from its own reading, fast/begin.ts `asksConsent`.)
 */
export const offersChoice = (categories: Record<string, Category>): boolean =>
  Object.keys(categories).some((id) => id !== NECESSARY);

/** The first layer shows: no decision yet, and the notice has something to ask (SPEC §4). */
export const asks = (host: WidgetHost): boolean => host.consent === null && offersChoice(host.config.categories);

/** A category's title as a heading or label ("Statistikk"); its id when it has none. */
export const categoryTitle = (view: View, id: string): string => view.text(view.host.config.categories[id]?.title) || id;

/** A category's title inside a sentence ("…til statistikk og markedsføring"). */
export const categoryInSentence = (view: View, id: string): string => inSentence(categoryTitle(view, id), view.lang);

/** A service's name in the visitor's language (a notice may translate it); its id when it has none. */
export const serviceName = (view: View, service: Service): string => view.text(service.name) || service.id;
