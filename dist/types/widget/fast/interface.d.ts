/**
 * The fast path's side of the visitor interface: the `<samtykke-widget>` element with its
 * re-open control, the iframe placeholders, and fetching the interface part when the visitor
 * must see it (first visit, or when they open their choices).
 *
 * A placeholder's "Allow and show" counts as the visitor's own decision (`via: "placeholder"`)
 * only when a real, trusted click asked for it; anything else is `via: "api"`.
 */
import type { Language } from '../i18n/language.js';
import type { Controller } from './controller.js';
import type { RuntimeNotice } from './notice.js';
import type { InterfaceConnection, Parts } from './parts.js';
export interface Controls {
    /** Opens the second layer (fetching the interface first if needed). */
    show(opener?: Element | null): void;
    /** Puts a placeholder over a blocked iframe of a declared service (once). */
    placeholder(iframe: HTMLIFrameElement): void;
}
interface ControlsOptions {
    notice: RuntimeNotice;
    language: Language;
    /** What the interface connects to, once the notice is validated. */
    connection(): Promise<InterfaceConnection>;
    parts: Parts;
    controller: Controller;
    /** No decision yet: show the first layer at once. */
    showBanner: boolean;
}
export declare function mountControls(options: ControlsOptions): Controls;
export {};
