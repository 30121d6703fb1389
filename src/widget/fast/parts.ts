/**
 * The parts of samtykke that a page view fetches only when it needs them (SPEC §1, "The files
 * beside it"): the decision maker (with what a stamped notice needs), the validator, the visitor
 * interface, the receipts. The drop-in script fetches
 * them from its own directory; the bundler entry imports them (its bundler emits them).
 *
 * A part that cannot be fetched is reported once, with its URL, and its promise rejects: the
 * caller fails closed.
 */
import type { DecisionContext } from '../decide/decision.js';
import type { Config, Consent, Receipt, ValidationResult } from '../types.js';
import type { Controller, ReceiptKeeper } from './controller.js';
import type { mountPlaceholder } from './controls-placeholder.js';
import type { ValidatedNotice } from './notice.js';
import { trusted } from './gate.js';
import { PART_IMPORTS } from './part-imports.js';

/** The decision maker, and the Config of a notice validated ahead (decide/notice-part.ts). */
export interface NoticePart {
  makeDecision(context: DecisionContext): Consent;
  /** The Config of a notice whose stamp matches its text and rules edition; null: validate it. */
  stampedConfig(source: { text: string } | { object: unknown }): Promise<Config | null>;
}

/** The validator and the decision maker (decide/part.ts). */
export interface DecidePart {
  parseConfig(text: string): ValidationResult;
  validate(raw: unknown): ValidationResult;
  formatProblems(kind: 'error' | 'warning', problems: ValidationResult['errors']): string;
  makeDecision(context: DecisionContext): Consent;
}

/** What the interface is connected to (it builds its `WidgetHost` from this). */
export interface InterfaceConnection {
  /** The notice: its settings (`language`, `theme`, …) and its validated text to show. */
  notice: ValidatedNotice;
  controller: Controller;
  history(): Promise<Receipt[]>;
  gpcHonoured(): boolean;
  /** The page's transient user activation now (api.ts `userActivation()`): the receipt records it. */
  userActivation(): boolean;
  /** Where the sv, da and de strings are fetched from; none for bundles. */
  assetBase?: string;
}

/** The visitor interface (ui/part.ts): Lit, the element, both layers. */
export interface InterfacePart {
  /**
   * Upgrades the page's `<samtykke-widget>` and connects it to the controller. `focused`: the
   * class of the plain first layer's answer button that had focus when it gave way ("choose"),
   * for focus to move to its twin.
   */
  showInterface(
    element: HTMLElement,
    connection: InterfaceConnection,
    focused?: string,
  ): InterfaceElement | Promise<InterfaceElement>;
  /** Fetches the second layer and its words in `lang`, so it opens at once when asked. */
  prefetch(lang: string): Promise<unknown>;
}

/** The first layer in plain DOM, without Lit (ui/first-part.ts): what a first visit shows first. */
export interface FirstLayerPart {
  /**
   * Paints the first layer into the page's `<samtykke-widget>`. `choose(button)` opens the second
   * layer; `prefetch(lang)` is called once the page is idle after the buttons show.
   */
  showFirstLayer(
    element: HTMLElement,
    connection: InterfaceConnection,
    choose: (opener: HTMLElement) => void,
    prefetch: (lang: string) => void,
  ): Promise<FirstLayer>;
}

/** The painted plain first layer (ui/first-layer.ts). */
export interface FirstLayer {
  /** Takes it down; returns the class of the answer button that had focus, if one had. */
  remove(): string | undefined;
}

export interface InterfaceElement extends HTMLElement {
  show(): void;
}

/** What the cookie declarations of a privacy page are connected to. */
export interface DeclarationConnection {
  /** The notice: its settings (`language`, …) and its validated text to show. */
  notice: ValidatedNotice;
  controller: Controller;
  /** Opens the second layer (the API's `show()`). */
  show(): void;
  /** The page's transient user activation now (api.ts `userActivation()`): the receipt records it. */
  userActivation(): boolean;
  /** Where the sv, da and de strings are fetched from; none for bundles. */
  assetBase?: string;
}

/** `<samtykke-declaration>` (ui/declaration-part.ts), fetched only for a page that has one. */
export interface DeclarationPart {
  /** Defines the element and connects every one in the page, now and added later. */
  connectDeclarations(connection: DeclarationConnection): void;
}

/** The iframe placeholder (fast/controls-placeholder.ts), fetched only for a page with a blocked iframe. */
export interface PlaceholderPart {
  mountPlaceholder: typeof mountPlaceholder;
}

/** The receipts (proof/part.ts). */
export interface ReceiptsPart {
  createReceipts(options: { notice: ValidatedNotice; emit: ReceiptsEmit }): Receipts;
  /** Sends the receipts still queued from earlier page views (no decision needed for that). */
  deliverQueued(endpoint: string, emit: ReceiptsEmit): Promise<void>;
}

export interface Receipts extends ReceiptKeeper {
  history(): Promise<Receipt[]>;
  flush(force?: boolean): Promise<void>;
}

export type ReceiptsEmit = (receipt: Receipt, status: 'delivered' | 'queued') => void;

export interface Parts {
  /**
   * Asks ahead for the interface and its second layer with its words in `lang`, when the page is
   * idle after the plain first layer shows, so that "Choose" opens at once (even offline). Files
   * beside samtykke.js are fetched and parsed but not run (modulepreload): Lit's start-up waits
   * until the visitor asks for it. A bundle's parts are imported.
   */
  prefetchInterface(lang: string): void;
  notice(): Promise<NoticePart>;
  decide(): Promise<DecidePart>;
  ui(): Promise<InterfacePart>;
  first(): Promise<FirstLayerPart>;
  receipts(): Promise<ReceiptsPart>;
  declaration(): Promise<DeclarationPart>;
  placeholder(): Promise<PlaceholderPart>;
}

/** The parts by name (samtykke-<name>.mjs beside samtykke.js). */
type PartName = Exclude<keyof Parts, 'prefetchInterface'>;

/**
 * Each part loaded once; a failure is reported once, naming what could not be had. A part in
 * `retriable` that could not be fetched (the visitor was offline for a moment) is fetched again
 * the next time it is needed, so a later decision still gets its receipt; any other stays failed
 * for the page view, and nothing it would have opened opens.
 */
export function onceEach(
  load: { [Name in PartName]: () => Promise<Awaited<ReturnType<Parts[Name]>>> },
  where: (name: string) => string,
  retriable: ReadonlySet<PartName> = new Set(),
): Parts {
  const loaded: Partial<Record<PartName, Promise<unknown>>> = {};
  const get = <Name extends PartName>(name: Name) =>
    (loaded[name] ??= load[name]().catch((e: Error) => {
      if (retriable.has(name)) delete loaded[name];
      console.error(`samtykke: could not load ${where(name)} (${e.message}); nothing gated runs until it loads`);
      throw e;
    })) as ReturnType<Parts[Name]>;
  return {
    prefetchInterface: (lang) =>
      void get('ui').then(
        (ui) => ui.prefetch(lang),
        () => undefined,
      ),
    notice: () => get('notice'),
    decide: () => get('decide'),
    ui: () => get('ui'),
    first: () => get('first'),
    receipts: () => get('receipts'),
    declaration: () => get('declaration'),
    placeholder: () => get('placeholder'),
  };
}

/**
 * The first layer's words in the page's language, asked for at once beside the first layer's
 * part rather than one round trip after it: for sv, da and de their file beside samtykke.js
 * (`samtykke.<lang>.json`), for nb, nn and en the module of the first layer's words
 * (`samtykke-first-<lang>.mjs`). A bundle, with no files beside it, has no `assetBase`.
 */
export function preloadStrings(language: string, assetBase: string | undefined): void {
  if (!assetBase) return;
  // As the interface's fetch() asks: cors, same-origin credentials.
  if (['sv', 'da', 'de'].includes(language)) preload('preload', `samtykke.${language}.json`, assetBase);
  // nb, nn, en: the first layer's words (i18n/first/first-<lang>.ts), a module of their own.
  else preload('modulepreload', `samtykke-first-${language}.mjs`, assetBase);
}

/** The files already asked for with a preload link. */
const preloaded = new Set<string>();

/**
 * Asks at once for every file the part imports statically (PART_IMPORTS), beside it, so they
 * arrive with the part rather than one round trip after it. The module map then holds them when
 * the part's imports are resolved: one fetch each.
 */
function preloadImports(part: string, scriptUrl: string, nonce?: string): void {
  for (const dependency of PART_IMPORTS[part] ?? []) preload('modulepreload', `samtykke-${dependency}.mjs`, scriptUrl, nonce);
}

/** A `<link rel=…>` for `file` beside `base`, once per URL (a plain preload is of fetch()'s kind). */
function preload(rel: 'modulepreload' | 'preload', file: string, base: string, nonce?: string): void {
  const href = new URL(file, base).href;
  if (preloaded.has(href)) return;
  preloaded.add(href);
  const link = document.createElement('link');
  link.rel = rel;
  if (rel === 'preload') {
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  if (nonce) link.nonce = nonce;
  link.href = href;
  document.head.append(link);
}

/**
 * The parts as files beside the drop-in script: samtykke-notice.mjs, samtykke-decide.mjs, samtykke-ui.mjs,
 * samtykke-first.mjs, samtykke-receipts.mjs, samtykke-declaration.mjs, samtykke-placeholder.mjs.
 */
export function partsBeside(scriptUrl: string, nonce?: string): Parts {
  const url = (name: string) => new URL(`samtykke-${name}.mjs`, scriptUrl).href;
  /**
   * Failed loads per part. The HTML standard's module map may keep a URL that failed as failed
   * for the page's life, so a retry asks for the part under another URL. Only parts that no other file imports
   * are retried so: a second URL for the interface would be a second copy of it beside the one the
   * second layer imports.
   */
  const failures: Partial<Record<PartName, number>> = {};
  const retriable = new Set<PartName>(['receipts', 'declaration', 'placeholder']);
  const load = (name: PartName) => () => {
    const href = failures[name] ? `${url(name)}?retry=${failures[name]}` : url(name);
    preloadImports(name, scriptUrl, nonce);
    // A module script element delays the page's load event until the part has run, so code
    // that waits for `load` finds samtykke settled (the banner up, the notice validated).
    // import() then takes the same module from the browser's module map: one fetch, one run.
    const script = document.createElement('script');
    script.type = 'module';
    if (nonce) script.nonce = nonce;
    script.src = trusted().createScriptURL(href);
    document.head.append(script);
    return import(/* @vite-ignore */ href).catch((error: unknown) => {
      failures[name] = (failures[name] ?? 0) + 1;
      throw error;
    });
  };
  /**
   * The interface, the second layer, every chunk they import and the second layer's words, by
   * modulepreload: in the module map when "Choose" imports them, without having run.
   */
  const prefetchInterface = (lang: string) => {
    for (const part of ['ui', 'preferences']) {
      preload('modulepreload', `samtykke-${part}.mjs`, scriptUrl, nonce);
      preloadImports(part, scriptUrl, nonce);
    }
    preload('modulepreload', `samtykke-words-${lang}.mjs`, scriptUrl, nonce);
  };
  const parts = onceEach(
    {
      notice: load('notice'),
      decide: load('decide'),
      ui: load('ui'),
      first: load('first'),
      receipts: load('receipts'),
      declaration: load('declaration'),
      placeholder: load('placeholder'),
    },
    url,
    retriable,
  );
  return { ...parts, prefetchInterface };
}
