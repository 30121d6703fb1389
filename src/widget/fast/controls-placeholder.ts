/**
 * The in-place placeholder of a blocked iframe (SPEC §2): the service's name and provider, why it
 * is blocked, one button, and a link to the notice. Its button grants just that one service; for
 * an iframe that names no service it opens the second layer instead, and for one the notice
 * does not declare there is no button at all. Every text is set with `textContent`.
 */
import type { Language } from '../i18n/language.js';
import { PLACEHOLDER_WORDS } from '../i18n/placeholder.js';
import { CATALOGUE_NAMES } from './catalogue-names.generated.js';
import { css, element, sheet, themed } from './controls-base.js';

const PLACEHOLDER_CSS = css`
  :host {
    position: absolute;
    display: inline-block;
    box-sizing: border-box;
    overflow: hidden;
    container-type: size;
  }
  .surface {
    height: 100%;
    overflow: auto;
    display: flex;
    flex-flow: column;
    align-items: center;
    justify-content: safe center;
    gap: 0.5em;
    padding: 1em;
    text-align: center;
    border: 1px solid var(--border);
    border-radius: var(--samtykke-radius, 8px);
  }
  p {
    margin: 0;
  }
  /* A small frame (a 320 x 180 video, a narrow column): the same words set tighter, so that the
     name, the provider, why, the button and the link all fit without scrolling. */
  @container (max-height: 260px) {
    .surface {
      font-size: 0.8125em;
      line-height: 1.3;
      gap: 0.3em;
      padding: 0.5em 0.75em;
    }
  }
  .link {
    font: inherit;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .link:focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
`;

/** What a blocked iframe's placeholder shows, and what its controls do. */
export interface PlaceholderInfo {
  /** The service's name; for an iframe that names no service, its title or host. */
  serviceName: string;
  /** Who provides the service, when the notice says. */
  provider?: string;
  /**
   * The catalogue's id for the service, when the notice's service does not give its name or
   * provider: the catalogue's fill in what it lacks (`serviceName` is then only the last resort).
   */
  catalogueId?: string;
  /** `serviceName` is not the notice's name for the service but a stand-in (an id, a host). */
  serviceNameIsStandIn?: boolean;
  categoryTitle: string;
  /** The notice's `theme`: "auto", "light" or "dark". */
  theme?: string;
  /** The controller's full privacy notice (`controller.policyUrl`), when there is one. */
  policyUrl?: string;
  /**
   * "Allow and show": the visitor's click grants this one service; the controller decides.
   * Without it the main button opens the second layer instead (an iframe that names no
   * service: one button never grants a whole category).
   */
  allow?(trigger: Event): void;
  /** Opens the second layer: the main button without `allow`, and the notice link without `policyUrl`. */
  choose?(opener: Element): void;
  /** The notice does not declare it: nothing can grant it, so no button offers to. */
  unavailable?: boolean;
}

/** An http(s) URL to link to, or null (a `javascript:` or unparsable one is never a link). */
function linkable(url: string | undefined): string | null {
  try {
    const parsed = new URL(url ?? '', location.href);
    return url && /^https?:$/.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The name and provider to show: the notice's, else the catalogue's, else the stand-in name. */
function named(info: PlaceholderInfo, language: Language): { serviceName: string; provider?: string } {
  const id = info.catalogueId;
  const entry = id && Object.prototype.hasOwnProperty.call(CATALOGUE_NAMES, id) ? CATALOGUE_NAMES[id] : undefined;
  if (!entry) return { serviceName: info.serviceName, provider: info.provider };
  const [name, provider] = entry;
  const catalogueName = typeof name === 'string' ? name : (name[language] ?? name.en);
  return {
    serviceName: info.serviceNameIsStandIn ? catalogueName : info.serviceName,
    provider: info.provider ?? provider,
  };
}

/** The placeholder's text and controls: name, provider, why, the one button, the notice. */
function placeholderBox(given: PlaceholderInfo, language: Language): HTMLElement[] {
  const words = PLACEHOLDER_WORDS[language];
  const info = { ...given, ...named(given, language) };
  const fill = (template: string) => template.replace('{service}', info.serviceName).replace('{category}', info.categoryTitle);
  const name = element('p');
  name.append(element('strong', '', info.serviceName));
  const out: HTMLElement[] = [name];
  if (info.provider) out.push(element('p', '', words.provider.replace('{provider}', info.provider)));
  const why = info.unavailable ? words.unavailable : info.allow ? words.blocked : words.blockedCategory;
  out.push(element('p', '', fill(why)));
  if (!info.unavailable) {
    const button = element('button', 'control', info.allow ? words.allowAndShow : words.reopen);
    button.setAttribute('part', 'button');
    button.addEventListener('click', (e) => (info.allow ? info.allow(e) : info.choose?.(button)));
    out.push(button);
  }
  const url = linkable(info.policyUrl);
  if (url) {
    const link = element('a', 'link', words.notice);
    link.href = url;
    out.push(link);
  } else if (info.allow || info.unavailable) {
    // No full notice to link to: the second layer is the notice.
    const more = element('button', 'link', words.reopen);
    more.addEventListener('click', () => info.choose?.(more));
    out.push(more);
  }
  return out;
}

/**
 * Shows a placeholder over a blocked iframe; returns the function that removes it. It lies
 * exactly over the inert iframe, which stays in the layout (hidden), so neither showing the
 * placeholder nor removing it shifts the page.
 */
export function mountPlaceholder(iframe: HTMLIFrameElement, info: PlaceholderInfo, languageTag: Language): () => void {
  // A part of its own: it imports no language code, so an unknown tag is read as English here.
  const language = languageTag in PLACEHOLDER_WORDS ? languageTag : 'en';
  const host = document.createElement('samtykke-placeholder');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet(PLACEHOLDER_CSS)];
  const box = themed(element('div'), info.theme ?? 'auto');
  box.setAttribute('part', 'placeholder');
  box.lang = language;
  box.append(...placeholderBox(info, language));
  root.append(box);

  // Placed at the iframe's own spot: its static position (an absolutely positioned box with no
  // offsets sits where it would flow, taking no space), or the iframe's offsets when the iframe
  // is itself positioned (the usual 16:9 wrapper).
  const style = getComputedStyle(iframe);
  if (style.position === 'absolute' || style.position === 'fixed') {
    host.style.position = style.position;
    host.style.top = style.top;
    host.style.left = style.left;
  }
  const fit = () => {
    host.style.width = `${iframe.offsetWidth || +iframe.width || 300}px`;
    host.style.height = `${iframe.offsetHeight || +iframe.height || 150}px`;
  };
  const resized = new ResizeObserver(fit);
  resized.observe(iframe);
  const visibility = iframe.style.visibility;
  // Hidden, not removed: it keeps its box (no shift later) but leaves the tab order.
  iframe.style.visibility = 'hidden';
  iframe.before(host);
  fit();

  return () => {
    const focused = !!root.activeElement;
    resized.disconnect();
    host.remove();
    iframe.style.visibility = visibility;
    if (focused) iframe.focus();
  };
}
