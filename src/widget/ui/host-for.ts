/**
 * The `WidgetHost` both faces of the interface answer through: the plain-DOM first layer
 * (first-layer.ts, in samtykke-first.mjs) and the Lit element (widget.ts, in samtykke-ui.mjs).
 * One module, so a decision made from either records the same receipt: the same `via`, the same
 * `userActivation`, the same refusal of a page script's grant (decide/grant.ts). No Lit here.
 *
 * Provenance is decided from the event itself: a decision counts as the visitor's own
 * (`via: "banner"` or `"dialog"`) only when a real, trusted click or key press inside the widget
 * asked for it. A page script that calls the host, or fakes a click with `element.click()`, is
 * recorded as `via: "api"`.
 */
import type { Provenance } from '../fast/controller.js';
import type { InterfaceConnection } from '../fast/parts.js';
import type { WidgetHost } from './host.js';

/**
 * The provenance of a decision asked for by `trigger` inside `element`, the page's user
 * activation being `activation` (the fast path's `userActivation()`, handed over through the
 * connection: the part carries no copy of it).
 */
export function provenanceOf(trigger: Event | undefined, element: Element, activation: boolean): Provenance {
  const path = trigger?.isTrusted ? trigger.composedPath() : [];
  if (!path.includes(element)) return { via: 'api', userActivation: activation };
  return { via: path.some((node) => node instanceof HTMLDialogElement) ? 'dialog' : 'banner', userActivation: activation };
}

/** Where the element keeps the notice it runs with, for tools that inspect the page. */
export const NOTICE_KEY = Symbol.for('samtykke.notice');

/** The host the interface renders from and answers through. */
export function hostFor(connection: InterfaceConnection, element: Element): WidgetHost {
  const { notice, controller } = connection;
  const config = notice.text;
  // An app that starts samtykke with init(config) has no copy of its notice in the page: tools
  // that inspect the page (`samtykke audit`) read it here, from either face of the element.
  Object.defineProperty(element, NOTICE_KEY, { value: config, configurable: true });
  return {
    config,
    language: notice.language,
    assetBase: connection.assetBase,
    get consent() {
      return controller.current();
    },
    get gpcHonoured() {
      return connection.gpcHonoured();
    },
    services: () => config.services,
    acceptAll: (trigger) => controller.decide('accept-all', {}, provenanceOf(trigger, element, connection.userActivation())),
    rejectAll: (trigger) => controller.decide('reject-all', {}, provenanceOf(trigger, element, connection.userActivation())),
    save: (choices, trigger) => controller.decide('custom', choices, provenanceOf(trigger, element, connection.userActivation())),
    history: connection.history,
    subscribe: controller.subscribe,
  };
}
