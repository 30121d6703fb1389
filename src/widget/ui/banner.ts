/**
 * The first layer: who asks and about what, what for, who else receives data, that the choice
 * can be changed at any time, where to read more, and three equal answers. It never blocks the
 * page and never decides by itself: scrolling, Escape or clicking elsewhere do nothing here.
 *
 * A notice's own `summary` replaces only the built-in summary sentence: the third parties and
 * the right to change one's mind are always said (SPEC §4), whatever the notice writes.
 * Accept, Reject and Choose are one template (`answerButton()`) with one part in one grid track
 * size, so none of them can be made to look like the "right" answer.
 */
import { html, nothing } from 'lit/html.js';
import { fill, formatList } from '../i18n/index.js';
import type { Config } from '../types.js';
import { NECESSARY, PART, answerButton, categoryIds, categoryInSentence, safe, type View } from './view.js';

/**
 * The third parties that receive data if the visitor accepts: the providers of the notice's
 * services outside `necessary`, each named once, in the notice's order. The controller itself
 * is no third party, nor is its processor (GDPR art. 4(10): a processor acts on the
 * controller's behalf; the second layer names it with its role); a service of a category the
 * notice lacks can never be granted, so its provider receives nothing.
 */
export function thirdParties(config: Config): string[] {
  const controller = config.controller.name.trim().toLowerCase();
  const seen = new Set<string>([controller]);
  const providers: string[] = [];
  for (const service of config.services) {
    const provider = service.provider?.trim();
    if (!provider || service.category === NECESSARY || service.role === 'processor') continue;
    if (!(service.category in config.categories)) continue;
    if (seen.has(provider.toLowerCase())) continue;
    seen.add(provider.toLowerCase());
    providers.push(provider);
  }
  return providers;
}

/** A sentence whose last word ends in its own full stop ("Ltd.") gets no second one. */
const endOnce = (sentence: string) => sentence.replace(/\.\.$/, '.');

export function banner(view: View) {
  const { strings, host, lang } = view;
  const config = host.config;
  const { name, policyUrl } = config.controller;
  const summary =
    view.text(config.summary) ||
    fill(strings.summary, {
      controller: name,
      purposes: formatList(
        categoryIds(config.categories)
          .filter((id) => id !== NECESSARY)
          .map((id) => categoryInSentence(view, id)),
        lang,
      ),
    });
  const providers = thirdParties(config);
  return html`<section class="banner" part=${PART.banner} aria-label=${strings.region}>
    <h2 class="banner-heading">${fill(strings.heading, { controller: name })}</h2>
    <p class="banner-text">
      ${summary}
      ${providers.length ? endOnce(fill(strings.thirdParties, { providers: formatList(providers, lang) })) : nothing}
      ${strings.changeAnyTime}
      ${safe(policyUrl) ? html`<a href=${policyUrl}>${strings.fullNotice}</a>` : nothing}
    </p>
    <div class="answers">${answerButton(view, 'acceptAll')} ${answerButton(view, 'rejectAll')} ${answerButton(view, 'choose')}</div>
  </section>`;
}
