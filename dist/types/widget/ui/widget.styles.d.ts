export declare const widgetStyles: () => CSSStyleSheet;
