/**
 * The interface part (`samtykke-ui.mjs`): Lit, the element, the first layer, the styles and the
 * strings. Fetched only when a visitor must see it: a first visit (requested the moment
 * samtykke.js runs) or when the visitor opens their choices.
 *
 * The host it answers through, and how a decision's provenance is told, are host-for.ts, shared
 * with the plain-DOM first layer.
 */
import type { InterfacePart } from '../fast/parts.js';
import { hostFor } from './host-for.js';
import type { SamtykkeWidget } from './widget.js';
// Defines <samtykke-widget> (a side effect of importing it): written out, so no compiler or
// bundler that drops type-only imports can drop it.
import './widget.js';

export { hostFor, provenanceOf } from './host-for.js';

export const showInterface: InterfacePart['showInterface'] = (element, connection) => {
  // Defining the element (widget.ts) upgrades the one the fast path put in the page.
  customElements.upgrade(element);
  const widget = element as SamtykkeWidget;
  widget.host = hostFor(connection, element);
  return widget;
};
