/**
 * The in-place placeholder of a blocked iframe (SPEC §2): the service, why it is blocked, and
 * "Allow and show" (nb and nn: "Godta og vis"). It lies exactly over the inert iframe, which stays in the layout (hidden),
 * so neither showing the placeholder nor removing it for the real iframe shifts the page.
 *
 * It never activates anything itself: the button only calls `info.allow()`, and the core
 * decides, activates the iframe and removes the placeholder.
 */
import { html, render } from 'lit/html.js';
import { en, fill, inSentence, loadStrings, ready, resolveLanguage, type Strings } from '../i18n/index.js';
import type { PlaceholderInfo } from './host.js';
import { PART } from './view.js';
import { placeholderStyles } from './theme.styles.js';

/**
 * Shows a placeholder over `iframe` (`lang`: a language tag, or "auto"). Returns the function
 * that removes it and shows the iframe again.
 */
export function mountPlaceholder(iframe: HTMLIFrameElement, info: PlaceholderInfo, lang: string): () => void {
  const language = resolveLanguage(lang);
  const element = document.createElement('samtykke-placeholder');
  const root = element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [placeholderStyles()];
  const draw = (strings: Strings) => {
    const shownIn = strings === en ? 'en' : language;
    const reason = fill(strings.blocked, {
      service: info.serviceName,
      category: inSentence(info.categoryTitle, shownIn),
    });
    render(
      html`<div class="placeholder" part=${PART.placeholder} lang=${shownIn} dir="ltr">
        <p><strong>${info.serviceName}</strong></p>
        <p>${reason}</p>
        <button class="button allow-and-show" part=${PART.button} @click=${() => info.allow()}>${strings.allowAndShow}</button>
      </div>`,
      root,
    );
  };
  // sv, da, de: the widget has started loading them (it knows where from); wait for it.
  const strings = ready(language);
  if (strings) draw(strings);
  else loadStrings(language).then(draw);

  // Placed at the iframe's own spot: its static position (an absolutely positioned box with
  // no offsets sits where it would flow, taking no space), or the iframe's offsets when the
  // iframe is itself positioned (the usual 16:9 wrapper).
  const iframeStyle = getComputedStyle(iframe);
  if (iframeStyle.position === 'absolute' || iframeStyle.position === 'fixed') {
    element.style.position = iframeStyle.position;
    element.style.top = iframeStyle.top;
    element.style.left = iframeStyle.left;
  }
  const fit = () => {
    element.style.width = `${iframe.offsetWidth || +iframe.width || 300}px`;
    element.style.height = `${iframe.offsetHeight || +iframe.height || 150}px`;
  };
  const resized = new ResizeObserver(fit);
  resized.observe(iframe);
  const visibility = iframe.style.visibility;
  // Hidden, not removed: it keeps its box (no shift later) but leaves the tab order.
  iframe.style.visibility = 'hidden';
  iframe.before(element);
  fit();

  return () => {
    const focused = !!root.activeElement;
    resized.disconnect();
    element.remove();
    iframe.style.visibility = visibility;
    if (focused) iframe.focus();
  };
}
