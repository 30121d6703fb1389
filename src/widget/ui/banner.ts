/**
 * The first layer: who asks, what for, where to read more, and three equal answers. It never
 * blocks the page and never decides by itself: scrolling, Escape or clicking elsewhere do
 * nothing here. Accept, Reject and Choose are one template (`button()`) in one grid track size,
 * so none of them can be made to look like the "right" answer.
 */
import { html } from 'lit/html.js';
import { fill } from '../i18n/index.js';
import { NECESSARY, button, categoryIds, categoryTitle, safe, type View } from './view.js';

export function banner(v: View) {
  const { s, host } = v;
  const c = host.config;
  const { name, policyUrl } = c.controller;
  const summary =
    v.t(c.summary) ||
    fill(s.summary, {
      controller: name,
      purposes: new Intl.ListFormat(v.lang, { type: 'conjunction' }).format(
        categoryIds(c.categories)
          .filter((id) => id !== NECESSARY)
          .map((id) => categoryTitle(v, id)),
      ),
    });
  return html`<section class="banner" part="banner" aria-label=${s.region}>
    <h2>${name}</h2>
    <p>${summary}${safe(policyUrl) ? html` <a href=${policyUrl}>${s.fullNotice}</a>` : ''}</p>
    <div class="btns">
      ${button(v, 'acceptAll')}
      ${button(v, 'rejectAll')}
      ${button(v, 'choose')}
    </div>
  </section>`;
}
