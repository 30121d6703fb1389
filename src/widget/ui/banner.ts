/**
 * The first layer: who asks and about what, what for, who else receives data, that the choice
 * can be changed at any time, where to read more, and three equal answers. It never blocks the
 * page and never decides by itself: scrolling, Escape or clicking elsewhere do nothing here.
 *
 * Its words (summary, third parties, the right to change one's mind) come from first-words.ts,
 * shared with the plain-DOM first layer (first-layer.ts).
 * Accept, Reject and Choose are one template (`answerButton()`) with one part in one grid track
 * size, so none of them can be made to look like the "right" answer.
 */
import { html, nothing } from 'lit/html.js';
import { firstLayerWords } from './first-words.js';
import { PART, answerButton, safe, type View } from './view.js';

export { thirdParties } from './first-words.js';

export function banner(view: View) {
  const { strings, host, lang } = view;
  const config = host.config;
  const words = firstLayerWords(config, strings, lang);
  const { policyUrl } = config.controller;
  return html`<section class="banner" part=${PART.banner} aria-label=${strings.region}>
    <h2 class="banner-heading">${words.heading}</h2>
    <p class="banner-text">
      ${words.summary}
      ${words.thirdParties || nothing}
      ${words.changeAnyTime}
      ${safe(policyUrl) ? html`<a href=${policyUrl}>${strings.fullNotice}</a>` : nothing}
    </p>
    <div class="answers">${answerButton(view, 'acceptAll')} ${answerButton(view, 'rejectAll')} ${answerButton(view, 'choose')}</div>
  </section>`;
}
