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
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { text } from '../config.js';
import { resolveLanguage, strings, type Strings } from '../i18n/index.js';
import type { Receipt, Service } from '../types.js';
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
 */
export class SamtykkeWidget extends LitElement {
  static override styles = widgetStyles;

  static override properties = {
    host: { attribute: false },
    _open: { state: true },
    _choices: { state: true },
    _history: { state: true },
    _status: { state: true },
    _aside: { state: true },
  };

  /** The consent core. Set by it; nothing renders while undefined. */
  declare host: WidgetHost | undefined;
  /** The second layer's contents are rendered (the dialog is open or about to be). */
  declare private _open: boolean;
  /** The second layer's working copy of the choices, category and service ids. */
  declare private _choices: Record<string, boolean>;
  declare private _history: Receipt[] | undefined;
  /** Text of the live region. */
  declare private _status: string;
  /** The re-open button moved to the other corner, off a focused page element it would cover. */
  declare private _aside: boolean;

  private _unsubscribe?: () => void;
  private _subscribed?: WidgetHost;
  /** Where focus goes back to when the dialog closes. */
  private _opener?: Element | null;
  private _lang = 'en';
  private _s: Strings = strings('en');

  constructor() {
    super();
    this._open = false;
    this._choices = {};
    this._status = '';
    this._aside = false;
  }

  /** Opens the second layer (a modal dialog). Focus returns to the current element on close. */
  show(): void {
    this._show(deepActive());
  }

  /** Closes the second layer, if open. Closing is not a decision. */
  hide(): void {
    const d = this._dialog();
    if (d?.open) d.close();
    else this._open = false; // asked to hide before it was shown
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this._onPageClick);
    document.addEventListener('focusin', this._onPageFocus);
    this._subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this._onPageClick);
    document.removeEventListener('focusin', this._onPageFocus);
    this._unsubscribe?.();
    this._unsubscribe = this._subscribed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('host')) this._subscribe();
    if (this.host) {
      this._lang = resolveLanguage(this.host.config.language);
      this._s = strings(this._lang);
    }
  }

  protected override render() {
    const h = this.host;
    if (!h) return nothing;
    const s = this._s;
    const lang = this._lang;
    const v: View = { host: h, lang, s, t: (x) => text(x, lang) };
    // All six languages are written left to right.
    return html`<div class="t ${h.config.theme}" lang=${lang} dir="ltr">
      ${h.consent === null
        ? banner(v, {
            accept: () => this._act(() => h.acceptAll()),
            reject: () => this._act(() => h.rejectAll()),
            choose: (e) => this._show(e.currentTarget as Element),
          })
        : html`<button
            class="reopen ${this._aside ? 'aside' : ''}"
            part="reopen"
            aria-label=${s.reopen}
            title=${s.reopen}
            @click=${(e: Event) => this._show(e.currentTarget as Element)}
          >
            <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
              <path d="M12 1 3 5v6c0 5.5 3.8 10.7 9 12 5.2-1.3 9-6.5 9-12V5zm-2 16-4-4 1.4-1.4 2.6 2.6 6.6-6.6L18 9z" />
            </svg>
          </button>`}
      <dialog part="dialog" aria-labelledby="st" @close=${this._onClose} @keydown=${this._trap}>
        ${this._open
          ? preferences(
              v,
              { choices: this._choices, history: this._history },
              {
                close: () => this.hide(),
                save: () => this._act(() => h.save(this._collect())),
                accept: () => this._act(() => h.acceptAll()),
                reject: () => this._act(() => h.rejectAll()),
                category: (id, on) => this._setCategory(id, on),
                service: (sv, on) => this._setService(sv, on),
              },
            )
          : nothing}
      </dialog>
      <div class="sr" role="status" aria-live="polite">${this._status}</div>
    </div>`;
  }

  private _subscribe() {
    if (this._subscribed === this.host && this._unsubscribe) return;
    this._unsubscribe?.();
    this._subscribed = this.isConnected ? this.host : undefined;
    this._unsubscribe = this._subscribed?.subscribe(() => this.requestUpdate());
  }

  private _dialog() {
    return this.renderRoot?.querySelector('dialog');
  }

  private async _show(opener: Element | null) {
    const h = this.host;
    if (!h || this._open || !this.isConnected) return;
    this._opener = opener;
    // Off unless granted now; necessary always on. A service the decision does not name follows
    // its category (SPEC §5).
    const c = h.consent;
    const choices: Record<string, boolean> = {};
    for (const id of Object.keys(h.config.categories)) choices[id] = id === NECESSARY || !!c?.categories[id];
    for (const sv of h.services())
      choices[sv.id] = sv.category === NECESSARY || !!(c?.services[sv.id] ?? c?.categories[sv.category]);
    this._choices = choices;
    this._history = undefined;
    h.history().then(
      (r) => (this._history = r),
      () => (this._history = []),
    );
    this._open = true;
    await this.updateComplete;
    const d = this._dialog();
    if (d && !d.open && this._open) d.showModal();
  }

  /** Every category id and every service id, for `host.save` (method `custom`). */
  private _collect(): Record<string, boolean> {
    const h = this.host!;
    const out: Record<string, boolean> = {};
    for (const id of Object.keys(h.config.categories)) out[id] = id === NECESSARY || !!this._choices[id];
    for (const sv of h.services()) out[sv.id] = sv.category === NECESSARY || !!this._choices[sv.id];
    return out;
  }

  /** A category switch sets its services' switches to match. */
  private _setCategory(id: string, on: boolean) {
    const c = { ...this._choices, [id]: on };
    for (const sv of this.host!.services()) if (sv.category === id) c[sv.id] = on;
    this._choices = c;
  }

  /** A service switched on switches its category on; switched off, the category stays. */
  private _setService(sv: Service, on: boolean) {
    this._choices = { ...this._choices, [sv.id]: on, ...(on ? { [sv.category]: true } : {}) };
  }

  /** Runs a decision, closes the dialog, announces it, and keeps focus somewhere sensible. */
  private async _act(decide: () => Promise<unknown>) {
    const focused = !!this.shadowRoot?.activeElement;
    await decide();
    const d = this._dialog();
    if (d?.open) d.close(); // _onClose puts focus back
    else if (focused) this._refocus(null);
    this._status = '';
    await this.updateComplete;
    this._status = this._s.saved;
  }

  /** Focus to `el` if it is still there, else to the re-open button (the banner may be gone). */
  private async _refocus(el: Element | null | undefined) {
    await this.updateComplete;
    const target = el?.isConnected ? el : this.renderRoot.querySelector('.reopen');
    (target as HTMLElement | null)?.focus();
  }

  private _onClose = () => {
    this._open = false;
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
    const box = this.renderRoot.querySelector('.banner, .reopen');
    if (t === this || !(t instanceof Element) || !box) return;
    const r = t.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.bottom <= b.top || r.top >= b.bottom || r.right <= b.left || r.left >= b.right) return;
    if (box.classList.contains('banner')) {
      // Only content that scrolls with the page can be brought out from under it.
      let e: Element = t;
      while (e instanceof HTMLElement && e.offsetParent) e = e.offsetParent;
      if (getComputedStyle(e).position !== 'fixed') scrollBy(0, r.bottom - b.top + 8);
    } else this._aside = !this._aside;
  };
}

if (!customElements.get('samtykke-widget')) customElements.define('samtykke-widget', SamtykkeWidget);

declare global {
  interface HTMLElementTagNameMap {
    'samtykke-widget': SamtykkeWidget;
  }
}
