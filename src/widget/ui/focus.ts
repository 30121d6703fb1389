/**
 * Focus for the element (widget.ts): where it is, that Tab stays in the open dialog, and that a
 * page element focused under the first layer is not hidden by it (WCAG 2.2 "focus not
 * obscured"; the re-open control moves itself, see fast/controls.ts).
 */

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

/** Scrolls a focused page element out from under the first layer, if it is under it. */
export function keepFocusVisible(target: Element, banner: Element): void {
  const r = target.getBoundingClientRect();
  const b = banner.getBoundingClientRect();
  if (r.bottom <= b.top || r.top >= b.bottom || r.right <= b.left || r.left >= b.right) return;
  // Only content that scrolls with the page can be brought out from under it.
  let outer: Element = target;
  while (outer instanceof HTMLElement && outer.offsetParent) outer = outer.offsetParent;
  if (getComputedStyle(outer).position !== 'fixed') scrollBy(0, r.bottom - b.top + 8);
}
