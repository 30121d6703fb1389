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
export declare const css: (template: {
    raw: readonly string[] | ArrayLike<string>;
}, ...substitutions: any[]) => string;
/** A constructed sheet for `cssText`, made on first use and shared by every root. */
export declare function sheet(cssText: string): () => CSSStyleSheet;
/** Palette, type and the shared button: the widget and the iframe placeholder both use these. */
export declare const base: string;
export declare const placeholderStyles: () => CSSStyleSheet;
