/**
 * What the fast path shows by itself, in plain DOM: the re-open control (a returning visitor's
 * way back to their choices, with no interface code downloaded) and the in-place placeholder of
 * a blocked iframe (SPEC §2, controls-placeholder.ts). Every text is set with `textContent`,
 * never as markup.
 *
 * Neither decides anything: the re-open control only opens the second layer, and the
 * placeholder's button only asks the controller for that one service.
 */
import { FAST_WORDS } from '../i18n/fast.js';
import type { Language } from '../i18n/language.js';
import { css, element, sheet, themed } from './controls-base.js';

// The placeholder is a part of its own (fetched for a page with a blocked iframe); its type stays here.
export type { PlaceholderInfo } from './controls-placeholder.js';

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
