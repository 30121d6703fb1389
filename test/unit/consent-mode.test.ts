// Google Consent Mode v2 (SPEC §6): the default, the options, and the mapping of every update.
import { describe, expect, it } from 'vitest';
import { consentDefault, consentTypes, consentUpdate, pushChange } from '../../src/widget/fast/consent-mode.js';
import type { Consent } from '../../src/widget/types.js';

const consent = (categories: Record<string, boolean>): Consent => ({
  id: '2b1c8a5e-6f0d-4b6e-9a34-3f1e2d7c9b10',
  timestamp: '2026-11-22T10:00:00.000Z',
  revision: 'r',
  method: 'api',
  categories: { necessary: true, ...categories },
  services: {},
});
/** The functions use the page's `window`; here it is a fresh object per test. */
const asWindow = <T extends object>(w: T): T => ((globalThis as { window?: unknown }).window = w);
const asArrays = (dl: unknown[]) => dl.map((e) => Array.from(e as ArrayLike<unknown>));

describe('the default', () => {
  it('denies every type but security_storage, waits for the update, and pushes arguments objects like gtag.js expects', () => {
    const w = asWindow<{ dataLayer?: unknown[]; gtag?: (...a: unknown[]) => void }>({});
    consentDefault({ mode: 'basic', waitForUpdate: 500 });
    expect(typeof w.gtag).toBe('function');
    expect(Object.prototype.toString.call(w.dataLayer![0])).toBe('[object Arguments]');
    expect(asArrays(w.dataLayer!)).toEqual([
      [
        'consent',
        'default',
        {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'denied',
          functionality_storage: 'denied',
          personalization_storage: 'denied',
          security_storage: 'granted',
          wait_for_update: 500,
        },
      ],
    ]);
  });

  it('carries region, url_passthrough and ads_data_redaction when asked, and uses the page’s own gtag', () => {
    const calls: unknown[][] = [];
    asWindow({ dataLayer: [], gtag: (...a: unknown[]) => void calls.push(a) });
    consentDefault({ mode: 'basic', waitForUpdate: 1000, region: ['NO'], urlPassthrough: true, adsDataRedaction: true });
    expect(calls[0][2]).toMatchObject({ wait_for_update: 1000, region: ['NO'] });
    expect(calls.slice(1)).toEqual([
      ['set', 'url_passthrough', true],
      ['set', 'ads_data_redaction', true],
    ]);
  });
});

describe('the update mapping', () => {
  it.each<[Record<string, boolean>, Record<string, string>]>([
    [
      {},
      {
        analytics_storage: 'denied',
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        personalization_storage: 'denied',
      },
    ],
    [{ analytics: true }, { analytics_storage: 'granted', ad_storage: 'denied', ad_personalization: 'denied' }],
    [
      { marketing: true },
      { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'denied', personalization_storage: 'denied' },
    ],
    [{ profiling: true }, { ad_personalization: 'denied', personalization_storage: 'granted' }],
    [
      { marketing: true, profiling: true },
      { ad_personalization: 'granted', ad_storage: 'granted', personalization_storage: 'granted' },
    ],
  ])('%j', (categories, expected) => {
    const t = consentTypes(consent(categories));
    expect(t).toMatchObject(expected);
    expect(t.functionality_storage).toBe('granted');
    expect(t.security_storage).toBe('granted');
  });

  it('update and the dataLayer event for Tag Manager', () => {
    const w = asWindow<{ dataLayer?: unknown[] }>({});
    consentUpdate(consent({ analytics: true }));
    pushChange(consent({ analytics: true }));
    expect(asArrays(w.dataLayer!.slice(0, 1))[0].slice(0, 2)).toEqual(['consent', 'update']);
    expect(w.dataLayer![1]).toEqual({ event: 'samtykke_change', samtykke: { necessary: true, analytics: true } });
  });
});
