/**
 * Focus for the element (widget.ts): where it is, that Tab stays in the open dialog, and that a
 * page element focused under the first layer is not hidden by it (WCAG 2.2 "focus not
 * obscured"; the re-open control moves itself, see fast/controls.ts).
 */
/** The element that has focus, looking into open shadow roots. */
export declare function deepActive(): Element | null;
/**
 * showModal() makes the page inert, but Tab can still leave the document for the browser's own
 * controls; wrap it between the first (close) and last (Reject all) control instead.
 */
export declare function trapTab(e: KeyboardEvent, root: ShadowRoot): void;
/** Scrolls a focused page element out from under the first layer, if it is under it. */
export declare function keepFocusVisible(target: Element, banner: Element): void;
