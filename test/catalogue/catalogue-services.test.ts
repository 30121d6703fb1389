// Every catalogue service, one by one: each of its block rules, written as the URL a vendor's
// snippet loads, is attributed to that service and its category by auto-blocking's matcher over
// the table samtykke.js ships (trackers.generated.ts), so no earlier rule shadows it. Pure logic.
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../scripts/catalogue.mjs';
import { KNOWN_TRACKERS, matchTracker, pathMatches } from '../../src/widget/fast/trackers.js';

interface Rule {
  host: string;
  path?: string;
  query?: Record<string, string>;
}
const { entries } = readCatalogue();
const services = entries.map((e: { entry: { id: string; category: string; block: Rule[] } }) => e.entry);

/** A value each query test of the catalogue accepts (a new test needs a sample here). */
const SAMPLES: Record<string, string> = { '^(AW|DC)-': 'AW-123456789', '^G-': 'G-ABC123', '^GTM?-': 'GTM-ABC123' };

/** The URLs a rule stands for: its host and a subdomain, its path (a "*" segment as a locale), its query. */
function urlsFor(rule: Rule): string[] {
  const path = (rule.path ?? '/x.js').replace(/\*/g, 'fr_FR');
  const query = Object.entries(rule.query ?? {}).map(([name, test]) => `${name}=${SAMPLES[test]}`);
  const search = query.length ? '?' + query.join('&') : '';
  if (rule.host === '*') return [`https://stats.example.no/any/folder${path}${search}`];
  return [`https://${rule.host}${path}${search}`, `https://www.${rule.host}${path}${search}`];
}

describe('every catalogue service is attributed to itself, in its category', () => {
  it('has at least 120 services', () => {
    expect(services.length).toBeGreaterThanOrEqual(120);
  });
  for (const service of services.filter((s: { block: Rule[] }) => s.block.length)) {
    it(`${service.id} (${service.category})`, () => {
      for (const rule of service.block)
        for (const url of urlsFor(rule)) {
          const found = matchTracker(url, KNOWN_TRACKERS, 'https://www.example.no/');
          expect(found?.service, url).toBe(service.id);
          expect(found?.category, url).toBe(service.category);
        }
    });
  }
});

describe('what the vendors paste today (issue 26)', () => {
  const service = (url: string) => matchTracker(url, KNOWN_TRACKERS, 'https://www.example.no/')?.service ?? null;

  it("holds Facebook's SDK in any locale, by a path pattern, and keeps the Meta Pixel apart", () => {
    for (const locale of ['fr_FR', 'pl_PL', 'nb_NO', 'en_US', 'fi_FI'])
      expect(service(`https://connect.facebook.net/${locale}/sdk.js#xfbml=1&version=v19.0`)).toBe('facebook-embed');
    expect(service('https://connect.facebook.net/en_US/sdk/xfbml.customerchat.js')).toBe('facebook-embed');
    expect(service('https://connect.facebook.net/en_US/fbevents.js')).toBe('meta-pixel');
    expect(service('https://connect.facebook.net/signals/config/123?v=2.9')).toBe('meta-pixel');
    // One segment only: a deeper path is not the SDK.
    expect(service('https://connect.facebook.net/a/b/sdk.js')).toBe('meta-pixel');
  });

  it("holds X's platform.x.com as well as platform.twitter.com", () => {
    expect(service('https://platform.x.com/widgets.js')).toBe('x-embed');
    expect(service('https://platform.twitter.com/widgets.js')).toBe('x-embed');
  });

  it("holds HubSpot's tracking code loaded directly from js.hs-analytics.net, and what its loader inserts", () => {
    expect(service('https://js.hs-analytics.net/analytics/1700000000000/1234567.js')).toBe('hubspot');
    expect(service('https://js.hs-scripts.com/1234567.js')).toBe('hubspot');
    expect(service('https://js.hs-banner.com/v2/1234567/banner.js')).toBe('hubspot');
    expect(service('https://js.hscollectedforms.net/collectedforms.js')).toBe('hubspot');
  });
});

describe('pathMatches', () => {
  it('reads a path as a prefix, "*" as one whole segment, and an any-host path as the end of the path', () => {
    expect(pathMatches('/embed', '/embed/abc')).toBe(true);
    expect(pathMatches('/*/sdk.js', '/fr_FR/sdk.js')).toBe(true);
    expect(pathMatches('/*/sdk.js', '/sdk.js')).toBe(false);
    expect(pathMatches('/*/sdk.js', '/fr_FR/xsdk.js')).toBe(false);
    expect(pathMatches('/*/sdk.js', '/a/b/sdk.js')).toBe(false);
    // Other characters are literal, not regular expression syntax.
    expect(pathMatches('/*/sdk.js', '/fr_FR/sdkxjs')).toBe(false);
    expect(pathMatches('/matomo.js', '/stats/matomo.js', true)).toBe(true);
    expect(pathMatches(undefined, '/anything')).toBe(true);
  });
});
