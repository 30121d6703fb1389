/**
 * The widget's look, as one constructed style sheet per shadow root (adoptedStyleSheets), so it
 * renders under a `style-src 'self'` policy: no <style> elements, no style attributes. Every
 * colour comes from a `--samtykke-*` custom property with a default that meets WCAG AA in its
 * theme (text ≥ 4.5:1, controls ≥ 3:1). Sizes are in em (never rem: the page's root font size
 * is not ours).
 *
 * The CSS is plain text; the `css` tag only marks it for the build, which collapses its
 * whitespace (rollup.config.mjs).
 */
const css = String.raw;

/** A constructed sheet for `cssText`, made on first use and shared by every root. */
export function sheet(cssText: string): () => CSSStyleSheet {
  let s: CSSStyleSheet | undefined;
  return () => {
    if (!s) {
      s = new CSSStyleSheet();
      s.replaceSync(cssText);
    }
    return s;
  };
}

/** Dark defaults; applied by prefers-color-scheme unless the config says light, or always for dark. */
const dark = css`
  --_bg: var(--samtykke-bg, #1e1e22);
  --_fg: var(--samtykke-fg, #f1f1f4);
  --_ac: var(--samtykke-accent, #8ab4f8);
  --_af: var(--samtykke-accent-fg, #10131a);
  --_bd: var(--samtykke-border, #8e8e9a);
  color-scheme: dark;
`;

/** Palette, type and the shared button: the widget and the iframe placeholder both use these. */
const base = css`
  :host {
    all: initial;
  }
  .t {
    --_bg: var(--samtykke-bg, #fff);
    --_fg: var(--samtykke-fg, #1d1d20);
    --_ac: var(--samtykke-accent, #1a56db);
    --_af: var(--samtykke-accent-fg, #fff);
    --_bd: var(--samtykke-border, #6e6e78);
    --_r: var(--samtykke-radius, 8px);
    color-scheme: light;
    color: var(--_fg);
    font: medium/1.5 var(--samtykke-font, system-ui, sans-serif);
    overflow-wrap: anywhere;
  }
  @media(prefers-color-scheme: dark) {
    .t:not(.light) {
      ${dark}
    }
  }
  .t.dark {
    ${dark}
  }
  a {
    color: var(--_ac);
  }
  p {
    margin: 0 0 1em;
  }
  .btn {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    margin: 0;
    padding: .5em 1em;
    border: 2px solid var(--_ac);
    border-radius: var(--_r);
    background: var(--_ac);
    color: var(--_af);
    cursor: pointer;
  }
  .btn:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--_ac);
    outline-offset: 2px;
  }
`;

export const widgetStyles = sheet(
  base +
    css`
    :host,
    .t {
      display: contents;
    }
    .banner,
    .reopen,
    dialog {
      box-sizing: border-box;
      background: var(--_bg);
      color: var(--_fg);
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
      border: 1px solid var(--_bd);
      border-bottom: 0;
      border-radius: var(--_r) var(--_r) 0 0;
      box-shadow: 0 0 2em rgb(0 0 0/.3);
    }
    h2 {
      margin: 0 0 .5em;
      font-size: 1.2em;
      line-height: 1.3;
    }
    .btns {
      display: grid;
      grid: auto-flow 1fr/repeat(3, minmax(0, 1fr));
      gap: .5em;
    }
    @media(max-width: 30em) {
      .btns {
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
      border: 2px solid var(--_bd);
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
      border: 1px solid var(--_bd);
      border-radius: var(--_r);
      overflow: hidden;
    }
    dialog[open] {
      display: flex;
      flex-flow: column;
    }
    dialog::backdrop {
      background: rgb(0 0 0/.5);
    }
    .hd,
    .ft {
      padding: .75em 1.25em;
    }
    .hd {
      display: flex;
      align-items: center;
      justify-content: space-between;
      border-bottom: 1px solid var(--_bd);
    }
    .hd h2 {
      margin: 0;
    }
    .x {
      flex: none;
      width: 1.75em;
      height: 1.75em;
      padding: 0;
      border: 0;
      border-radius: var(--_r);
      background: none;
      color: inherit;
      font: inherit;
      font-size: 1.5em;
      line-height: 1;
      cursor: pointer;
    }
    .bd {
      flex: auto;
      min-height: 0;
      overflow: auto;
      padding: 0 1.25em 1em;
    }
    .ft {
      border-top: 1px solid var(--_bd);
    }
    .cat {
      padding: 1em 0;
      border-bottom: 1px solid var(--_bd);
    }
    .cat p {
      margin: .5em 0 0;
    }
    .row {
      display: flex;
      align-items: center;
      gap: .75em;
      cursor: pointer;
    }
    .sw {
      appearance: none;
      flex: none;
      margin: 0;
      font: inherit;
      width: 2.75em;
      height: 1.5em;
      border: 2px solid var(--_bd);
      border-radius: 1em;
      background: radial-gradient(circle closest-side, var(--_k, var(--_bd)) 70%, #0000 75%) 0/1.25em 100%
        no-repeat var(--_bg);
      cursor: pointer;
    }
    .sw:checked {
      --_k: var(--_af);
      border-color: var(--_ac);
      background-color: var(--_ac);
      background-position: 100%;
    }
    .sw:disabled {
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
    .svcs {
      padding: 0;
      list-style: none;
    }
    .svcs>li {
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
    .sr {
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
      .sw {
        appearance: auto;
      }
    }
    @media(prefers-reduced-motion: no-preference) {
      .banner {
        animation: up .3s ease-out;
      }
      .sw {
        transition: background-position .15s;
      }
    }
    @keyframes up {
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
    .t {
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
      background: var(--_bg);
      border: 1px solid var(--_bd);
      border-radius: var(--_r);
    }
    p {
      margin: 0;
    }
  `,
);
