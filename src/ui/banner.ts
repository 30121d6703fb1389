/**
 * The first layer: who asks, what for, where to read more, and three equal answers. It never
 * blocks the page and never decides by itself: scrolling, Escape or clicking elsewhere do
 * nothing here. Accept, Reject and Choose share one class and one grid track size, so none of
 * them can be made to look like the "right" answer.
 */
import { html, nothing } from 'lit/html.js';
import { fill } from '../i18n/index.js';
import { NECESSARY, categoryIds, categoryTitle, link, type View } from './view.js';

export interface BannerActions {
  accept(): void;
  reject(): void;
  choose(e: Event): void;
}

export function banner(v: View, a: BannerActions) {
  const { s, host } = v;
  const c = host.config;
  const summary =
    v.t(c.summary) ||
    fill(s.summary, {
      controller: c.controller.name,
      purposes: new Intl.ListFormat(v.lang, { type: 'conjunction' }).format(
        categoryIds(c.categories)
          .filter((id) => id !== NECESSARY)
          .map((id) => categoryTitle(v, id)),
      ),
    });
  const policy = link(c.controller.policyUrl);
  return html`<section class="banner" part="banner" aria-label=${s.region}>
    <h2>${c.controller.name}</h2>
    <p>${summary}${policy !== nothing ? html` <a href=${policy}>${s.fullNotice}</a>` : ''}</p>
    <div class="btns">
      <button class="btn" part="button button-accept" @click=${a.accept}>${s.acceptAll}</button>
      <button class="btn" part="button button-reject" @click=${a.reject}>${s.rejectAll}</button>
      <button class="btn" part="button button-choose" @click=${a.choose}>${s.choose}</button>
    </div>
  </section>`;
}
