/** A constructed sheet for `cssText`, made on first use and shared by every root. */
export declare function sheet(cssText: string): () => CSSStyleSheet;
export declare const widgetStyles: () => CSSStyleSheet;
export declare const placeholderStyles: () => CSSStyleSheet;
