/**
 * The first layer in plain DOM: heading, summary, third parties, the right to change one's mind,
 * the notice link and three equal answers, painted into `<samtykke-widget>`'s shadow root without
 * Lit, so a first visit draws its buttons from a small part (samtykke-first.mjs). The Lit element
 * (widget.ts) takes the same host element over when the visitor asks to choose.
 *
 * The same DOM as Lit's banner (banner.ts): the same classes, the same one `part="button"` on
 * each answer, the same constructed sheet (first-layer.styles.ts; Lit adds the dialog's), the same words (first-words.ts).
 * Every text is set with `textContent`; the only href is the notice's URL field, through `safe()`.
 * It never decides by itself: scrolling, Escape or clicking elsewhere do nothing here.
 */
import type { FirstLayer } from '../fast/parts.js';
import type { FirstStrings } from '../i18n/strings.js';
import { firstLayerWords } from './first-words.js';
import { keepFocusVisible } from './focus.js';
import type { WidgetHost } from './host.js';
import { decided } from './refused.js';
import { safe } from './safe.js';
import { firstLayerStyles } from './first-layer.styles.js';

/**
 * The painted first layer, until it is taken down. Its `remove()` takes it out of the shadow
 * root (the Lit element is about to take over) and returns the class of the answer button that
 * had focus ("accept-all", "reject-all", "choose"), so focus can move to its twin in Lit's
 * banner; undefined when none had it.
 */
export type { FirstLayer };

/** An element with a class, and text set as text. */
function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className = '', content = '') {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (content) made.textContent = content;
  return made;
}

/** The `<section class="banner">` with its words and answers. */
function bannerSection(host: WidgetHost, strings: FirstStrings, lang: string, answer: (event: Event) => void) {
  const words = firstLayerWords(host.config, strings, lang);
  const section = element('section', 'banner');
  section.setAttribute('part', 'banner');
  section.setAttribute('aria-label', strings.region);
  const paragraph = element('p', 'banner-text');
  // Spaces between the sentences, as Lit's template leaves between its bindings.
  paragraph.append([words.summary, words.thirdParties, words.changeAnyTime].filter(Boolean).join(' '));
  const policyUrl = host.config.controller.policyUrl;
  if (safe(policyUrl)) {
    const link = element('a', '', strings.fullNotice);
    link.href = policyUrl;
    paragraph.append(' ', link);
  }
  const answers = element('div', 'answers');
  for (const [kind, className] of [
    ['acceptAll', 'accept-all'],
    ['rejectAll', 'reject-all'],
    ['choose', 'choose'],
  ] as const) {
    // One template for all three (SPEC §4): one part, one class, one grid track size.
    const button = element('button', `button ${className}`, strings[kind]);
    button.setAttribute('part', 'button');
    button.dataset.answer = kind;
    button.addEventListener('click', answer);
    answers.append(button, ' ');
  }
  section.append(element('h2', 'banner-heading', words.heading), paragraph, answers);
  return section;
}

/**
 * Paints the first layer into `root` for `host` in `lang` and keeps it while no decision stands.
 * Accept and Reject go to the host (the same host-for.ts the Lit element answers through);
 * `choose(button)` is called for Choose, with the button focus returns to.
 */
export function paintFirstLayer(
  root: ShadowRoot,
  host: WidgetHost,
  strings: FirstStrings,
  lang: string,
  choose: (button: HTMLElement) => void,
): FirstLayer {
  const sheet = firstLayerStyles();
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  const container = root.appendChild(element('div', 'interface'));
  const widget = container.appendChild(element('div', `widget theme-${host.config.theme}`));
  widget.lang = lang;
  widget.dir = 'ltr'; // all six languages are written left to right
  const status = element('div', 'visually-hidden');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  const answer = async (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    const kind = button.dataset.answer;
    if (kind === 'choose') return choose(button);
    const focused = !!root.activeElement;
    const decide = () => (kind === 'acceptAll' ? host.acceptAll(event) : host.rejectAll(event));
    if (!(await decided(decide))) return; // a page script's click(): refused, nothing recorded
    update();
    if (focused) root.querySelector<HTMLElement>('.reopen')?.focus(); // the banner is gone
    status.textContent = strings.saved;
  };
  const banner = bannerSection(host, strings, lang, (event) => void answer(event));
  widget.append(banner, status);

  /** The first layer shows only while no decision stands (one from another tab or the API included). */
  const update = () => {
    if (host.consent !== null) banner.remove();
  };
  const unsubscribe = host.subscribe(update);
  update();
  /** A page element focused under the first layer is scrolled out from under it (focus.ts). */
  const onPageFocus = (event: FocusEvent) => {
    const target = event.target;
    if (target instanceof Element && target !== root.host && banner.isConnected) keepFocusVisible(target, banner);
  };
  document.addEventListener('focusin', onPageFocus);

  return {
    remove() {
      const focused = root.activeElement;
      unsubscribe();
      document.removeEventListener('focusin', onPageFocus);
      container.remove();
      return focused instanceof HTMLElement && container.contains(focused) ? focused.classList[1] : undefined;
    },
  };
}
