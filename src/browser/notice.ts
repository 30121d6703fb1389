/**
 * Finding a samtykke page's notice, wherever the site keeps it: inline JSON
 * (`#samtykke-config`), a `data-config` file, the notice given to the audit (`--notice FILE`),
 * or, for an app that starts samtykke with `init(config)` from its bundle, the widget itself
 * (`<samtykke-widget>`'s host). A page whose API (`window.samtykke`) is there but whose notice
 * cannot be read is not reported as having no notice: the audit says how to give it one.
 */
import type { Page } from 'playwright-core';
import { readNotice } from './widget.js';

export interface LearnedNotice {
  /** The notice as written (parsed JSON), or undefined when none could be read. */
  raw: unknown;
  /** The URL it was fetched from (data-config), if any: samtykke's own traffic. */
  source: string | null;
  /** Why there is no usable notice: reported as a problem of the widget. */
  errors: string[];
  /** What the audit did to find it: for the report's notes. */
  notes: string[];
}

/** The notice the widget runs with, read from its element (an `init()` app has no other copy in the page). */
function fromWidget(page: Page): Promise<unknown> {
  return page
    .evaluate(() => {
      // Symbol.for('samtykke.notice'): set by either face of the element (the plain first layer
      // or Lit's); `host.config`: widgets from before the plain first layer.
      const el = document.querySelector('samtykke-widget') as
        (Element & { host?: { config?: unknown }; [key: symbol]: unknown }) | null;
      const config = el?.[Symbol.for('samtykke.notice')] ?? el?.host?.config;
      return config && typeof config === 'object' ? JSON.parse(JSON.stringify(config)) : null;
    })
    .catch(() => null);
}

const hasApi = (page: Page): Promise<boolean> =>
  page
    .evaluate(() => typeof (window as unknown as { samtykke?: { get?: unknown } }).samtykke?.get === 'function')
    .catch(() => false);

export async function learnNotice(page: Page, given?: unknown): Promise<LearnedNotice> {
  const found = await readNotice(page);
  if (found.text !== null) {
    try {
      return { raw: JSON.parse(found.text), source: found.source, errors: [], notes: [] };
    } catch (e) {
      return {
        raw: undefined,
        source: found.source,
        errors: [`the notice is not valid JSON: ${(e as Error).message}`],
        notes: [],
      };
    }
  }
  if (found.source)
    return { raw: undefined, source: found.source, errors: [`the notice could not be fetched from ${found.source}`], notes: [] };
  if (given !== undefined)
    return {
      raw: given,
      source: null,
      errors: [],
      notes: ['The page has no notice of its own (it starts samtykke with init()); the audit used the notice it was given.'],
    };
  const api = await hasApi(page);
  const fromElement = api ? await fromWidget(page) : null;
  if (fromElement)
    return {
      raw: fromElement,
      source: null,
      errors: [],
      notes: ['The page starts samtykke with init(config) from its own code; the audit read the notice from the widget.'],
    };
  if (api)
    return {
      raw: undefined,
      source: null,
      errors: [],
      notes: [
        'samtykke runs on this page (window.samtykke), started by the page’s own code, but its notice could not be read from the page. Give the audit the notice with --notice FILE to run every consent state; without it only known tracking is judged.',
      ],
    };
  return { raw: undefined, source: null, errors: ['no notice (#samtykke-config or data-config) found'], notes: [] };
}
