/**
 * What the page is told about gates that stay closed (SPEC §2, §4), once the notice is trusted
 * (before that, nothing is granted and nothing is said: the notice may yet be refused):
 *
 * - a known tracker that auto-blocking holds and the notice does not declare: one console
 *   warning per service;
 * - a gate whose category or service the notice does not declare: inert whatever the visitor
 *   chooses, named in one console error per page load that lists them all (one more for any
 *   added later, never one per element);
 * - a known tracker tagged `data-consent="necessary"`: one console error per service, naming
 *   what it is held as.
 *
 * A blocked iframe gets its placeholder in every case; the placeholder itself tells a service
 * it can grant from one it cannot.
 */
import type { GateOptions } from './gate.js';
import { UNDECLARED } from './notice.js';

export interface BlockedContext {
  /** Is the notice trusted yet? */
  trusted(): boolean;
  /** The gates' options as they are now (`declared` is set once the notice is trusted). */
  options(): GateOptions;
  /** Puts a placeholder over a blocked iframe, when the page has an interface. */
  placeholder(iframe: HTMLIFrameElement): void;
}

/** How an element is named in a console message: its tag and what it loads, or its service. */
function describe(el: Element): string {
  const url = el.getAttribute('data-src');
  const what = url ? ` data-src="${url}"` : el.getAttribute('data-service') ? '' : ' (inline)';
  return `<${el.localName}${what}>`;
}

/** The gate's own words: `data-consent="…" data-service="…"`. */
function tagOf(el: Element): string {
  const service = el.getAttribute('data-service');
  return `data-consent="${el.getAttribute('data-consent')}"${service ? ` data-service="${service}"` : ''}`;
}

/** The callbacks for `createGates`: `onBlocked` and `onMisfiled`. */
export function reportBlocked(context: BlockedContext): Pick<GateOptions, 'onBlocked' | 'onMisfiled'> {
  const said = new Set<string>();
  /** Undeclared gates not yet reported, gathered into one message. */
  let pending: string[] = [];

  const flush = () => {
    console.error(
      `samtykke: ${pending.length === 1 ? 'this gate stays' : 'these gates stay'} inert whatever the visitor chooses, because the notice does not declare its category or service (a visitor cannot consent to what the notice does not describe): ${pending.join('; ')}. Declare them in the notice ("categories", "services"), or take them off the page.`,
    );
    pending = [];
  };
  const undeclared = (el: Element) => {
    const key = tagOf(el);
    if (said.has(key)) return;
    said.add(key);
    if (!pending.length) {
      // After the parser is done, so one message names every such gate written in the HTML.
      const later = () => setTimeout(flush);
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', later, { once: true });
      else later();
    }
    pending.push(`${key} ${describe(el)}`);
  };

  return {
    onBlocked(el) {
      if (!context.trusted()) return;
      const category = el.getAttribute('data-consent') ?? '';
      const service = el.getAttribute('data-service') ?? '';
      const declared = context.options().declared;
      if (category === UNDECLARED) {
        if (!said.has(service)) {
          said.add(service);
          console.warn(
            `samtykke: auto-blocking holds "${service}", a known tracker the notice does not declare; it stays blocked whatever the visitor chooses. Declare it in "services" to offer it as a choice.`,
          );
        }
      } else if (declared && !declared(category, service || undefined)) undeclared(el);
      if (el instanceof HTMLIFrameElement) context.placeholder(el);
    },
    onMisfiled(el, held) {
      const key = 'necessary:' + held.service;
      if (!context.trusted() || said.has(key)) return;
      said.add(key);
      console.error(
        `samtykke: ${describe(el)} is "${held.service}", a known tracker, so data-consent="necessary" does not make it necessary: it is held as category "${held.category}", service "${held.service}", until the visitor grants that. Tag it data-consent="${held.category}" data-service="${held.service}".`,
      );
    },
  };
}
