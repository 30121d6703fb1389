/**
 * What already runs cannot phone home (SPEC §2): `fetch`, `XMLHttpRequest`,
 * `navigator.sendBeacon`, image pixels (`img.src`, `new Image().src`, `setAttribute('src')`) and
 * `<a ping>` to a known tracker whose consent is not granted are refused before a request
 * leaves the browser. That covers a tracker's script that ran before a withdrawal and a
 * first-party script that forwards data to a tracker the visitor refused.
 *
 * Refused is what the browser itself does with a blocked request: fetch rejects with a
 * TypeError, an XMLHttpRequest fires `error`, sendBeacon returns false, an image stays empty,
 * and a link is followed without its tracker pings.
 */
import { matchTracker } from './trackers.js';
import type { GateOptions } from './gate.js';

/** Starts refusing. `o` is the gates' options: its rules change when the notice is trusted. */
export function guardNetwork(o: Pick<GateOptions, 'granted' | 'rules'>): void {
  const refused = (url: unknown): boolean => {
    const rule = matchTracker(String(url), o.rules);
    return !!rule && !o.granted(rule.category, rule.service);
  };

  const nativeFetch = window.fetch;
  window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const input = args[0];
    return refused(input instanceof Request ? input.url : input)
      ? Promise.reject(new TypeError('samtykke: no consent for ' + String(input instanceof Request ? input.url : input)))
      : nativeFetch.apply(this, args);
  };

  const xhr = XMLHttpRequest.prototype;
  const { open, send } = xhr;
  /** Requests opened to a refused tracker: `send` fails them as a network error would. */
  const held = new WeakSet<XMLHttpRequest>();
  xhr.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    if (refused(args[1])) held.add(this);
    else held.delete(this);
    return (open as (...a: unknown[]) => void).apply(this, args);
  };
  xhr.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    if (!held.has(this)) return send.call(this, body);
    setTimeout(() => ['error', 'loadend'].forEach((type) => this.dispatchEvent(new ProgressEvent(type))));
  };

  const beacon = navigator.sendBeacon;
  if (beacon) navigator.sendBeacon = (url, data) => !refused(url) && beacon.call(navigator, url, data);

  // Pixels: the `src` setter (which `new Image().src` uses too) and setAttribute.
  const image = HTMLImageElement.prototype;
  const src = Object.getOwnPropertyDescriptor(image, 'src')!;
  Object.defineProperty(image, 'src', {
    ...src,
    set(this: HTMLImageElement, value: unknown) {
      if (!refused(value)) src.set!.call(this, value);
    },
  });
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (!(this instanceof HTMLImageElement && /^src$/i.test(name) && refused(value))) setAttribute.call(this, name, value);
  };

  // <a ping>: the pings leave when the link is followed, after the click; the tracker ones are
  // taken off first (the capture listener on window runs before any of the page's).
  const stripPings = (event: Event) => {
    const link = (event.composedPath()[0] as Element).closest?.('a[ping]');
    if (link)
      setAttribute.call(
        link,
        'ping',
        link
          .getAttribute('ping')!
          .split(/\s+/)
          .filter((url) => !refused(url))
          .join(' '),
      );
  };
  addEventListener('click', stripPings, true);
  addEventListener('auxclick', stripPings, true);
}
