import { type Language } from '../i18n/language.js';
export interface ReopenControl {
    /** Shown while a decision stands and the first layer is not on screen. */
    setVisible(visible: boolean): void;
    readonly button: HTMLButtonElement;
}
/**
 * The re-open control inside `root` (the widget's shadow root), or the one already there: an
 * icon and the text label "Personvernvalg". Always reachable: it is no CSS part, so page CSS cannot hide it; it moves
 * to the other corner when a focused page element would be under it (WCAG 2.2 focus not obscured).
 */
export declare function mountReopen(root: ShadowRoot, language: Language, theme: string, open: (opener: Element) => void): ReopenControl;
/** What a blocked iframe's placeholder shows, and what its button asks for. */
export interface PlaceholderInfo {
    serviceName: string;
    categoryTitle: string;
    /** The notice's `theme`: "auto", "light" or "dark". */
    theme?: string;
    /** The visitor's click on "Allow and show"; the controller decides. */
    allow(trigger: Event): void;
}
/**
 * Shows a placeholder over a blocked iframe; returns the function that removes it. It lies
 * exactly over the inert iframe, which stays in the layout (hidden), so neither showing the
 * placeholder nor removing it shifts the page.
 */
export declare function mountPlaceholder(iframe: HTMLIFrameElement, info: PlaceholderInfo, languageTag: string): () => void;
