/**
 * What the fast path shows by itself, in plain DOM: the re-open control (a returning visitor's
 * way back to their choices, with no interface code downloaded) and the in-place placeholder of
 * a blocked iframe (SPEC §2). Every text is set with `textContent`, never as markup.
 *
 * Neither decides anything: the re-open control only opens the second layer, and the
 * placeholder's button only asks the controller for that one service.
 */
import { FAST_WORDS } from '../i18n/fast.js';
import { inSentence } from '../i18n/format.js';
import { resolveLanguage, type Language } from '../i18n/language.js';

/** Marks CSS text for the build, which collapses its whitespace (rollup.config.mjs). */
const css = String.raw;

/**
 * Colours, type and the shared button, for both controls; themed by the site's `--samtykke-*`
 * properties. Dark colours come with the `dark` class (see `themed`). Every rule is scoped to
 * the controls' own classes: the re-open control shares its shadow root with the interface.
 */
const BASE_CSS = css`
  :host {
    all: initial;
  }
  .surface {
    --bg: var(--samtykke-bg, #fff);
    --fg: var(--samtykke-fg, #1d1d20);
    --accent: var(--samtykke-accent, #1a56db);
    --accent-fg: var(--samtykke-accent-fg, #fff);
    --border: var(--samtykke-border, #6e6e78);
    box-sizing: border-box;
    color-scheme: light;
    color: var(--fg);
    background: var(--bg);
    font: medium/1.5 var(--samtykke-font, system-ui, sans-serif);
  }
  .dark {
    --bg: var(--samtykke-bg, #1e1e22);
    --fg: var(--samtykke-fg, #f1f1f4);
    --accent: var(--samtykke-accent, #8ab4f8);
    --accent-fg: var(--samtykke-accent-fg, #10131a);
    --border: var(--samtykke-border, #8e8e9a);
    color-scheme: dark;
  }
  .control {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    margin: 0;
    padding: 0.5em 1em;
    cursor: pointer;
    border: 2px solid var(--accent);
    border-radius: var(--samtykke-radius, 8px);
    background: var(--accent);
    color: var(--accent-fg);
  }
  .control:hover {
    text-decoration: underline;
  }
  .control:focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
`;

const REOPEN_CSS = css`
  .reopen {
    position: fixed;
    left: 0.75em;
    bottom: 0.75em;
    z-index: var(--samtykke-z, 2147483000);
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.4em 0.9em;
    border: 2px solid var(--border);
    border-radius: 1.5em;
    background: var(--bg);
    color: var(--fg);
    box-shadow: 0 1px 0.5em rgb(0 0 0 / 0.3);
    font-size: 0.875em;
  }
  .reopen[hidden] {
    display: none;
  }
  .aside {
    left: auto;
    right: 0.75em;
  }
  @media print {
    .reopen {
      display: none;
    }
  }
`;

const PLACEHOLDER_CSS = css`
  :host {
    position: absolute;
    display: inline-block;
    box-sizing: border-box;
    overflow: hidden;
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
`;

/**
 * Makes `el` a themed surface: dark for the dark theme, and for "auto" while the system is dark
 * (following it when it changes).
 */
function themed<E extends HTMLElement>(el: E, theme: string): E {
  el.classList.add('surface');
  const system = matchMedia('(prefers-color-scheme: dark)');
  const update = () => el.classList.toggle('dark', theme === 'dark' || (theme !== 'light' && system.matches));
  system.addEventListener('change', update);
  update();
  return el;
}

/** One constructable style sheet per kind of control (adoptedStyleSheets work under a strict CSP). */
const sheets = new Map<string, CSSStyleSheet>();
function sheet(cssText: string): CSSStyleSheet {
  let s = sheets.get(cssText);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(BASE_CSS + cssText);
    sheets.set(cssText, s);
  }
  return s;
}

/** An element of the shadow DOM with a class and, optionally, text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

const SHIELD_PATH = 'M12 1 3 5v6c0 5.5 3.8 10.7 9 12 5.2-1.3 9-6.5 9-12V5zm-2 16-4-4 1.4-1.4 2.6 2.6 6.6-6.6L18 9z';

function shieldIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [name, value] of [
    ['width', '18'],
    ['height', '18'],
    ['viewBox', '0 0 24 24'],
    ['aria-hidden', 'true'],
    ['fill', 'currentColor'],
  ]) {
    svg.setAttribute(name, value);
  }
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', SHIELD_PATH);
  svg.append(path);
  return svg;
}

export interface ReopenControl {
  /** Shown while a decision stands and the first layer is not on screen. */
  setVisible(visible: boolean): void;
  readonly button: HTMLButtonElement;
}

/**
 * The re-open control inside `root` (the widget's shadow root), or the one already there: an
 * icon and the text label "Personvernvalg". Always reachable: it is no CSS part, so page CSS cannot hide it; it moves
 * to the other corner when a focused page element would be under it (WCAG 2.2 focus not obscured).
 */
export function mountReopen(root: ShadowRoot, language: Language, theme: string, open: (opener: Element) => void): ReopenControl {
  const mounted = root.querySelector<HTMLButtonElement>('button.reopen');
  if (mounted) return { button: mounted, setVisible: (visible) => void (mounted.hidden = !visible) };
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet(REOPEN_CSS)];
  const button = themed(element('button', 'reopen control'), theme);
  const label = FAST_WORDS[language].reopen;
  button.lang = language;
  button.setAttribute('aria-label', label);
  button.append(shieldIcon(), element('span', '', label));
  button.addEventListener('click', () => open(button));
  button.hidden = true;
  root.append(button);
  document.addEventListener('focusin', (e) => {
    const target = e.target;
    if (button.hidden || !(target instanceof Element) || target === root.host) return;
    const a = target.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    const overlaps = a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
    if (overlaps) button.classList.toggle('aside');
  });
  return {
    button,
    setVisible(visible) {
      button.hidden = !visible;
    },
  };
}

/** What a blocked iframe's placeholder shows, and what its button asks for. */
export interface PlaceholderInfo {
  serviceName: string;
  categoryTitle: string;
  /** The notice's `theme`: "auto", "light" or "dark". */
  theme?: string;
  /** The visitor's click on "Allow and show"; the controller decides. */
  allow(trigger: Event): void;
}

/**
 * Shows a placeholder over a blocked iframe; returns the function that removes it. It lies
 * exactly over the inert iframe, which stays in the layout (hidden), so neither showing the
 * placeholder nor removing it shifts the page.
 */
export function mountPlaceholder(iframe: HTMLIFrameElement, info: PlaceholderInfo, languageTag: string): () => void {
  const language = resolveLanguage(languageTag);
  const words = FAST_WORDS[language];
  const host = document.createElement('samtykke-placeholder');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet(PLACEHOLDER_CSS)];
  const box = themed(element('div'), info.theme ?? 'auto');
  box.setAttribute('part', 'placeholder');
  box.lang = language;
  const name = element('p');
  name.append(element('strong', '', info.serviceName));
  const why = element(
    'p',
    '',
    words.blocked.replace('{service}', info.serviceName).replace('{category}', inSentence(info.categoryTitle, language)),
  );
  const allow = element('button', 'control', words.allowAndShow);
  allow.setAttribute('part', 'button');
  allow.addEventListener('click', (e) => info.allow(e));
  box.append(name, why, allow);
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
