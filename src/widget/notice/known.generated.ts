// Written by hand until scripts/catalogue.mjs generates this file from catalogue/*.json; same shape.
/**
 * What the notice validator knows to be tracking (SPEC §3): the hosts of services that are not
 * necessary, and their first-party cookies. A notice that puts one of them in a necessary service
 * is refused. `host` "*" is any host (self-hosted software, recognised by the end of its path);
 * `pattern` is a regular expression over the whole name, for names that vary.
 */
export interface KnownHost {
  host: string;
  path?: string;
  service: string;
  category: string;
}

export interface KnownCookie {
  name: string;
  pattern?: string;
  service: string;
}

export const KNOWN_HOSTS: readonly KnownHost[] = [
  { host: 'googletagmanager.com', path: '/gtag/', service: 'google-analytics', category: 'analytics' },
  { host: 'google-analytics.com', service: 'google-analytics', category: 'analytics' },
  { host: 'analytics.google.com', service: 'google-analytics', category: 'analytics' },
  { host: 'googletagmanager.com', service: 'google-tag-manager', category: 'analytics' },
  { host: 'googleadservices.com', service: 'google-ads', category: 'marketing' },
  { host: 'doubleclick.net', service: 'google-ads', category: 'marketing' },
  { host: 'googlesyndication.com', service: 'google-ads', category: 'marketing' },
  { host: 'connect.facebook.net', service: 'meta-pixel', category: 'marketing' },
  { host: 'facebook.com', path: '/tr', service: 'meta-pixel', category: 'marketing' },
  { host: 'hotjar.com', service: 'hotjar', category: 'analytics' },
  { host: 'hotjar.io', service: 'hotjar', category: 'analytics' },
  { host: 'clarity.ms', service: 'microsoft-clarity', category: 'analytics' },
  { host: 'bat.bing.com', service: 'microsoft-uet', category: 'marketing' },
  { host: 'px.ads.linkedin.com', service: 'linkedin-insight', category: 'marketing' },
  { host: 'snap.licdn.com', service: 'linkedin-insight', category: 'marketing' },
  { host: 'analytics.tiktok.com', service: 'tiktok-pixel', category: 'marketing' },
  { host: 'sc-static.net', service: 'snap-pixel', category: 'marketing' },
  { host: 'tr.snapchat.com', service: 'snap-pixel', category: 'marketing' },
  { host: 's.pinimg.com', path: '/ct/', service: 'pinterest-tag', category: 'marketing' },
  { host: 'ct.pinterest.com', service: 'pinterest-tag', category: 'marketing' },
  { host: 'js.hs-scripts.com', service: 'hubspot', category: 'marketing' },
  { host: 'js.hs-analytics.net', service: 'hubspot', category: 'marketing' },
  { host: 'track.hubspot.com', service: 'hubspot', category: 'marketing' },
  { host: 'youtube.com', service: 'youtube', category: 'marketing' },
  { host: 'youtube-nocookie.com', service: 'youtube', category: 'marketing' },
  { host: 'youtu.be', service: 'youtube', category: 'marketing' },
  { host: 'vimeo.com', service: 'vimeo', category: 'marketing' },
  { host: '*', path: '/matomo.js', service: 'matomo', category: 'analytics' },
  { host: '*', path: '/piwik.js', service: 'matomo', category: 'analytics' },
];

export const KNOWN_COOKIES: readonly KnownCookie[] = [
  { name: '_ga', service: 'google-analytics' },
  { name: '_ga_<container-id>', pattern: '_ga_.+', service: 'google-analytics' },
  { name: '_gid', service: 'google-analytics' },
  { name: '_gat', pattern: '_gat(_.+)?', service: 'google-analytics' },
  { name: '_gcl_<suffix>', pattern: '_gcl_.+', service: 'google-ads' },
  { name: '_fbp', service: 'meta-pixel' },
  { name: '_fbc', service: 'meta-pixel' },
  { name: 'fr', service: 'meta-pixel' },
  { name: '_hj<name>', pattern: '_hj.+', service: 'hotjar' },
  { name: '_clck', service: 'microsoft-clarity' },
  { name: '_clsk', service: 'microsoft-clarity' },
  { name: 'CLID', service: 'microsoft-clarity' },
  { name: '_uetsid', service: 'microsoft-uet' },
  { name: '_uetvid', service: 'microsoft-uet' },
  { name: 'li_<name>', pattern: 'li_.+', service: 'linkedin-insight' },
  { name: 'bcookie', service: 'linkedin-insight' },
  { name: 'lidc', service: 'linkedin-insight' },
  { name: 'UserMatchHistory', service: 'linkedin-insight' },
  { name: '_ttp', service: 'tiktok-pixel' },
  { name: '_tt_enable_cookie', service: 'tiktok-pixel' },
  { name: '_scid', service: 'snap-pixel' },
  { name: '_pin_unauth', service: 'pinterest-tag' },
  { name: '_pinterest_<name>', pattern: '_pinterest_.+', service: 'pinterest-tag' },
  { name: '__hstc', service: 'hubspot' },
  { name: 'hubspotutk', service: 'hubspot' },
  { name: '__hssc', service: 'hubspot' },
  { name: '__hssrc', service: 'hubspot' },
  { name: '_pk_id.<site>', pattern: '_pk_id.*', service: 'matomo' },
  { name: '_pk_ses.<site>', pattern: '_pk_ses.*', service: 'matomo' },
];
