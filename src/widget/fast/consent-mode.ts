/**
 * Google Consent Mode v2 (SPEC §6): the `default` (everything denied but security_storage)
 * before any Google tag can read it, and an `update` for each decision. Defines `gtag` and
 * `dataLayer` when the page has not, the way Google's snippet does: gtag.js only reads
 * `arguments` objects from dataLayer, so the stub pushes `arguments`, never an array.
 */
import type { Consent, ConsentModeOptions } from '../types.js';

type Gtag = (...args: unknown[]) => void;
interface GoogleWindow {
  dataLayer?: unknown[];
  gtag?: Gtag;
}

const layer = () => ((window as GoogleWindow).dataLayer ||= []);

function gtag(): Gtag {
  const w = window as GoogleWindow;
  const dl = layer();
  if (typeof w.gtag !== 'function') {
    w.gtag = function () {
      // eslint-disable-next-line prefer-rest-params
      dl.push(arguments);
    };
  }
  return w.gtag;
}

/**
 * §6: each Google consent type and the categories that must all be granted for it. An empty
 * list is granted by any decision (`functionality_storage`, `security_storage`); before one,
 * the default denies every type but `security_storage`.
 */
const TYPES: Readonly<Record<string, readonly string[]>> = {
  ad_storage: ['marketing'],
  ad_user_data: ['marketing'],
  ad_personalization: ['marketing', 'profiling'],
  analytics_storage: ['analytics'],
  functionality_storage: [],
  personalization_storage: ['profiling'],
  security_storage: [],
};

/** The consent types for a decision; for none (the default) all denied but security_storage. */
export function consentTypes(c: Consent | null): Record<string, 'granted' | 'denied'> {
  const out: Record<string, 'granted' | 'denied'> = {};
  for (const [type, categories] of Object.entries(TYPES)) {
    out[type] = (c ? categories.every((k) => c.categories[k]) : type === 'security_storage') ? 'granted' : 'denied';
  }
  return out;
}

export function consentDefault(opts: ConsentModeOptions): void {
  const g = gtag();
  g('consent', 'default', {
    ...consentTypes(null),
    wait_for_update: opts.waitForUpdate,
    ...(opts.region?.length && { region: opts.region }),
  });
  if (opts.urlPassthrough) g('set', 'url_passthrough', true);
  if (opts.adsDataRedaction) g('set', 'ads_data_redaction', true);
}

export function consentUpdate(c: Consent): void {
  gtag()('consent', 'update', consentTypes(c));
}

/** For Google Tag Manager triggers: `{ event: 'samtykke_change', samtykke: { <category>: boolean } }`. */
export function pushChange(c: Consent): void {
  layer().push({ event: 'samtykke_change', samtykke: { ...c.categories } });
}
