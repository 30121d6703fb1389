/**
 * Binds the UI's placeholder view to the core: what a blocked iframe shows, and what its
 * "Allow and show" grants — just that service (its category opens for it alone: the category's
 * other services keep their current value).
 */
import type { SamtykkeAPI } from './core.js';
import type { WidgetHost } from '../ui/host.js';
export declare function mountPlaceholderFor(iframe: HTMLIFrameElement, host: WidgetHost, api: SamtykkeAPI): () => void;
