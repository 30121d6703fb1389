/**
 * Focus for the element's dialog (widget.ts): where focus is, and that Tab stays in the open
 * dialog. Apart from focus.ts, which the plain first layer uses too, so samtykke-first.mjs does
 * not carry what only the dialog needs. The element gets its first-layer rule here too.
 */
export { keepFocusVisible } from './focus.js';

/** The element that has focus, looking into open shadow roots. */
export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * showModal() makes the page inert, but Tab can still leave the document for the browser's own
 * controls; wrap it between the first (close) and last (Reject all) control instead.
 */
export function trapTab(e: KeyboardEvent, root: ShadowRoot): void {
  if (e.key !== 'Tab') return;
  const dialog = e.currentTarget as HTMLDialogElement;
  const first = dialog.querySelector<HTMLElement>('.close');
  const last = dialog.querySelector<HTMLElement>('.dialog-footer .button:last-child');
  const active = root.activeElement;
  if (e.shiftKey ? active === first || active === dialog : active === last) {
    e.preventDefault();
    (e.shiftKey ? last : first)?.focus();
  }
}
