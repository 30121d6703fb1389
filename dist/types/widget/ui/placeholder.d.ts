import type { PlaceholderInfo } from './host.js';
/**
 * Shows a placeholder over `iframe` (`lang`: a language tag, or "auto"). Returns the function
 * that removes it and shows the iframe again.
 */
export declare function mountPlaceholder(iframe: HTMLIFrameElement, info: PlaceholderInfo, lang: string): () => void;
