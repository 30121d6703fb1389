/**
 * The known trackers that auto-blocking holds back with no markup change (SPEC §2): host (and
 * optional path prefix) → service id and default category. Kept as one compact string so the
 * guard stays small; `parseTrackers` turns it into rules.
 *
 * Maintained by hand: when a vendor adds a host, add it here with a test page. Order matters only
 * in that the first matching rule wins, so specific paths come before their bare host; otherwise
 * the order is the one gzip packs smallest.
 */
import type { TrackerRule } from '../types.js';

// category service host[/path] host… ; …   (a host matches itself and its subdomains)
const LIST =
  'analytics google-analytics googletagmanager.com/gtag/ google-analytics.com analytics.google.com;' +
  'analytics google-tag-manager googletagmanager.com;' +
  'marketing google-ads googleadservices.com doubleclick.net googlesyndication.com;' +
  'analytics hotjar hotjar.com hotjar.io;' +
  'marketing linkedin-insight px.ads.linkedin.com snap.licdn.com;' +
  'analytics microsoft-clarity clarity.ms;' +
  'marketing youtube youtube-nocookie.com youtu.be youtube.com;' +
  'marketing tiktok-pixel analytics.tiktok.com;' +
  'marketing vimeo vimeo.com;' +
  'marketing meta-pixel connect.facebook.net facebook.com/tr facebook.com/plugins';

export function parseTrackers(): TrackerRule[] {
  return LIST.split(';').flatMap((entry) => {
    const [category, service, ...where] = entry.split(' ');
    return where.map((w) => {
      const slash = w.indexOf('/') >>> 0; // none: past the end, so the path is ''
      return { host: w.slice(0, slash), path: w.slice(slash), service, category };
    });
  });
}

/** Google's own tags: ungated in Consent Mode's advanced mode (they read the consent signals). */
export const GOOGLE_SERVICES = 'google-analytics google-tag-manager google-ads'.split(' ');

/**
 * The rule a URL falls under, or null. Unparsable and non-http(s) URLs never match. A relative
 * URL is resolved against `base`, by default the page's address (in the browser); code without a
 * page (the Node-side audit) passes a base or absolute URLs.
 */
export function matchTracker(url: string, rules: TrackerRule[], base?: string): TrackerRule | null {
  let u: URL;
  try {
    u = new URL(url, base ?? location.href);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol)) return null;
  const host = '.' + u.hostname; // lower case already, for http(s)
  for (const r of rules) {
    // The host itself or a subdomain.
    if (host.endsWith('.' + r.host) && (!r.path || u.pathname.startsWith(r.path))) return r;
  }
  return null;
}
