/**
 * The in-place placeholder of a blocked iframe (SPEC §2): the service, why it is blocked, and
 * "Allow and show". It lies exactly over the inert iframe, which stays in the layout (hidden),
 * so neither showing the placeholder nor removing it for the real iframe shifts the page.
 *
 * It never activates anything itself: the button only calls `info.allow()`, and the core
 * decides, activates the iframe and removes the placeholder.
 */
import { html, render } from 'lit/html.js';
import { en, fill, loadStrings, ready, resolveLanguage, type Strings } from '../i18n/index.js';
import type { PlaceholderInfo } from './host.js';
import { placeholderStyles } from './widget.styles.js';

/**
 * Shows a placeholder over `iframe` (`lang`: a language tag, or "auto"). Returns the function
 * that removes it and shows the iframe again.
 */
export function mountPlaceholder(iframe: HTMLIFrameElement, info: PlaceholderInfo, lang: string): () => void {
  const l = resolveLanguage(lang);
  const el = document.createElement('samtykke-placeholder');
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [placeholderStyles()];
  const draw = (s: Strings) =>
    render(
      html`<div class="t" part="placeholder" lang=${s === en ? 'en' : l} dir="ltr">
        <p><strong>${info.serviceName}</strong></p>
        <p>${fill(s.blocked, { service: info.serviceName, category: info.categoryTitle })}</p>
        <button class="btn" part="button" @click=${() => info.allow()}>${s.allowAndShow}</button>
      </div>`,
      root,
    );
  // sv, da, de: the widget has started loading them (it knows where from); wait for it.
  const s = ready(l);
  if (s) draw(s);
  else loadStrings(l).then(draw);

  // Placed at the iframe's own spot: its static position (an absolutely positioned box with
  // no offsets sits where it would flow, taking no space), or the iframe's offsets when the
  // iframe is itself positioned (the usual 16:9 wrapper).
  const cs = getComputedStyle(iframe);
  if (cs.position === 'absolute' || cs.position === 'fixed') {
    el.style.position = cs.position;
    el.style.top = cs.top;
    el.style.left = cs.left;
  }
  const fit = () => {
    el.style.width = `${iframe.offsetWidth || +iframe.width || 300}px`;
    el.style.height = `${iframe.offsetHeight || +iframe.height || 150}px`;
  };
  const resized = new ResizeObserver(fit);
  resized.observe(iframe);
  const visibility = iframe.style.visibility;
  // Hidden, not removed: it keeps its box (no shift later) but leaves the tab order.
  iframe.style.visibility = 'hidden';
  iframe.before(el);
  fit();

  return () => {
    const focused = !!root.activeElement;
    resized.disconnect();
    el.remove();
    iframe.style.visibility = visibility;
    if (focused) iframe.focus();
  };
}
