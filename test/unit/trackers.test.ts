// The built-in tracker list and URL matching (SPEC §2): hosts match themselves and their
// subdomains only, paths are prefixes, and the first matching rule wins.
import { describe, expect, it } from 'vitest';
import { GOOGLE_SERVICES, KNOWN_TRACKERS, matchTracker, parseTrackers } from '../../src/widget/fast/trackers.js';
import type { TrackerRule } from '../../src/widget/fast/trackers.generated.js';

const rules = parseTrackers();
const service = (url: string) => matchTracker(url, rules, 'https://www.example.no/')?.service ?? null;

describe('matchTracker', () => {
  it('matches a host and its subdomains, never a longer name that merely ends the same', () => {
    expect(service('https://youtube.com/embed/x')).toBe('youtube');
    expect(service('https://www.youtube.com/embed/x')).toBe('youtube');
    expect(service('https://WWW.YouTube.com/embed/x')).toBe('youtube');
    expect(service('https://www.youtube-nocookie.com/embed/x')).toBe('youtube');
    expect(service('https://notyoutube.com/embed/x')).toBeNull();
    expect(service('https://youtube.com.example.no/x')).toBeNull();
  });

  it('tries path rules first: gtag.js is Google Analytics, the rest of the host Tag Manager', () => {
    expect(service('https://www.googletagmanager.com/gtag/js?id=G-1')).toBe('google-analytics');
    expect(service('https://www.googletagmanager.com/gtm.js?id=GTM-1')).toBe('google-tag-manager');
    expect(service('https://www.facebook.com/tr?id=1')).toBe('meta-pixel');
    expect(service('https://www.facebook.com/somepage')).toBeNull();
  });

  it('tells the Google tag of Google Ads (AW-, DC-) from that of Google Analytics (G-)', () => {
    expect(service('https://www.googletagmanager.com/gtag/js?id=AW-123456789')).toBe('google-ads');
    expect(service('https://www.googletagmanager.com/gtag/js?id=DC-123456')).toBe('google-ads');
    expect(service('https://www.googletagmanager.com/gtag/js?id=G-ABC123')).toBe('google-analytics');
  });

  it('the destinations a Google tag loads for itself are told apart by their id too', () => {
    // A G- tag configured with an AW- destination loads it from gtag/destination: that is Ads.
    expect(service('https://www.googletagmanager.com/gtag/destination?id=AW-123456789&l=dataLayer&cx=c')).toBe('google-ads');
    expect(service('https://www.googletagmanager.com/gtag/destination?id=G-ABC123&l=dataLayer&cx=c')).toBe('google-analytics');
  });

  it('the Google tag (GT-) and a Tag Manager container loaded through gtag.js are the container: its tags read Consent Mode', () => {
    expect(service('https://www.googletagmanager.com/gtag/js?id=GT-ABCDEF1')).toBe('google-tag-manager');
    expect(service('https://www.googletagmanager.com/gtag/js?id=GTM-ABCDEF1')).toBe('google-tag-manager');
    expect(service('https://www.googletagmanager.com/gtag/js?id=GT-ABC&l=dataLayer')).toBe('google-tag-manager');
    // No id, or an id of no known kind: the host's catch-all, the container (held all the same).
    expect(service('https://www.googletagmanager.com/gtag/js')).toBe('google-tag-manager');
    expect(service('https://www.googletagmanager.com/gtag/js?id=UA-1-1')).toBe('google-tag-manager');
    expect(service('https://www.googletagmanager.com/ns.html?id=GTM-ABC')).toBe('google-tag-manager');
    // The prefix decides, not a look-alike later in the id.
    expect(service('https://www.googletagmanager.com/gtag/js?id=GT-AW-1')).toBe('google-tag-manager');
    expect(service('https://www.googletagmanager.com/gtag/js?id=XG-1')).toBe('google-tag-manager');
  });

  it('tells the services that share a host apart by what the request is', () => {
    // connect.facebook.net: the Facebook SDK (plugins) vs the Meta Pixel.
    expect(service('https://connect.facebook.net/nb_NO/sdk.js#xfbml=1&version=v19.0')).toBe('facebook-embed');
    expect(service('https://connect.facebook.net/en_US/fbevents.js')).toBe('meta-pixel');
    expect(service('https://connect.facebook.net/signals/config/123?v=2.9')).toBe('meta-pixel');
    // facebook.com: plugin frames vs the pixel endpoint.
    expect(service('https://www.facebook.com/plugins/page.php?href=x')).toBe('facebook-embed');
    expect(service('https://www.facebook.com/tr?id=1&ev=PageView&noscript=1')).toBe('meta-pixel');
    // google.com: the Maps embed vs reCAPTCHA; the rest of google.com is nobody's.
    expect(service('https://www.google.com/maps/embed?pb=!1m18')).toBe('google-maps');
    expect(service('https://www.google.com/recaptcha/api.js')).toBe('recaptcha');
    expect(service('https://www.google.com/search?q=x')).toBeNull();
    // Hotjar's script host and its data hosts.
    expect(service('https://static.hotjar.com/c/hotjar-1.js?sv=6')).toBe('hotjar');
    expect(service('https://script.hotjar.com/modules.js')).toBe('hotjar');
    expect(service('https://metrics.hotjar.io/?v=6')).toBe('hotjar');
    expect(service('https://content.hotjar.io/x')).toBe('hotjar');
  });

  it('finds self-hosted Matomo on any host, by its file', () => {
    expect(service('https://stats.example.no/matomo.js')).toBe('matomo');
    expect(service('https://www.example.no/analytics/piwik.js')).toBe('matomo');
    expect(service('https://www.example.no/matomo.json')).toBeNull();
  });

  it('ignores relative first-party URLs and other schemes', () => {
    expect(service('/js/app.js')).toBeNull();
    expect(service('data:text/javascript,1')).toBeNull();
    expect(service('http://[::1')).toBeNull();
  });

  it('a notice rule without a path matches the whole host', () => {
    expect(
      matchTracker('https://cdn.example.com/a.js', [{ host: 'example.com', service: 's', category: 'c' }], 'https://x.no/')
        ?.service,
    ).toBe('s');
  });
});

describe('parseTrackers', () => {
  it('gives host, path ("" for none), service and category, from the catalogue; the Google tag by its id', () => {
    expect(rules).toContainEqual({
      host: 'googletagmanager.com',
      path: '/gtag/',
      query: { id: '^G-' },
      service: 'google-analytics',
      category: 'analytics',
    });
    expect(rules).toContainEqual({
      host: 'googletagmanager.com',
      path: '/gtag/',
      query: { id: '^(AW|DC)-' },
      service: 'google-ads',
      category: 'marketing',
    });
    expect(rules).toContainEqual({ host: 'vimeo.com', path: '', service: 'vimeo', category: 'marketing' });
    expect(GOOGLE_SERVICES).toEqual(['google-analytics', 'google-tag-manager', 'google-ads']);
  });
});

/** A value each query test of the catalogue accepts: the shortest id of its prefix. */
const SAMPLES: Record<string, string> = { '^(AW|DC)-': 'DC-1', '^G-': 'G-1', '^GTM?-': 'GT-1' };

/** A URL that only `rule` should decide: a subdomain of its host, its path, its query. */
function urlFor(rule: TrackerRule): string {
  const host = rule.host === '*' ? 'stats.example.no/app' : `sub.${rule.host}`;
  const query = Object.entries(rule.query ?? {}).map(([name, test]) => `${name}=${SAMPLES[test]}`);
  return `https://${host}${rule.path ?? '/x'}${query.length ? '?' + query.join('&') : ''}`;
}

describe('every catalogue rule', () => {
  it('has a sample for each of its query tests', () => {
    for (const r of KNOWN_TRACKERS)
      for (const test of Object.values(r.query ?? {})) expect(SAMPLES[test], test).toBeTypeOf('string');
  });
  it.each(KNOWN_TRACKERS.map((r) => [urlFor(r), r] as const))('%s is decided by its own rule, not one before it', (url, rule) => {
    expect(matchTracker(url, KNOWN_TRACKERS, 'https://www.example.no/')).toBe(rule);
  });
});
