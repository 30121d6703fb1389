// The built-in tracker list and URL matching (SPEC §2): hosts match themselves and their
// subdomains only, paths are prefixes, and the first matching rule wins.
import { describe, expect, it } from 'vitest';
import { GOOGLE_SERVICES, matchTracker, parseTrackers } from '../../src/widget/fast/trackers.js';

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

  it('ignores relative first-party URLs and other schemes', () => {
    expect(service('/js/app.js')).toBeNull();
    expect(service('data:text/javascript,1')).toBeNull();
    expect(service('http://[::1')).toBeNull();
  });

  it('a notice rule without a path matches the whole host', () => {
    expect(matchTracker('https://cdn.example.com/a.js', [{ host: 'example.com', service: 's', category: 'c' }], 'https://x.no/')?.service).toBe('s');
  });
});

describe('parseTrackers', () => {
  it('gives host, path ("" for none), service and category', () => {
    expect(rules).toContainEqual({ host: 'googletagmanager.com', path: '/gtag/', service: 'google-analytics', category: 'analytics' });
    expect(rules).toContainEqual({ host: 'vimeo.com', path: '', service: 'vimeo', category: 'marketing' });
    expect(GOOGLE_SERVICES).toEqual(['google-analytics', 'google-tag-manager', 'google-ads']);
  });
});
