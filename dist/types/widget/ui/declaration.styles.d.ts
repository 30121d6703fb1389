export declare const declarationStyles: () => CSSStyleSheet;
