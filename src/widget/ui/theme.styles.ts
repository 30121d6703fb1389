/**
 * The look every samtykke shadow tree shares: the palette (light and dark, from the
 * `--samtykke-*` custom properties), the type, links, the answer button and the focus ring, and
 * the iframe placeholder's own sheet. The widget's sheet (widget.styles.ts) builds on `base`.
 *
 * One constructed style sheet per shadow root (adoptedStyleSheets), so it renders under a
 * `style-src 'self'` policy: no <style> elements, no style attributes. Every colour comes from a
 * `--samtykke-*` custom property with a default that meets WCAG AA in its theme (text ≥ 4.5:1,
 * controls ≥ 3:1). Sizes are in em (never rem: the page's root font size is not ours).
 *
 * The CSS is plain text; the `css` tag only marks it for the build, which collapses its
 * whitespace (rollup.config.mjs). Class names are the widget's own (pages cannot reach them);
 * pages style through the parts listed in view.ts (`PART`) and the custom properties. The
 * palette lives in unprefixed properties (`--background`, `--accent`, …) set on each shadow
 * tree's root element, so a page's own properties of those names never leak in.
 */
export const css = String.raw;

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
export const base = css`
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
