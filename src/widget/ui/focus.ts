/**
 * Focus under the first layer: a page element focused under it is not hidden by it (WCAG 2.2
 * "focus not obscured"; the re-open control moves itself, see fast/controls.ts). Both faces of
 * the first layer use it; the dialog's own focus rules are dialog-focus.ts, which comes with Lit.
 */

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
