/**
 * What the node:test tests' pages put on `window` for the tests to read back through
 * `page.evaluate` / `waitForFunction` (the functions passed there run in the page, and are
 * type-checked with the DOM's types by tsconfig.mjs.json). Each is typed as the page, the test's
 * init script or the fixture that sets it writes it. Declarations only; nothing here runs.
 */
interface Window {
  /** The scripts that ran, in order: each test page's inline and external scripts push a name. */
  __ran: string[];
  /** Every `samtykke:*` event on `document`, as JSON copies (pages/bad-config.html and others). */
  __events: { type: string; detail: any }[];
  /** The `samtykke:ready` details, in order (pages/necessary-only.html). */
  __ready: unknown[];
  /** The details `samtykke.on('change', …)` delivered (api-events.test.mjs). */
  __viaOn: unknown[];
  /** The unsubscribe function `samtykke.on` returned (api-events.test.mjs). */
  __off: () => void;
  /** Set once `samtykke.whenGranted('marketing')` resolved (api-events.test.mjs). */
  __resolved: boolean;
  /** A value that survives only as long as the page is not reloaded (api-decisions.test.mjs). */
  __marker: number;
  /** When the banner's buttons were first found, in ms since the epoch (first-visit.test.mjs). */
  __buttonsAt: number;
  /** The URLs the frame's Content-Security-Policy refused (frames.test.mjs). */
  __refused: string[];
  /** `__ran` as it was while the HTML was still being parsed (pages/guard-*.html). */
  __whileParsing: string[];
  /** Each Content-Security-Policy violation as "directive URI sample" (pages/csp-watch.js). */
  __violations: string[];
  /** Set only if a hostile notice text ran as script, which must never happen (hostile.test.mjs). */
  __pwned?: number;
  /** Forwards data to a tracker by one channel and says how the browser answered (pages/channels.html). */
  phone: (channel: string, mark: string) => string | Promise<string>;
  /** The accessibility engine, injected from axe-core's own file by the a11y tests. */
  axe: typeof import('axe-core');

  /** Google's queue (gtag and GTM): `arguments` objects from gtag and plain objects. */
  dataLayer: any[];
  /** What each vendor's locally answered library received: [vendor, ...the call's arguments]. */
  __received: [vendor: string, ...args: any[]][];
  /** Microsoft Clarity's stub: a function queueing its calls' `arguments` on `q`. */
  clarity: ((...args: unknown[]) => void) & { q: IArguments[] };
  /** Microsoft UET's queue, flat: 'consent', 'update', { … } (vendors-consent.test.mjs). */
  uetq: unknown[];
  /** Meta Pixel's stub: a function queueing its calls' `arguments` on `queue`. */
  fbq: ((...args: unknown[]) => void) & { queue: IArguments[] };
  /** TikTok's stub: a queue of [method, ...arguments]. */
  ttq: [method: string, ...args: unknown[]][];
  /** Matomo's queue of [command, ...arguments]. */
  _paq: [command: string, ...args: unknown[]][];

  /** The React page's server HTML, whether "off" ever reached the DOM, the states it rendered
   * and hydration errors (test/package/hydrate/page.ts declares the same for its own build). */
  __serverHtml: string;
  __sawOff: boolean;
  __states: string[];
  __errors: string[];
}
