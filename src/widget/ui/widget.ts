/**
 * `<samtykke-widget>`: the face of samtykke. It renders the state of its `host` (the consent
 * core) and calls the host's methods; it never reads or writes a cookie, a gate or the network
 * itself. One shadow root, shared with the fast path's re-open control; the views are render
 * functions (banner.ts; preferences.ts, fetched when the page is idle or the dialog opens).
 *
 * It must never decide for the visitor: closing the dialog, Escape, scrolling or clicking the
 * page change nothing; only the buttons that say so call the host. It never renders config text
 * as markup (no innerHTML, no unsafeHTML): every text goes through a Lit text binding.
 */
import { html, nothing, render } from 'lit/html.js';
import { text } from '../notice/text.js';
import { en, loadStrings, ready, unbundled, type Strings } from '../i18n/index.js';
import { noticeWords } from '../i18n/notice-words.js';
import type { Receipt } from '../types.js';
import { banner } from './banner.js';
import type { WidgetHost } from './host.js';
import type { preferences } from './preferences.js';
import { PART, asks, type View } from './view.js';
import { afterCategorySwitch, afterServiceSwitch, currentChoices, everyChoice } from './choices.js';
import { deepActive, keepFocusVisible, trapTab } from './dialog-focus.js';
import { loadSecondLayer, whenIdle } from './loading.js';
import { widgetSheets } from './widget.styles.js';
import { decided } from './refused.js';

/**
 * The consent banner (first layer) and the choices dialog (second layer).
 *
 * @csspart banner - the first layer (fixed at the bottom of the viewport)
 * @csspart dialog - the second layer's `<dialog>`
 * @csspart button - every answer button alike (Accept all, Reject all, Choose, Save choices, and
 *   a placeholder's Allow and show): one part, so no page rule can style one answer apart (SPEC §4)
 * @csspart switch - every category and service switch (`input[role=switch]`)
 * @csspart placeholder - (on `<samtykke-placeholder>`, see fast/controls.ts) a blocked iframe's box
 *
 * The parts are listed once, in `PART` (view.ts). Class names and ids inside the shadow root
 * are the widget's own and may change; pages style through the parts and properties only.
 *
 * @cssproperty --samtykke-bg - background (light #fff, dark #1e1e22)
 * @cssproperty --samtykke-fg - text colour (light #1d1d20, dark #f1f1f4)
 * @cssproperty --samtykke-accent - buttons, links, switches on, focus ring (light #1a56db, dark #8ab4f8)
 * @cssproperty --samtykke-accent-fg - text on the accent colour (light #fff, dark #10131a)
 * @cssproperty --samtykke-border - borders and switches off (light #6e6e78, dark #8e8e9a)
 * @cssproperty --samtykke-radius - corner radius (8px)
 * @cssproperty --samtykke-font - font family (the system UI font)
 * @cssproperty --samtykke-z - z-index of the banner and the re-open button (2147483000)
 *
 * A site that sets a colour sets it for both themes; set it inside its own
 * `@media (prefers-color-scheme: dark)` to theme them apart.
 *
 * A plain custom element over lit-html's `render()`: state changes call `requestUpdate()`,
 * which renders once per microtask; `updateComplete` resolves when the view is current (tests
 * await it). No ReactiveElement: it would cost more than the whole of this class.
 */
export class SamtykkeWidget extends HTMLElement {
  /** The second layer's contents are rendered (the dialog is open or about to be). */
  private _open = false;
  /** The second layer's working copy of the choices, category and service ids. */
  private _choices: Record<string, boolean> = {};
  private _history: Receipt[] | undefined;
  /** Text of the live region. */
  private _status = '';
  /** Where the views render: beside the re-open control in the one shadow root. */
  private _container: HTMLElement;
  /** The second layer's view, fetched on idle after the first layer shows, or when opened. */
  private _preferences?: typeof preferences;
  /** The second layer is being opened (its view may still be on its way). */
  private _opening?: Promise<void>;
  private _host?: WidgetHost;
  private _unsubscribe?: () => void;
  private _subscribed?: WidgetHost;
  /** Where focus goes back to when the dialog closes. */
  private _opener?: Element | null;
  private _s: Strings = en;
  /** The language shown (English where its strings could not be had). */
  private _lang = 'en';
  /** The render to come (or the strings it waits for); undefined when the view is current. */
  private _pending?: Promise<unknown>;

  constructor() {
    super();
    // The re-open control may have made the root, the plain first layer adopted its sheet: each sheet once.
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const sheets = widgetSheets();
    root.adoptedStyleSheets = [...sheets, ...root.adoptedStyleSheets.filter((sheet) => !sheets.includes(sheet))];
    this._container = root.appendChild(document.createElement('div'));
    this._container.className = 'interface';
  }

  /** The consent core. Set by it; nothing renders while undefined. */
  get host(): WidgetHost | undefined {
    return this._host;
  }

  set host(h: WidgetHost | undefined) {
    this._host = h;
    // Start fetching sv, da or de now: iframe placeholders mounted in this task wait for it too.
    if (h?.assetBase) void loadStrings(h.language, h.assetBase);
    this._subscribe();
    this.requestUpdate();
  }

  /** Opens the second layer (a modal dialog). Focus returns to the current element on close. */
  show(): void {
    this._show(deepActive());
  }

  /** Closes the second layer, if open. Closing is not a decision. */
  hide(): void {
    const d = this._dialog();
    if (d?.open) d.close();
    else {
      this._open = false; // asked to hide before it was shown
      this.requestUpdate();
    }
  }

  /** Renders in a microtask: every change made in one task renders once. */
  requestUpdate(): void {
    this._pending ||= Promise.resolve().then(() => this._update());
  }

  /** Resolves when nothing is left to render, strings still loading included. */
  get updateComplete(): Promise<boolean> {
    const opening = this._opening;
    if (opening) return opening.then(() => this.updateComplete);
    return this._pending ? this._pending.then(() => this.updateComplete) : Promise.resolve(true);
  }

  connectedCallback(): void {
    document.addEventListener('click', this._onPageClick);
    document.addEventListener('focusin', this._onPageFocus);
    this._subscribe();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    document.removeEventListener('click', this._onPageClick);
    document.removeEventListener('focusin', this._onPageFocus);
    this._subscribe();
  }

  private _update() {
    this._pending = undefined;
    const h = this.host;
    if (!h) {
      render(nothing, this._container);
      return;
    }
    const lang = h.language;
    // sv, da and de come from a file next to the script; without knowing where that is, English.
    const s = ready(lang) || (h.assetBase ? undefined : unbundled(lang));
    if (!s) {
      // Render nothing until they are here, rather than English that turns Swedish a moment later.
      this._pending = loadStrings(lang, h.assetBase).then(() => this._update());
      return;
    }
    this._s = s;
    this._lang = s === en ? 'en' : lang;
    render(this._view(h, s, this._lang), this._container);
    // The first layer is up: fetch the second while the visitor reads, so Choose opens at once.
    if (asks(h)) whenIdle(() => loadSecondLayer(this._lang).catch(() => undefined));
  }

  private _view(h: WidgetHost, s: Strings, lang: string) {
    const choice = (id: string) => this._choices[id];
    const v: View = {
      host: h,
      lang,
      strings: s,
      text: (value) => text(value, lang),
      choices: this._choices,
      history: this._history,
      acceptAll: (e) => this._act(() => h.acceptAll(e)),
      rejectAll: (e) => this._act(() => h.rejectAll(e)),
      save: (e) => this._act(() => h.save(everyChoice(h, choice), e)),
      choose: (e) => this._show(e.currentTarget as Element),
      close: () => this.hide(),
      category: (id, on) => this._setChoices(afterCategorySwitch(h, this._choices, id, on)),
      service: (service, on) => this._setChoices(afterServiceSwitch(this._choices, service, on)),
    };
    const words = noticeWords(lang); // fetched with the second layer, before it opens
    // All six languages are written left to right.
    return html`<div class="widget theme-${h.config.theme}" lang=${lang} dir="ltr">
      ${asks(h) ? banner(v) : nothing}
      <dialog part=${PART.dialog} aria-labelledby="dialog-title" @close=${this._onClose} @keydown=${this._trap}>
        ${this._open && this._preferences && words ? this._preferences(v, words) : nothing}
      </dialog>
      <div class="visually-hidden" role="status" aria-live="polite">${this._status}</div>
    </div>`;
  }

  /** Listens to the host while connected (and to no other). */
  private _subscribe() {
    const h = this.isConnected ? this.host : undefined;
    if (this._subscribed === h) return;
    this._unsubscribe?.();
    this._subscribed = h;
    this._unsubscribe = h?.subscribe(() => this.requestUpdate());
  }

  private _dialog() {
    return this.shadowRoot!.querySelector('dialog');
  }

  private _show(opener: Element | null) {
    if (!this.host || this._open || this._opening || !this.isConnected) return;
    this._opening = this._openDialog(opener).finally(() => (this._opening = undefined));
  }

  private async _openDialog(opener: Element | null) {
    this._opener = opener;
    try {
      this._preferences ??= await loadSecondLayer(this._lang);
    } catch {
      return; // the second layer could not be fetched (reported by the loader)
    }
    const h = this.host;
    if (!h || this._open || !this.isConnected) return;
    this._choices = currentChoices(h);
    this._history = undefined;
    void h
      .history()
      .catch(() => []) // without its history the dialog still works: it lists no past decisions
      .then((r) => {
        this._history = r;
        this.requestUpdate();
      });
    this._open = true;
    this.requestUpdate();
    await this._rendered();
    const d = this._dialog();
    if (d && !d.open && this._open && this.isConnected) d.showModal();
  }

  /** Resolves when no render is pending (strings still loading included). */
  private _rendered(): Promise<unknown> {
    return this._pending ? this._pending.then(() => this._rendered()) : Promise.resolve();
  }

  private _setChoices(c: Record<string, boolean>) {
    this._choices = c;
    this.requestUpdate();
  }

  /** Runs a decision, closes the dialog, announces it, and keeps focus somewhere sensible. */
  private async _act(decide: () => Promise<unknown>) {
    const focused = !!this.shadowRoot?.activeElement;
    if (!(await decided(decide))) return; // a page script's click(): refused, nothing recorded
    const d = this._dialog();
    if (d?.open)
      d.close(); // _onClose puts focus back
    else if (focused) void this._refocus(null); // focus only: it waits for a render, which does not fail
    this._status = '';
    this.requestUpdate();
    await this.updateComplete;
    this._status = this._s.saved;
    this.requestUpdate();
  }

  /** Focus to `el` if it is still there, else to the re-open button (the banner may be gone). */
  private async _refocus(el: Element | null | undefined) {
    await this.updateComplete;
    const target = el?.isConnected ? el : this.shadowRoot!.querySelector('.reopen');
    (target as HTMLElement | null)?.focus();
  }

  private _onClose = () => {
    this._open = false;
    this.requestUpdate();
    void this._refocus(this._opener); // focus only: it waits for a render, which does not fail
    this._opener = undefined;
  };

  /** Tab stays inside the open dialog (focus.ts). */
  private _trap = (e: KeyboardEvent) => trapTab(e, this.shadowRoot!);

  /** Any page element with `data-samtykke-open` opens the second layer. */
  private _onPageClick = (e: Event) => {
    const o = (e.target as Element).closest?.('[data-samtykke-open]');
    if (o) {
      e.preventDefault();
      this._show(o);
    }
  };

  /** A page element focused under the first layer is scrolled out from under it (focus.ts). */
  private _onPageFocus = (e: FocusEvent) => {
    const banner = this._container.querySelector('.banner');
    if (e.target !== this && e.target instanceof Element && banner) keepFocusVisible(e.target, banner);
  };
}

if (!customElements.get('samtykke-widget')) customElements.define('samtykke-widget', SamtykkeWidget);

declare global {
  interface HTMLElementTagNameMap {
    'samtykke-widget': SamtykkeWidget;
  }
}
