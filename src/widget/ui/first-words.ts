/**
 * The first layer's words, from the notice and the strings: one source for both faces that paint
 * it (banner.ts in Lit, first-layer.ts in plain DOM), so they say exactly the same thing. No Lit,
 * no string tables here: the caller passes the strings of the visitor's language.
 *
 * A notice's own `summary` replaces only the built-in summary sentence: the third parties and
 * the right to change one's mind are always said (SPEC §4), whatever the notice writes.
 */
import { formatList, inSentence } from '../i18n/format.js';
import type { FirstStrings } from '../i18n/strings.js';
import { text } from '../notice/text.js';
import type { Config } from '../types.js';

const NECESSARY = 'necessary';

/** `template` with each `{name}` replaced by `values[name]` (as i18n/index.ts `fill`). */
const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);

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

/** What the first layer says, each part as plain text (bound as text, never as markup). */
export interface FirstLayerWords {
  heading: string;
  /** The notice's own summary, or the built-in sentence naming the purposes. */
  summary: string;
  /** "…shares data with A, B and C." or '' when there is no third party. */
  thirdParties: string;
  changeAnyTime: string;
}

/** The first layer's words for `config` in `lang`. */
export function firstLayerWords(config: Config, strings: FirstStrings, lang: string): FirstLayerWords {
  const name = config.controller.name;
  // Category ids in display order (necessary first, then as listed), as view.ts `categoryIds`.
  const purposes = Object.keys(config.categories)
    .filter((id) => id !== NECESSARY)
    .map((id) => inSentence(text(config.categories[id]?.title, lang) || id, lang));
  const providers = thirdParties(config);
  return {
    heading: fill(strings.heading, { controller: name }),
    summary: text(config.summary, lang) || fill(strings.summary, { controller: name, purposes: formatList(purposes, lang) }),
    thirdParties: providers.length ? endOnce(fill(strings.thirdParties, { providers: formatList(providers, lang) })) : '',
    changeAnyTime: strings.changeAnyTime,
  };
}
