/**
 * The interface part (`samtykke-ui.mjs`): Lit, the element, both layers, the styles and the
 * strings. Fetched when a visitor opens their choices, or when the page is idle after the plain
 * first layer (first-part.ts, `samtykke-first.mjs`) has shown a first visit its buttons; the
 * element then takes over the same host element.
 *
 * The host it answers through, and how a decision's provenance is told, are host-for.ts, shared
 * with the plain-DOM first layer.
 */
import type { InterfacePart } from '../fast/parts.js';
import { hostFor } from './host-for.js';
import { loadSecondLayer } from './loading.js';
import type { SamtykkeWidget } from './widget.js';
// Defines <samtykke-widget> (a side effect of importing it): written out, so no compiler or
// bundler that drops type-only imports can drop it.
import './widget.js';

export { hostFor, provenanceOf } from './host-for.js';

export const showInterface: InterfacePart['showInterface'] = async (element, connection, focused) => {
  // Defining the element (widget.ts) upgrades the one the fast path put in the page.
  customElements.upgrade(element);
  const widget = element as SamtykkeWidget;
  widget.host = hostFor(connection, element);
  if (focused) {
    // The plain first layer gave way with focus on one of its answers: focus its twin, so the
    // dialog about to open returns focus there when it closes.
    await widget.updateComplete;
    widget.shadowRoot?.querySelector<HTMLElement>(`.banner .${focused}`)?.focus();
  }
  return widget;
};

export const prefetch: InterfacePart['prefetch'] = (lang) => loadSecondLayer(lang).catch(() => undefined);
