/**
 * What a request, cookie or storage entry belongs to: first or third party, which service and
 * category (from the notice, else from samtykke's known-tracker list), and whether the notice
 * declares it. Pure functions over plain data, so the rules can be tested without a browser.
 *
 * It never guesses a category it cannot account for: anything it cannot trace stays `null`
 * (unknown), and the findings treat unknown as "not shown to be necessary".
 */
import { getDomain } from 'tldts';
import { parseTrackers, matchTracker } from '../widget/fast/trackers.js';
import type { Config } from '../widget/types.js';
import type { TrackerRule } from '../widget/fast/trackers.generated.js';
import type { Attribution, Phase } from './types.js';

/**
 * The registrable domain ("site") of a host by the public suffix list (tldts), as browsers draw
 * the line: example.no for www.example.no, example.co.uk for a.example.co.uk, and the private
 * section too (one github.io page is not first party to another). An IP address, localhost or
 * a single label is its own site.
 */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/^\.|\.$/g, '');
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

export const isThirdParty = (host: string, pageHost: string): boolean => siteOf(host) !== siteOf(pageHost);

/**
 * Known cookie and storage names of the built-in trackers (names are the vendors' documented
 * ones), so a cookie can be traced to its service even when no script write was seen (set by a
 * response header, or before the audit could watch).
 */
const KNOWN_NAMES: [RegExp, string][] = [
  [/^(_ga|_ga_.+|_gid|_gat.*|__utm.+|_dc_gtm_.+)$/, 'google-analytics'],
  [/^(_gcl_.+|IDE|test_cookie|DSID|__gads|__gpi)$/, 'google-ads'],
  [/^(_fbp|_fbc|fr)$/, 'meta-pixel'],
  [/^_hj.+$/, 'hotjar'],
  [/^(_clck|_clsk|CLID|MUID|ANONCHK)$/, 'microsoft-clarity'],
  [/^(li_.+|lidc|bcookie|bscookie|UserMatchHistory|AnalyticsSyncHistory|lang)$/, 'linkedin-insight'],
  [/^(_ttp|_tt_enable_cookie|ttwid|tt_.+)$/, 'tiktok-pixel'],
  [/^(VISITOR_INFO1_LIVE|VISITOR_PRIVACY_METADATA|YSC|yt-remote-.+|yt\..+|ytidb::.+)$/, 'youtube'],
  [/^(vuid|__cf_bm)$/, 'vimeo'],
];

/** What the audit knows about the site: its notice, its tracker rules, samtykke's own URLs. */
export interface SiteContext {
  pageUrl: string;
  config: Config | null;
  rules: TrackerRule[];
  /** Rules that came from the notice itself (`autoBlock.trackers`): declared by definition. */
  noticeRules: Set<TrackerRule>;
  /** The decision cookie's name. */
  cookieName: string;
  /** Absolute URLs that are samtykke itself: its scripts, data-config, proof endpoint. */
  ownUrls: Set<string>;
  /** The notice as written (before validation): its services' `hosts` and `preset` (attribute.ts). */
  notice?: unknown;
}

/**
 * The notice's own tracker rules first, then the built-in list, each re-mapped to the notice's
 * category where the notice lists the same service id (as the widget does, src/early.ts).
 */
export function siteContext(pageUrl: string, config: Config | null, ownUrls: string[] = []): SiteContext {
  const services = new Map((config?.services ?? []).map((s) => [s.id, s.category]));
  const own = config && config.autoBlock ? config.autoBlock.trackers : [];
  const noticeRules = new Set<TrackerRule>();
  const rules = [...own, ...parseTrackers()].map((r, i) => {
    const rule = { ...r, category: services.get(r.service) ?? r.category };
    if (i < own.length) noticeRules.add(rule);
    return rule;
  });
  const abs = (u: string) => {
    try {
      return new URL(u, pageUrl).href;
    } catch {
      return u;
    }
  };
  const urls = new Set(ownUrls.map(abs));
  if (config?.proof?.endpoint) urls.add(abs(config.proof.endpoint));
  return { pageUrl, config, rules, noticeRules, cookieName: config?.cookie.name ?? 'samtykke', ownUrls: urls };
}

const UNKNOWN: Attribution = { service: null, category: null, declared: false };

function serviceAttribution(ctx: SiteContext, service: string, fallbackCategory: string | null, fromNotice = false): Attribution {
  const s = ctx.config?.services.find((x) => x.id === service);
  return { service, category: s?.category ?? fallbackCategory, declared: fromNotice || !!s };
}

/** The URL without query and fragment: samtykke's own URLs are compared this way. */
const bare = (u: string) => u.replace(/[?#].*$/, '');

export function isOwnUrl(url: string, ctx: SiteContext): boolean {
  if (ctx.ownUrls.has(url) || ctx.ownUrls.has(bare(url))) return true;
  // The widget's files, wherever they are hosted (a CDN too).
  return /\/samtykke(-guard)?\.m?js$/.test(bare(url));
}

/** A URL's service and category: samtykke's own, a tracker rule's, or unknown. */
export function classifyUrl(url: string, ctx: SiteContext): Attribution {
  if (isOwnUrl(url, ctx)) return { service: 'samtykke', category: 'necessary', declared: true, own: true };
  const rule = matchTracker(url, ctx.rules, ctx.pageUrl);
  if (!rule) return UNKNOWN;
  return serviceAttribution(ctx, rule.service, rule.category, ctx.noticeRules.has(rule));
}

/** The notice's service that lists a cookie of this name (by name, or `pattern` over the whole name). */
export function declaredCookie(name: string, config: Config | null): { service: string; category: string } | null {
  for (const s of config?.services ?? []) {
    for (const c of s.cookies ?? []) {
      let hit = c.name === name;
      if (!hit && c.pattern) {
        try {
          hit = new RegExp(`^(?:${c.pattern.replace(/^\^|\$$/g, '')})$`).test(name);
        } catch {
          // validate() already refused bad patterns; a notice read leniently may still have one.
        }
      }
      if (hit) return { service: s.id, category: s.category };
    }
  }
  return null;
}

export function knownName(name: string): string | null {
  for (const [re, service] of KNOWN_NAMES) if (re.test(name)) return service;
  return null;
}

/** Where a write came from, as the page reported it (see instrument.ts). */
export interface WriteSource {
  /** The script's URL (first http(s) frame of the stack), or null. */
  url: string | null;
  /** The executing tagged script's data-consent / data-service, when the page knew it. */
  consent?: string | null;
  service?: string | null;
  /** The write ran in an inline script (or code evaluated from one) of this page. */
  inline?: boolean;
  /** The cookie came in a Set-Cookie header of this response. */
  header?: boolean;
}

/** Attribution from one write source: a tagged element says it outright; else its URL. */
export function classifySource(src: WriteSource, ctx: SiteContext): Attribution {
  if (src.consent)
    return src.service
      ? serviceAttribution(ctx, src.service, src.consent)
      : { service: null, category: src.consent, declared: false };
  if (src.url && !src.inline) {
    const a = classifyUrl(src.url, ctx);
    if (a.service || a.own) return a;
  }
  return UNKNOWN;
}

/** A cookie's attribution: samtykke's own, declared by the notice, a known name, or its writers. */
export function attributeCookie(name: string, sources: WriteSource[], ctx: SiteContext): Attribution {
  if (name === ctx.cookieName) return { service: 'samtykke', category: 'necessary', declared: true, own: true };
  const d = declaredCookie(name, ctx.config);
  if (d) return { ...d, declared: true };
  const known = knownName(name);
  if (known) return { ...serviceAttribution(ctx, known, categoryOf(known)), declared: false };
  for (const src of sources) {
    const a = classifySource(src, ctx);
    // samtykke's own code writes only its decision cookie (and deletes others, not reported as writes).
    if (!a.own && (a.service || a.category)) return { ...a, declared: false };
  }
  return UNKNOWN;
}

/** A storage key's attribution: samtykke's own IndexedDB, a known name, or its writers. */
export function attributeStorage(kind: string, name: string, sources: WriteSource[], ctx: SiteContext): Attribution {
  if (kind === 'indexedDB' && name === 'samtykke')
    return { service: 'samtykke', category: 'necessary', declared: true, own: true };
  const known = knownName(name);
  if (known) return serviceAttribution(ctx, known, categoryOf(known));
  for (const src of sources) {
    const a = classifySource(src, ctx);
    if (a.service || a.category || a.own) return a;
  }
  return UNKNOWN;
}

/** The built-in list's default category of a service id. */
export function categoryOf(service: string): string | null {
  return parseTrackers().find((r) => r.service === service)?.category ?? null;
}

/**
 * Whether something of this attribution may run in this phase. Unknown things may only run
 * once more than necessary is granted (they are reported as undeclared then, not as tracking
 * without consent: the audit cannot tell which choice they belong to).
 */
export function permitted(a: Attribution, phase: Phase): boolean {
  if (a.own || a.category === 'necessary' || phase.granted === 'all') return true;
  if (a.category === null) return phase.granted.length > 1;
  return phase.granted.includes(a.category);
}

/** Resource types that carry data out rather than fetch code or content. */
export const isBeaconType = (t: string): boolean =>
  ['image', 'ping', 'beacon', 'fetch', 'xhr', 'eventsource', 'websocket', 'other'].includes(t);
