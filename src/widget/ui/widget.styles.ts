/**
 * The widget's look, as one constructed style sheet per shadow root (adoptedStyleSheets), so it
 * renders under a `style-src 'self'` policy: no <style> elements, no style attributes. Every
 * colour comes from a `--samtykke-*` custom property with a default that meets WCAG AA in its
 * theme (text ≥ 4.5:1, controls ≥ 3:1). Sizes are in em (never rem: the page's root font size
 * is not ours).
 *
 * The CSS is plain text; the `css` tag only marks it for the build, which collapses its
 * whitespace (rollup.config.mjs). Class names are the widget's own (pages cannot reach them);
 * pages style through the parts listed in view.ts (`PART`) and the custom properties. The
 * palette lives in unprefixed properties (`--background`, `--accent`, …) set on each shadow
 * tree's root element, so a page's own properties of those names never leak in.
 */
const css = String.raw;

/** A constructed sheet for `cssText`, made on first use and shared by every root. */
export function sheet(cssText: string): () => CSSStyleSheet {
  let made: CSSStyleSheet | undefined;
  return () => {
    if (!made) {
      made = new CSSStyleSheet();
      made.replaceSync(cssText);
    }
    return made;
  };
}

/** Dark defaults; applied by prefers-color-scheme unless the config says light, or always for dark. */
const dark = css`
  --background: var(--samtykke-bg, #1e1e22);
  --text: var(--samtykke-fg, #f1f1f4);
  --accent: var(--samtykke-accent, #8ab4f8);
  --on-accent: var(--samtykke-accent-fg, #10131a);
  --border: var(--samtykke-border, #8e8e9a);
  color-scheme: dark;
`;

/** Palette, type and the shared button: the widget and the iframe placeholder both use these. */
const base = css`
  :host {
    all: initial;
  }
  .widget,
  .placeholder {
    --background: var(--samtykke-bg, #fff);
    --text: var(--samtykke-fg, #1d1d20);
    --accent: var(--samtykke-accent, #1a56db);
    --on-accent: var(--samtykke-accent-fg, #fff);
    --border: var(--samtykke-border, #6e6e78);
    --radius: var(--samtykke-radius, 8px);
    color-scheme: light;
    color: var(--text);
    font: medium/1.5 var(--samtykke-font, system-ui, sans-serif);
    overflow-wrap: anywhere;
  }
  @media(prefers-color-scheme: dark) {
    .widget:not(.theme-light),
    .placeholder:not(.theme-light) {
      ${dark}
    }
  }
  .widget.theme-dark,
  .placeholder.theme-dark {
    ${dark}
  }
  a {
    color: var(--accent);
  }
  p {
    margin: 0 0 1em;
  }
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    margin: 0;
    padding: .5em 1em;
    border: 2px solid var(--accent);
    border-radius: var(--radius);
    background: var(--accent);
    color: var(--on-accent);
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
`;

export const widgetStyles = sheet(
  base +
    css`
    :host,
    .widget {
      display: contents;
    }
    .banner,
    .reopen,
    dialog {
      box-sizing: border-box;
      background: var(--background);
      color: var(--text);
    }
    .banner,
    .reopen {
      position: fixed;
      z-index: var(--samtykke-z, 2147483000);
    }
    .banner {
      inset: auto 0 0;
      margin: 0 auto;
      max-width: 60em;
      max-height: 85vh;
      overflow: auto;
      padding: 1em 1.25em 1.25em;
      border: 1px solid var(--border);
      border-bottom: 0;
      border-radius: var(--radius) var(--radius) 0 0;
      box-shadow: 0 0 2em rgb(0 0 0/.3);
    }
    h2 {
      margin: 0 0 .5em;
      font-size: 1.2em;
      line-height: 1.3;
    }
    .answers {
      display: grid;
      grid: auto-flow 1fr/repeat(3, minmax(0, 1fr));
      gap: .5em;
    }
    @media(max-width: 30em) {
      .answers {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .reopen {
      left: .75em;
      bottom: .75em;
      width: 2.75em;
      height: 2.75em;
      display: grid;
      place-items: center;
      padding: 0;
      border: 2px solid var(--border);
      border-radius: 50%;
      box-shadow: 0 1px .5em rgb(0 0 0/.3);
      cursor: pointer;
    }
    .reopen.aside {
      left: auto;
      right: .75em;
    }
    dialog {
      width: min(42em, 100% - 1em);
      max-width: none;
      max-height: calc(100% - 1em);
      padding: 0;
      border: 1px solid var(--border);
      border-radius: var(--radius);
      overflow: hidden;
    }
    dialog[open] {
      display: flex;
      flex-flow: column;
    }
    dialog::backdrop {
      background: rgb(0 0 0/.5);
    }
    .dialog-header,
    .dialog-footer {
      padding: .75em 1.25em;
    }
    .dialog-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      border-bottom: 1px solid var(--border);
    }
    .dialog-header h2 {
      margin: 0;
    }
    .close {
      flex: none;
      width: 1.75em;
      height: 1.75em;
      padding: 0;
      border: 0;
      border-radius: var(--radius);
      background: none;
      color: inherit;
      font: inherit;
      font-size: 1.5em;
      line-height: 1;
      cursor: pointer;
    }
    .dialog-body {
      flex: auto;
      min-height: 0;
      overflow: auto;
      padding: 0 1.25em 1em;
    }
    .dialog-footer {
      border-top: 1px solid var(--border);
    }
    .category {
      padding: 1em 0;
      border-bottom: 1px solid var(--border);
    }
    .category p {
      margin: .5em 0 0;
    }
    .switch-row {
      display: flex;
      align-items: center;
      gap: .75em;
      cursor: pointer;
    }
    .switch {
      --knob: var(--border);
      appearance: none;
      flex: none;
      margin: 0;
      font: inherit;
      width: 2.75em;
      height: 1.5em;
      border: 2px solid var(--border);
      border-radius: 1em;
      background: radial-gradient(circle closest-side, var(--knob) 70%, #0000 75%) 0/1.25em 100%
        no-repeat var(--background);
      cursor: pointer;
    }
    .switch:checked {
      --knob: var(--on-accent);
      border-color: var(--accent);
      background-color: var(--accent);
      background-position: 100%;
    }
    .switch:disabled {
      opacity: .6;
      cursor: default;
    }
    summary {
      width: fit-content;
      padding: .5em 0;
      cursor: pointer;
    }
    ul,
    ol {
      margin: 0;
      padding-left: 1.25em;
    }
    .services {
      padding: 0;
      list-style: none;
    }
    .services>li {
      padding: .75em 0 0 1em;
    }
    dl {
      display: grid;
      grid: auto-flow/auto 1fr;
      gap: .25em 1em;
      margin: .5em 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    code {
      font: .9em ui-monospace, monospace;
    }
    h3 {
      margin: 1.5em 0 .5em;
      font-size: 1.05em;
    }
    h4 {
      margin: 1em 0 .25em;
      font-size: 1em;
    }
    .visually-hidden {
      position: fixed;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media print {
      .banner,
      .reopen {
        display: none;
      }
    }
    @media(forced-colors: active) {
      .switch {
        appearance: auto;
      }
    }
    @media(prefers-reduced-motion: no-preference) {
      .banner {
        animation: slide-up .3s ease-out;
      }
      .switch {
        transition: background-position .15s;
      }
    }
    @keyframes slide-up {
      from {
        transform: translateY(100%);
      }
    }
  `,
);

export const placeholderStyles = sheet(
  base +
    css`
    :host {
      position: absolute;
      display: inline-block;
      box-sizing: border-box;
      overflow: hidden;
    }
    .placeholder {
      box-sizing: border-box;
      height: 100%;
      overflow: auto;
      display: flex;
      flex-flow: column;
      align-items: center;
      justify-content: safe center;
      gap: .5em;
      padding: 1em;
      text-align: center;
      background: var(--background);
      border: 1px solid var(--border);
      border-radius: var(--radius);
    }
    p {
      margin: 0;
    }
  `,
);
