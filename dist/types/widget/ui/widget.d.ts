import type { WidgetHost } from './host.js';
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
export declare class SamtykkeWidget extends HTMLElement {
    /** The second layer's contents are rendered (the dialog is open or about to be). */
    private _open;
    /** The second layer's working copy of the choices, category and service ids. */
    private _choices;
    private _history;
    /** Text of the live region. */
    private _status;
    /** Where the views render: beside the re-open control in the one shadow root. */
    private _container;
    /** The second layer's view, fetched on idle after the first layer shows, or when opened. */
    private _preferences?;
    /** The second layer is being opened (its view may still be on its way). */
    private _opening?;
    private _host?;
    private _unsubscribe?;
    private _subscribed?;
    /** Where focus goes back to when the dialog closes. */
    private _opener?;
    private _s;
    /** The render to come (or the strings it waits for); undefined when the view is current. */
    private _pending?;
    constructor();
    /** The consent core. Set by it; nothing renders while undefined. */
    get host(): WidgetHost | undefined;
    set host(h: WidgetHost | undefined);
    /** Opens the second layer (a modal dialog). Focus returns to the current element on close. */
    show(): void;
    /** Closes the second layer, if open. Closing is not a decision. */
    hide(): void;
    /** Renders in a microtask: every change made in one task renders once. */
    requestUpdate(): void;
    /** Resolves when nothing is left to render, strings still loading included. */
    get updateComplete(): Promise<boolean>;
    connectedCallback(): void;
    disconnectedCallback(): void;
    private _update;
    private _view;
    /** Listens to the host while connected (and to no other). */
    private _subscribe;
    private _dialog;
    private _show;
    private _openDialog;
    /** Resolves when no render is pending (strings still loading included). */
    private _rendered;
    private _setChoices;
    /** Runs a decision, closes the dialog, announces it, and keeps focus somewhere sensible. */
    private _act;
    /** Focus to `el` if it is still there, else to the re-open button (the banner may be gone). */
    private _refocus;
    private _onClose;
    /** Tab stays inside the open dialog (focus.ts). */
    private _trap;
    /** Any page element with `data-samtykke-open` opens the second layer. */
    private _onPageClick;
    /** A page element focused under the first layer is scrolled out from under it (focus.ts). */
    private _onPageFocus;
}
declare global {
    interface HTMLElementTagNameMap {
        'samtykke-widget': SamtykkeWidget;
    }
}
