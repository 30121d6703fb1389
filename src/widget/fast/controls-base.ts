/**
 * What the fast path's own controls share (the re-open control, controls.ts, and the iframe
 * placeholder, controls-placeholder.ts): colours, type, the button, and small DOM helpers. Every
 * text is set with `textContent`, never as markup.
 */
/** Marks CSS text for the build, which collapses its whitespace (rollup.config.mjs). */
export const css = String.raw;

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

/**
 * Makes `el` a themed surface: dark for the dark theme, and for "auto" while the system is dark
 * (following it when it changes).
 */
export function themed<E extends HTMLElement>(el: E, theme: string): E {
  el.classList.add('surface');
  const system = matchMedia('(prefers-color-scheme: dark)');
  const update = () => el.classList.toggle('dark', theme === 'dark' || (theme !== 'light' && system.matches));
  system.addEventListener('change', update);
  update();
  return el;
}

/** One constructable style sheet per kind of control (adoptedStyleSheets work under a strict CSP). */
const sheets = new Map<string, CSSStyleSheet>();
export function sheet(cssText: string): CSSStyleSheet {
  let s = sheets.get(cssText);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(BASE_CSS + cssText);
    sheets.set(cssText, s);
  }
  return s;
}

/** An element of the shadow DOM with a class and, optionally, text. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
