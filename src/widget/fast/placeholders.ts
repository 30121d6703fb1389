/**
 * The in-place placeholders of blocked iframes (SPEC §2): one per blocked iframe, gone when its
 * gate opens or when the iframe leaves the page. What its one button does depends on what the
 * notice says about the iframe:
 *
 * - a service the notice declares (the iframe's `data-service`, or the catalogue service its
 *   host belongs to, declared in the iframe's category): "Allow and show" grants just that
 *   service;
 * - no service either way (a booking frame tagged with a category only): the button opens the
 *   second layer, where the visitor sees the whole category; one button never grants a category;
 * - a category or service the notice does not declare: no button, it says it cannot be shown.
 *
 * A grant from the placeholder is the visitor's own click: it goes to the controller directly
 * (no API check can refuse a real click), recorded `via: "placeholder"` for a trusted click.
 * A script's synthetic click without user activation grants nothing.
 */
import { text } from '../notice/text.js';
import { userActivation } from './api.js';
import type { PlaceholderInfo } from './controls.js';
import type { Controller, Provenance } from './controller.js';
import { declaredBy } from './gate.js';
import { UNDECLARED, type RuntimeNotice } from './notice.js';
import type { Parts } from './parts.js';
import { KNOWN_TRACKERS, matchTracker } from './trackers.js';

/** The host an iframe would load, for naming an iframe that names no service. */
function hostOf(url: string | null): string {
  try {
    return url ? new URL(url, location.href).hostname : '';
  } catch {
    return '';
  }
}

/**
 * The one service this iframe's placeholder may grant: its own `data-service`, or the catalogue
 * service of its host when the notice declares it in the iframe's category; null for none.
 */
export function serviceToGrant(iframe: HTMLIFrameElement, notice: RuntimeNotice): string | null {
  const named = iframe.getAttribute('data-service');
  if (named) return named;
  const category = iframe.getAttribute('data-consent');
  const tracker = matchTracker(iframe.getAttribute('data-src') ?? '', KNOWN_TRACKERS);
  return tracker && declaredBy(notice).categoryOf(tracker.service) === category ? tracker.service : null;
}

/** Who to name and what the placeholder may do, for one blocked iframe. */
function describeFrame(
  iframe: HTMLIFrameElement,
  notice: RuntimeNotice,
): Omit<PlaceholderInfo, 'allow' | 'choose'> & { service: string | null } {
  const { language } = notice;
  const category = iframe.getAttribute('data-consent') ?? '';
  const named = iframe.getAttribute('data-service') || undefined;
  const unavailable = category === UNDECLARED || !declaredBy(notice).declared(category, named);
  const service = unavailable ? null : serviceToGrant(iframe, notice);
  const declared = notice.text.services.find((s) => s.id === service);
  const categoryTitle = text(notice.text.categories[category]?.title, language) || category;
  const url = iframe.getAttribute('data-src');
  const ownName = text(declared?.name, language);
  // The catalogue fills in what the notice's service does not say (its part carries the names).
  const catalogueId = declared?.preset?.split('@')[0] ?? service ?? named ?? matchTracker(url ?? '', KNOWN_TRACKERS)?.service;
  return {
    serviceName: ownName || named || hostOf(url) || iframe.title || categoryTitle,
    serviceNameIsStandIn: !ownName,
    provider: declared?.provider,
    catalogueId,
    categoryTitle,
    theme: notice.theme,
    policyUrl: notice.text.controller.policyUrl,
    unavailable,
    service,
  };
}

/**
 * The placeholders of this page; returns the function that puts one over a blocked iframe
 * (once; the placeholder's own part is fetched for the first). `show` opens the second layer,
 * with focus returning to `opener` when it closes.
 */
export function placeholdersFor(
  notice: RuntimeNotice,
  controller: Controller,
  parts: Pick<Parts, 'placeholder'>,
  show: (opener: Element) => void,
): (iframe: HTMLIFrameElement) => void {
  const placeholders = new Map<HTMLIFrameElement, { remove(): void; unavailable: boolean }>();
  // A placeholder goes when its gate opens (its own category and service, as the gate asks),
  // or when its iframe leaves the page. One the notice does not declare never opens.
  const tidy = () => {
    for (const [iframe, placeholder] of placeholders) {
      const category = iframe.getAttribute('data-consent') ?? '';
      const service = iframe.getAttribute('data-service') || undefined;
      if (!iframe.isConnected || (!placeholder.unavailable && controller.granted(category, service))) {
        placeholder.remove();
        placeholders.delete(iframe);
      }
    }
  };
  controller.subscribe(tidy);
  new MutationObserver(() => placeholders.size && tidy()).observe(document.documentElement, { childList: true, subtree: true });

  return (iframe) => {
    if (placeholders.has(iframe) || !iframe.isConnected) return;
    const { service, ...info } = describeFrame(iframe, notice);
    const category = iframe.getAttribute('data-consent') ?? '';
    const allow = (trigger: Event) => {
      const activation = userActivation();
      // A script's click() on the button is no visitor's act unless it runs inside one.
      if (!trigger.isTrusted && !activation) return;
      // Just this service: its category opens for it alone, the category's other services keep
      // their current value (refused before any decision). Only declared ids are ever sent.
      const choices: Record<string, boolean> = { [category]: true };
      for (const [id, of] of Object.entries(notice.services)) if (of === category) choices[id] = controller.granted(category, id);
      choices[service!] = true;
      const provenance: Provenance = { via: trigger.isTrusted ? 'placeholder' : 'api', userActivation: activation };
      void controller.decide('custom', choices, provenance).catch(() => undefined);
    };
    // Mounted once its part is here; taken off at once if it went meanwhile.
    let gone = false;
    const placeholder = {
      remove(): void {
        gone = true;
      },
      unavailable: !!info.unavailable,
    };
    placeholders.set(iframe, placeholder);
    parts.placeholder().then(
      (part) => {
        if (gone) return;
        placeholder.remove = part.mountPlaceholder(
          iframe,
          { ...info, allow: service ? allow : undefined, choose: show },
          notice.language,
        );
      },
      () => undefined, // reported by the loader; the iframe stays blocked, without its placeholder
    );
  };
}
