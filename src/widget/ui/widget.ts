/**
 * `<samtykke-widget>`: the face of samtykke. It renders the state of its `host` (the consent
 * core) and calls the host's methods; it never reads or writes a cookie, a gate or the network
 * itself. One shadow root; the views are render functions (banner.ts, preferences.ts,
 * notice.ts).
 *
 * It must never decide for the visitor: closing the dialog, Escape, scrolling or clicking the
 * page change nothing; only the buttons that say so call the host. It never renders config text
 * as markup (no innerHTML, no unsafeHTML): every text goes through a Lit text binding.
 */
import { html, nothing, render } from 'lit/html.js';
import { text } from '../notice/config.js';
import { en, loadStrings, ready, resolveLanguage, type Strings } from '../i18n/index.js';
import type { Receipt } from '../types.js';
import { banner } from './banner.js';
import type { WidgetHost } from './host.js';
import { preferences } from './preferences.js';
import { NECESSARY, type View } from './view.js';
import { widgetStyles } from './widget.styles.js';

/** The element that has focus, looking into open shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * The consent banner (first layer), the choices dialog (second layer) and the re-open button.
 *
 * @csspart banner - the first layer (fixed at the bottom of the viewport)
 * @csspart dialog - the second layer's `<dialog>`
 * @csspart button - every text button (Accept all, Reject all, Choose, Save choices)
 * @csspart button-accept - the Accept all buttons
 * @csspart button-reject - the Reject all buttons
 * @csspart button-choose - the first layer's Choose button
 * @csspart button-save - the second layer's Save choices button
 * @csspart switch - every category and service switch (`input[role=switch]`)
 * @csspart reopen - the small button that re-opens the choices after a decision
 * @csspart placeholder - (on `<samtykke-placeholder>`, see placeholder.ts) a blocked iframe's box
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
  /** The re-open button moved to the other corner, off a focused page element it would cover. */
  private _aside = false;

  private _host?: WidgetHost;
  private _unsubscribe?: () => void;
  private _subscribed?: WidgetHost;
  /** Where focus goes back to when the dialog closes. */
  private _opener?: Element | null;
  private _s: Strings = en;
  /** The render to come (or the strings it waits for); undefined when the view is current. */
  private _pending?: Promise<unknown>;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [widgetStyles()];
  }

  /** The consent core. Set by it; nothing renders while undefined. */
  get host(): WidgetHost | undefined {
    return this._host;
  }

  set host(h: WidgetHost | undefined) {
    this._host = h;
    // Start fetching sv, da or de now: iframe placeholders mounted in this task wait for it too.
    if (h?.assetBase) void loadStrings(resolveLanguage(h.config.language), h.assetBase);
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
      render(nothing, this.shadowRoot!);
      return;
    }
    const lang = resolveLanguage(h.config.language);
    // sv, da and de come from a file next to the script; without knowing where that is, English.
    const s = ready(lang) || (h.assetBase ? undefined : en);
    if (!s) {
      // Render nothing until they are here, rather than English that turns Swedish a moment later.
      this._pending = loadStrings(lang, h.assetBase).then(() => this._update());
      return;
    }
    this._s = s;
    render(this._view(h, s, s === en ? 'en' : lang), this.shadowRoot!);
  }

  private _view(h: WidgetHost, s: Strings, lang: string) {
    const act = (decide: () => Promise<unknown>) => () => this._act(decide);
    const v: View = {
      host: h,
      lang,
      s,
      t: (x) => text(x, lang),
      choices: this._choices,
      history: this._history,
      acceptAll: act(() => h.acceptAll()),
      rejectAll: act(() => h.rejectAll()),
      save: act(() => h.save(this._every((id) => this._choices[id]))),
      choose: (e) => this._show(e.currentTarget as Element),
      close: () => this.hide(),
      // A category switch sets its services' switches to match.
      category: (id, on) => {
        const c = { ...this._choices, [id]: on };
        for (const sv of h.services()) if (sv.category === id) c[sv.id] = on;
        this._setChoices(c);
      },
      // A service switched on switches its category on; switched off, the category stays.
      service: (sv, on) => this._setChoices({ ...this._choices, [sv.id]: on, ...(on ? { [sv.category]: true } : {}) }),
    };
    // All six languages are written left to right.
    return html`<div class="t ${h.config.theme}" lang=${lang} dir="ltr">
      ${h.consent === null
        ? banner(v)
        : html`<button
            class="reopen ${this._aside ? 'aside' : ''}"
            part="reopen"
            aria-label=${s.reopen}
            title=${s.reopen}
            @click=${v.choose}
          >
            <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
              <path d="M12 1 3 5v6c0 5.5 3.8 10.7 9 12 5.2-1.3 9-6.5 9-12V5zm-2 16-4-4 1.4-1.4 2.6 2.6 6.6-6.6L18 9z" />
            </svg>
          </button>`}
      <dialog part="dialog" aria-labelledby="st" @close=${this._onClose} @keydown=${this._trap}>
        ${this._open ? preferences(v) : nothing}
      </dialog>
      <div class="sr" role="status" aria-live="polite">${this._status}</div>
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

  private async _show(opener: Element | null) {
    const h = this.host;
    if (!h || this._open || !this.isConnected) return;
    this._opener = opener;
    // Off unless granted now; necessary always on. A service the decision does not name follows
    // its category (SPEC §5).
    const c = h.consent;
    this._choices = this._every((id, category) =>
      category ? (c?.services[id] ?? c?.categories[category]) : c?.categories[id],
    );
    this._history = undefined;
    h.history()
      .catch(() => [])
      .then((r) => {
        this._history = r;
        this.requestUpdate();
      });
    this._open = true;
    this.requestUpdate();
    await this.updateComplete;
    const d = this._dialog();
    if (d && !d.open && this._open) d.showModal();
  }

  /**
   * Every category id and every service id (`category` given for a service), each on where
   * `on` says so; necessary always on. The shape `host.save` takes (method `custom`).
   */
  private _every(on: (id: string, category?: string) => unknown): Record<string, boolean> {
    const h = this.host!;
    const out: Record<string, boolean> = {};
    for (const id of Object.keys(h.config.categories)) out[id] = id === NECESSARY || !!on(id);
    for (const sv of h.services()) out[sv.id] = sv.category === NECESSARY || !!on(sv.id, sv.category);
    return out;
  }

  private _setChoices(c: Record<string, boolean>) {
    this._choices = c;
    this.requestUpdate();
  }

  /** Runs a decision, closes the dialog, announces it, and keeps focus somewhere sensible. */
  private async _act(decide: () => Promise<unknown>) {
    const focused = !!this.shadowRoot?.activeElement;
    await decide();
    const d = this._dialog();
    if (d?.open) d.close(); // _onClose puts focus back
    else if (focused) this._refocus(null);
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
    const o = this._opener;
    this._opener = undefined;
    this._refocus(o);
  };

  /**
   * showModal() makes the page inert, but Tab can still leave the document for the browser's
   * own controls; wrap it between the first (close) and last (Reject all) control instead.
   */
  private _trap = (e: KeyboardEvent) => {
    if (e.key !== 'Tab') return;
    const d = e.currentTarget as HTMLDialogElement;
    const first = d.querySelector<HTMLElement>('.x');
    const last = d.querySelector<HTMLElement>('.ft .btn:last-child');
    const a = this.shadowRoot!.activeElement;
    if (e.shiftKey ? a === first || a === d : a === last) {
      e.preventDefault();
      (e.shiftKey ? last : first)?.focus();
    }
  };

  /** Any page element with `data-samtykke-open` opens the second layer. */
  private _onPageClick = (e: Event) => {
    const o = (e.target as Element).closest?.('[data-samtykke-open]');
    if (o) {
      e.preventDefault();
      this._show(o);
    }
  };

  /**
   * WCAG 2.2 "focus not obscured": a page element that gets focus under the banner is scrolled
   * above it; under the re-open button, the button moves to the other corner.
   */
  private _onPageFocus = (e: FocusEvent) => {
    const t = e.target;
    const box = this.shadowRoot!.querySelector('.banner, .reopen');
    if (t === this || !(t instanceof Element) || !box) return;
    const r = t.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.bottom <= b.top || r.top >= b.bottom || r.right <= b.left || r.left >= b.right) return;
    if (box.classList.contains('banner')) {
      // Only content that scrolls with the page can be brought out from under it.
      let e: Element = t;
      while (e instanceof HTMLElement && e.offsetParent) e = e.offsetParent;
      if (getComputedStyle(e).position !== 'fixed') scrollBy(0, r.bottom - b.top + 8);
    } else {
      this._aside = !this._aside;
      this.requestUpdate();
    }
  };
}

if (!customElements.get('samtykke-widget')) customElements.define('samtykke-widget', SamtykkeWidget);

declare global {
  interface HTMLElementTagNameMap {
    'samtykke-widget': SamtykkeWidget;
  }
}
