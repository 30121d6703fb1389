import type { DeclarationPart } from '../fast/parts.js';
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
export declare class SamtykkeDeclaration extends HTMLElement {
    private _container;
    private _unsubscribe?;
    /** The render to come (or the strings it waits for); undefined when the view is current. */
    private _pending?;
    constructor();
    connectedCallback(): void;
    disconnectedCallback(): void;
    /** Renders in a microtask: every change made in one task renders once. */
    requestUpdate(): void;
    /** Resolves when nothing is left to render, strings still loading included. */
    get updateComplete(): Promise<boolean>;
    private _update;
}
export declare const connectDeclarations: DeclarationPart['connectDeclarations'];
declare global {
    interface HTMLElementTagNameMap {
        'samtykke-declaration': SamtykkeDeclaration;
    }
}
