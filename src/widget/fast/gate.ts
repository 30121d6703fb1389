/**
 * Gates (SPEC §2): elements that stay inert until their consent is granted, then come alive in
 * document order, once. Also auto-blocking: known trackers written in the HTML or created by
 * other scripts are turned into gates before they can load.
 *
 * It must never activate an element whose category (and service) `granted` does not confirm at
 * the moment of activation, and never activate one element twice. Shared by the guard and the
 * full bundle, so it imports nothing heavy.
 */
import { KNOWN_TRACKERS, matchTracker } from './trackers.js';
import type { TrackerRule } from './trackers.generated.js';
import type { GateOptions, Gates } from './gate-options.js';

export type { GateOptions, Gates } from './gate-options.js';

/** The media elements a gate can hold besides scripts: they load by `src` or `srcset`. */
const MEDIA_TAGS = ['iframe', 'img', 'video', 'audio', 'source'];
const MEDIA = MEDIA_TAGS.join(',');
/** The elements a gate or the auto-blocker can hold: scripts and media. */
const GATED_TAGS = new Set(['script', ...MEDIA_TAGS]);
const GATED_TAGS_SELECTOR = [...GATED_TAGS].join(',');
const AUTO = 'data-samtykke-auto';
/** What the page wrote in `data-consent`, kept when samtykke holds the element as something else. */
export const TAGGED = 'data-samtykke-tagged';
const NECESSARY = 'necessary';
// A held tracker script stays a gate when its snippet sets `type` after `src` (Outbrain's does).
const SELECTOR = `script[type="text/plain"][data-consent],script[${AUTO}][data-src]:not([src]),:is(${MEDIA})[data-consent]:is([data-src],[data-srcset])`;

/** Elements this code created or released: the blocking hooks let them through. */
const released = new WeakSet<Element>();
/** Gates queued or activated: never again. */
const done = new WeakSet<Element>();

type Policy = { createScriptURL(s: string): string; createScript(s: string): string };
let policy: Policy | undefined;
/**
 * A Trusted Types policy where the page has them, so activation works under a strict CSP; else
 * (or when the page's CSP forbids our policy name) the plain strings, and a page that requires
 * Trusted Types then shows the refused activation in its console.
 */
export function trusted(): Policy {
  if (!policy) {
    // String is the identity on strings.
    policy = { createScriptURL: String, createScript: String };
    try {
      const tt = (window as unknown as { trustedTypes?: { createPolicy(n: string, p: Policy): Policy } }).trustedTypes;
      if (tt) policy = tt.createPolicy('samtykke', policy);
    } catch {
      // Forbidden name: the plain strings above.
    }
  }
  return policy;
}

/** The browser's own setAttribute, kept before auto-blocking patches it (see `createGates`). */
let nativeSetAttribute: Element['setAttribute'];
/** Sets an attribute past the patched setAttribute: for samtykke's own writes. */
const setAttribute = { call: (el: Element, name: string, value: string) => nativeSetAttribute.call(el, name, value) };
const isTag = (el: unknown): el is HTMLScriptElement | HTMLIFrameElement =>
  el instanceof HTMLScriptElement || el instanceof HTMLIFrameElement;

/** Rewrites a tracker element into the inert gate form. Returns true when it did. */
function hold(el: Element, url: string, o: GateOptions): boolean {
  if (released.has(el)) return false;
  const rule = matchTracker(url, o.rules);
  if (!rule || o.granted(rule.category, rule.service)) return false;
  setAttribute.call(el, 'data-src', url);
  setAttribute.call(el, 'data-consent', rule.category);
  setAttribute.call(el, 'data-service', rule.service);
  setAttribute.call(el, AUTO, '');
  if (el instanceof HTMLScriptElement) {
    const type = el.getAttribute('type');
    if (type && type !== 'text/javascript') setAttribute.call(el, 'data-type', type);
    setAttribute.call(el, 'type', 'text/plain');
  }
  el.removeAttribute('src');
  return true;
}

/** A declared service's category, or undefined (also for names every object has, like "constructor"). */
const categoryIn = (services: Readonly<Record<string, string>>, service: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(services, service) ? services[service] : undefined;

/**
 * What a trusted notice declares, as the gates ask it: its category ids and its services (id →
 * category). A gate naming no service needs only its category; one naming a service needs both.
 */
export function declaredBy(notice: {
  categories: readonly string[];
  services: Readonly<Record<string, string>>;
}): Required<Pick<GateOptions, 'declared' | 'categoryOf'>> {
  return {
    declared: (category, service) =>
      notice.categories.includes(category) && (!service || categoryIn(notice.services, service) !== undefined),
    categoryOf: (service) => categoryIn(notice.services, service),
  };
}

/**
 * The known tracker a gate loads: by its URL, or (an inline script) by the catalogue service it
 * names. Null for anything else.
 */
function knownTracker(el: Element): TrackerRule | null {
  const url = el.getAttribute('data-src');
  const service = el.getAttribute('data-service');
  if (url) return matchTracker(url, KNOWN_TRACKERS);
  return (service && KNOWN_TRACKERS.find((rule) => rule.service === service)) || null;
}

/**
 * `data-consent="necessary"` does not make a known tracker necessary (SPEC §2): it is held as
 * its service, in the category the notice files that service under (the catalogue's when the
 * notice has not said yet or does not declare it). What the page wrote is kept in TAGGED, so the
 * category is looked up again once the notice is trusted, and an audit can see the mislabel.
 */
function holdMisfiled(el: Element, o: GateOptions): void {
  if (el.hasAttribute(AUTO)) return; // auto-blocking already holds it as what it is
  const tracker = knownTracker(el);
  if (!tracker) return;
  const held = { category: o.categoryOf?.(tracker.service) ?? tracker.category, service: tracker.service };
  setAttribute.call(el, TAGGED, NECESSARY);
  setAttribute.call(el, 'data-consent', held.category);
  setAttribute.call(el, 'data-service', held.service);
  o.onMisfiled?.(el, held);
}

/** Patches the ways scripts can give an element a tracker URL: the `src` setters and setAttribute. */
function patch(o: GateOptions): void {
  for (const proto of [HTMLScriptElement.prototype, HTMLIFrameElement.prototype]) {
    const d = Object.getOwnPropertyDescriptor(proto, 'src')!;
    Object.defineProperty(proto, 'src', {
      ...d,
      set(this: Element, v: unknown) {
        if (!hold(this, String(v), o)) d.set!.call(this, v);
      },
    });
  }
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (isTag(this) && /^src$/i.test(name) && hold(this, String(value), o)) return;
    setAttribute.call(this, name, value);
  };
}

/** The live copy of each activated script, to take away again when its inert gate leaves the page. */
const liveCopies = new WeakMap<Element, Element>();

/**
 * Brings one gate to life. A script gets a live copy inserted just before it (so the first
 * match of a query or an id is the live one), and the inert element stays where it is: a
 * framework (React, Vue, …) still finds the node it created, and the inert one never runs.
 * Media get their src.
 */
async function activate(el: Element, o: GateOptions): Promise<void> {
  const url = el.getAttribute('data-src');
  if (el instanceof HTMLScriptElement) {
    const s = document.createElement('script');
    released.add(s);
    for (const a of el.attributes) {
      if (!/^(type|data-src|data-type|nonce)$/.test(a.name)) setAttribute.call(s, a.name, a.value);
    }
    const type = el.getAttribute('data-type');
    if (type) setAttribute.call(s, 'type', type);
    s.nonce = el.nonce || o.nonce || ''; // the nonce slot only: '' is its default
    const tt = trusted();
    const async = el.hasAttribute('async');
    if (url) {
      // A script created by script is async unless told otherwise; document order needs that.
      if (!async) s.async = false;
      s.src = tt.createScriptURL(url);
    } else s.text = tt.createScript(el.text);
    // A classic external script in order: the next gate waits until it has run (or failed).
    const loaded =
      url &&
      !async &&
      type !== 'module' &&
      new Promise((done) => {
        s.addEventListener('load', done);
        s.addEventListener('error', done);
      });
    el.before(s);
    o.onActivated?.(s);
    // The inert one no longer looks like a gate or shares the id: queries find the live one.
    el.removeAttribute('id');
    el.removeAttribute('data-consent');
    await loaded;
    // Only once it has run: a script taken away while loading might never say it is done.
    liveCopies.set(el, s);
    return;
  }
  if (el instanceof HTMLIFrameElement && url && o.framePolicy?.refuses(url)) return o.framePolicy.reload(url);
  released.add(el);
  const srcset = el.getAttribute('data-srcset');
  if (srcset) setAttribute.call(el, 'srcset', srcset);
  if (url) setAttribute.call(el, 'src', url);
  if (el instanceof HTMLSourceElement && el.parentElement instanceof HTMLMediaElement) el.parentElement.load();
}

/**
 * Holds and releases the page's gates (SPEC §2): `<script type="text/plain" data-consent>` and
 * media with `data-src`, plus the known trackers auto-blocking holds (`options.rules`). From the
 * call on, it watches the document and the script `src` setters, holds what is not granted and
 * activates what is, one at a time in document order (a classic external script runs before the
 * next gate starts), never twice. Call `scan()` after a decision to release what it now grants.
 *
 * @param o What is granted and declared, and the hooks for held and activated elements.
 * @returns The gates: `scan()` and the options they read.
 */
export function createGates(o: GateOptions): Gates {
  // Taken here, not at import: importing this module touches no DOM (it also runs in Node).
  nativeSetAttribute ??= Element.prototype.setAttribute;
  let chain: Promise<void> = Promise.resolve();

  /** Granted, and declared by the notice (SPEC §2: an undeclared gate stays inert). */
  const open = (cat: string, svc: string | undefined) => o.granted(cat, svc) && (!o.declared || o.declared(cat, svc));

  function consider(el: Element): void {
    if (done.has(el) || !el.matches(SELECTOR)) return;
    if (el.hasAttribute(TAGGED) || el.getAttribute('data-consent') === NECESSARY) holdMisfiled(el, o);
    const cat = el.getAttribute('data-consent')!;
    const svc = el.getAttribute('data-service') || undefined;
    if (!open(cat, svc)) {
      o.onBlocked?.(el);
      return;
    }
    done.add(el);
    chain = chain
      .then(() =>
        // Re-checked at its turn: a withdrawal may have come in between.
        el.isConnected && open(cat, svc) ? activate(el, o) : void done.delete(el),
      )
      .catch((e) => console.error('samtykke: activation failed', e));
  }

  function check(element: Element): void {
    let el = element;
    // Trackers written in the HTML: rewritten before the parser runs them (the observer's
    // microtask comes first).
    const src = el.getAttribute('src');
    if (src && isTag(el) && !el.matches(SELECTOR) && hold(el, src, o) && el instanceof HTMLIFrameElement) {
      // The parser has already begun this frame's navigation; only detaching the frame
      // cancels it. Its inert copy takes its place.
      el.replaceWith((el = el.cloneNode(true) as Element));
    }
    consider(el);
  }

  /**
   * Every element the parser or a script adds passes here, so the common case (a paragraph, a
   * link) is turned away by its tag name alone, before any selector is matched.
   */
  function visit(node: Node): void {
    if (!(node instanceof Element)) return;
    if (GATED_TAGS.has(node.localName)) check(node);
    if (node.firstElementChild) node.querySelectorAll(GATED_TAGS_SELECTOR).forEach(check);
  }

  if (o.rules.length) patch(o);
  /** A gate taken off the page (a framework unmounting it) takes its live copy along. */
  function removed(node: Node): void {
    if (!(node instanceof Element)) return;
    for (const el of [node, ...node.querySelectorAll('script')]) {
      if (!el.isConnected) liveCopies.get(el)?.remove();
    }
  }

  new MutationObserver((records) => {
    for (const r of records) {
      r.addedNodes.forEach(visit);
      r.removedNodes.forEach(removed);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  return {
    options: o,
    scan() {
      document.querySelectorAll(SELECTOR).forEach(consider);
      return chain;
    },
  };
}
