/**
 * The declaration part (`samtykke-declaration.mjs`): `<samtykke-declaration>`, the cookie
 * declaration for a site's privacy page. The fast path fetches this file only on a page that
 * has such an element when the DOM is ready, and connects it here to the validated notice and
 * the controller; a page without one never downloads it.
 *
 * Provenance is decided from the event itself, as in the interface part (ui/part.ts): a
 * withdrawal counts as the visitor's own (`via: "dialog"`, the closest value SPEC §7 has) only
 * when a real, trusted click inside the element asked for it; a page script that calls
 * `click()` on the button is recorded as `via: "api"`. It never decides anything on its own.
 */
import { nothing, render } from 'lit/html.js';
import type { Provenance } from '../fast/controller.js';
import type { DeclarationConnection, DeclarationPart } from '../fast/parts.js';
import { DECLARATION_WORDS } from '../i18n/declaration.js';
import { loadNoticeWords, noticeWords } from '../i18n/notice-words.js';
import { en, loadStrings, ready, unbundled } from '../i18n/index.js';
import { text } from '../notice/text.js';
import { declaration } from './declaration.js';
import { declarationStyles } from './declaration.styles.js';
// The declaration builds on the interface part (Lit, the theme, the strings, the trusted-click
// rule) and imports it whole, so the build keeps the interface's file as a first visit
// downloads it (no chunk split off for what the two share), and "Change" finds it loaded.
import { provenanceOf as interfaceProvenance } from './host-for.js';

/** What every declaration on the page renders from, once the fast path has connected them. */
let connection: DeclarationConnection | undefined;

/**
 * The provenance of a decision asked for by `trigger` inside `element`: the interface's rule (a
 * trusted event inside the element is the visitor's own), recorded as `dialog`, since SPEC §7's
 * `via` has no value for the declaration.
 */
function provenanceOf(trigger: Event | undefined, element: Element, activation: boolean): Provenance {
  const provenance = interfaceProvenance(trigger, element, activation);
  return provenance.via === 'api' ? provenance : { ...provenance, via: 'dialog' };
}

/**
 * The cookie declaration: every category of the notice as a table of its services (provider
 * and role, purpose, each cookie with its duration, transfers), the visitor's current choice
 * with its consent id and date, and buttons to change it (the second layer) or withdraw it.
 * It follows every change of the decision, from this tab, another tab or the API.
 *
 * @csspart button - the Change and Withdraw buttons (the same part as the widget's answers)
 *
 * Styled by the same `--samtykke-*` custom properties as `<samtykke-widget>`; prints in full.
 */
export class SamtykkeDeclaration extends HTMLElement {
  private _container: HTMLElement;
  private _unsubscribe?: () => void;
  /** The render to come (or the strings it waits for); undefined when the view is current. */
  private _pending?: Promise<unknown>;

  constructor() {
    super();
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [declarationStyles()];
    this._container = root.appendChild(document.createElement('div'));
  }

  connectedCallback(): void {
    this._unsubscribe?.();
    this._unsubscribe = connection?.controller.subscribe(() => this.requestUpdate());
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this._unsubscribe?.();
    this._unsubscribe = undefined;
  }

  /** Renders in a microtask: every change made in one task renders once. */
  requestUpdate(): void {
    this._pending ||= Promise.resolve().then(() => this._update());
  }

  /** Resolves when nothing is left to render, strings still loading included. */
  get updateComplete(): Promise<boolean> {
    return this._pending ? this._pending.then(() => this.updateComplete) : Promise.resolve(true);
  }

  private _update(): void {
    this._pending = undefined;
    const connected = connection;
    if (!connected) {
      render(nothing, this._container);
      return;
    }
    const { notice, controller } = connected;
    const lang = notice.language;
    // sv, da and de come from a file beside samtykke.js; without knowing where, English.
    const strings = ready(lang) || (connected.assetBase ? undefined : unbundled(lang));
    if (!strings) {
      this._pending = loadStrings(lang, connected.assetBase).then(() => this._update());
      return;
    }
    // English throughout when the language's strings could not be had.
    const shown = strings === en ? 'en' : lang;
    const words = noticeWords(shown);
    if (!words) {
      this._pending = loadNoticeWords(shown).then(
        () => this._update(),
        () => undefined, // reported by the loader; the element stays empty
      );
      return;
    }
    render(
      declaration({
        config: notice.text,
        consent: controller.current(),
        lang: shown,
        strings,
        words: DECLARATION_WORDS[shown],
        notice: words,
        text: (value) => text(value, shown),
        change: () => connected.show(),
        withdraw: (event) =>
          void controller.decide('withdraw', {}, provenanceOf(event, this, connected.userActivation())).catch(() => undefined),
      }),
      this._container,
    );
  }
}

export const connectDeclarations: DeclarationPart['connectDeclarations'] = (connected) => {
  connection = connected;
  // Defining the element upgrades the ones in the page, and any added later; their
  // connectedCallback finds the connection. Already defined: reconnect those in the page.
  if (!customElements.get('samtykke-declaration')) customElements.define('samtykke-declaration', SamtykkeDeclaration);
  else for (const element of document.querySelectorAll('samtykke-declaration')) element.connectedCallback();
};

declare global {
  interface HTMLElementTagNameMap {
    'samtykke-declaration': SamtykkeDeclaration;
  }
}
