/**
 * The first-layer part (`samtykke-first.mjs`): what a first visit needs to show its buttons, and
 * no Lit. It paints the first layer in plain DOM (first-layer.ts) into the page's
 * `<samtykke-widget>`, with the words of the page's language only (i18n/first/load.ts),
 * answering through the same host as the Lit element (host-for.ts). When the page is idle it has
 * the interface part (Lit, the second layer, its words) fetched, so Choose opens at once; on
 * Choose the fast path hands the same host element to the Lit element (fast/interface.ts).
 */
import { loadFirstStrings } from '../i18n/first/load.js';
import type { FirstLayerPart } from '../fast/parts.js';
import { paintFirstLayer } from './first-layer.js';
import { hostFor } from './host-for.js';
import { whenIdle } from './idle.js';

export const showFirstLayer: FirstLayerPart['showFirstLayer'] = async (element, connection, choose, prefetch) => {
  const { strings, language } = await loadFirstStrings(connection.notice.language, connection.assetBase);
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const layer = paintFirstLayer(root, hostFor(connection, element), strings, language, choose);
  // The buttons are up: fetch Lit, the second layer and its words while the visitor reads.
  whenIdle(() => prefetch(language));
  return layer;
};
