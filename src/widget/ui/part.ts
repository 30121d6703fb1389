/**
 * The interface part (`samtykke-ui.mjs`): Lit, the element, the first layer, the styles and the
 * strings. Fetched only when a visitor must see it: a first visit (requested the moment
 * samtykke.js runs) or when the visitor opens their choices.
 *
 * Provenance is decided here, from the event itself: a decision counts as the visitor's own
 * (`via: "banner"` or `"dialog"`) only when a real, trusted click or key press inside the widget
 * asked for it. A page script that calls the host, or fakes a click with `element.click()`, is
 * recorded as `via: "api"`.
 */
import { userActivation } from '../fast/api.js';
import type { Provenance } from '../fast/controller.js';
import type { InterfaceConnection, InterfacePart } from '../fast/parts.js';
import type { WidgetHost } from './host.js';
import type { SamtykkeWidget } from './widget.js';
// Defines <samtykke-widget> (a side effect of importing it): written out, so no compiler or
// bundler that drops type-only imports can drop it.
import './widget.js';

/** The provenance of a decision asked for by `trigger` inside `element`. */
export function provenanceOf(trigger: Event | undefined, element: Element): Provenance {
  const activation = userActivation();
  const path = trigger?.isTrusted ? trigger.composedPath() : [];
  if (!path.includes(element)) return { via: 'api', userActivation: activation };
  return { via: path.some((node) => node instanceof HTMLDialogElement) ? 'dialog' : 'banner', userActivation: activation };
}

/** The host the element renders from and answers through. */
export function hostFor(connection: InterfaceConnection, element: Element): WidgetHost {
  const { config, controller } = connection;
  return {
    config,
    assetBase: connection.assetBase,
    get consent() {
      return controller.current();
    },
    get gpcHonoured() {
      return connection.gpcHonoured();
    },
    services: () => config.services,
    acceptAll: (trigger) => controller.decide('accept-all', {}, provenanceOf(trigger, element)),
    rejectAll: (trigger) => controller.decide('reject-all', {}, provenanceOf(trigger, element)),
    save: (choices, trigger) => controller.decide('custom', choices, provenanceOf(trigger, element)),
    history: connection.history,
    subscribe: controller.subscribe,
  };
}

export const showInterface: InterfacePart['showInterface'] = (element, connection) => {
  // Defining the element (widget.ts) upgrades the one the fast path put in the page.
  customElements.upgrade(element);
  const widget = element as SamtykkeWidget;
  widget.host = hostFor(connection, element);
  return widget;
};
