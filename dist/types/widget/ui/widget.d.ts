import type { WidgetHost } from './host.js';
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
export declare class SamtykkeWidget extends HTMLElement {
    /** The second layer's contents are rendered (the dialog is open or about to be). */
    private _open;
    /** The second layer's working copy of the choices, category and service ids. */
    private _choices;
    private _history;
    /** Text of the live region. */
    private _status;
    /** The re-open button moved to the other corner, off a focused page element it would cover. */
    private _aside;
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
    /**
     * Every category id and every service id (`category` given for a service), each on where
     * `on` says so; necessary always on. The shape `host.save` takes (method `custom`).
     */
    private _every;
    private _setChoices;
    /** Runs a decision, closes the dialog, announces it, and keeps focus somewhere sensible. */
    private _act;
    /** Focus to `el` if it is still there, else to the re-open button (the banner may be gone). */
    private _refocus;
    private _onClose;
    /**
     * showModal() makes the page inert, but Tab can still leave the document for the browser's
     * own controls; wrap it between the first (close) and last (Reject all) control instead.
     */
    private _trap;
    /** Any page element with `data-samtykke-open` opens the second layer. */
    private _onPageClick;
    /**
     * WCAG 2.2 "focus not obscured": a page element that gets focus under the banner is scrolled
     * above it; under the re-open button, the button moves to the other corner.
     */
    private _onPageFocus;
}
declare global {
    interface HTMLElementTagNameMap {
        'samtykke-widget': SamtykkeWidget;
    }
}
