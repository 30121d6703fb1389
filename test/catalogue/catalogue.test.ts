// The service catalogue (catalogue/*.json): every entry is valid and sourced, the files generated
// from it are what it gives today, and auto-blocking's table attributes each tracker to the
// right service. Pure logic: the entries, the generator's functions and the generated tables.
import { describe, expect, it } from 'vitest';
import { checkEntries, generate, knownCookies, readCatalogue, stale, trackerRules } from '../../scripts/catalogue.mjs';
import { TRACKERS } from '../../src/widget/fast/trackers.generated.js';
import { KNOWN_COOKIES, KNOWN_HOSTS } from '../../src/widget/notice/known.generated.js';
import { getEntry, latestVersion, loadCatalogue, matchService } from '../../src/catalogue/catalogue.js';

const { schema, entries, errors: readErrors } = readCatalogue();
const all = entries.map((e: { entry: any }) => e.entry);
const clone = (id: string) => {
  const found = entries.find((e: { entry: any }) => e.entry.id === id);
  if (!found) throw new Error(`the catalogue has no entry "${id}"`);
  return structuredClone(found);
};
/** The problems the checker reports for one entry after `change`. */
const problemsAfter = (id: string, change: (e: any) => void, file?: string) => {
  const copy = clone(id);
  change(copy.entry);
  if (file) copy.file = file;
  return checkEntries(schema, [copy]);
};

/** The ids SPEC §2 names. */
const FIXED = [
  'google-analytics',
  'google-tag-manager',
  'google-ads',
  'meta-pixel',
  'hotjar',
  'microsoft-clarity',
  'linkedin-insight',
  'tiktok-pixel',
  'youtube',
  'vimeo',
];

describe('the catalogue entries', () => {
  it('all validate against catalogue/schema.json and the rules a schema cannot say', () => {
    expect(readErrors).toEqual([]);
    expect(checkEntries(schema, entries)).toEqual([]);
  });

  it('has at least 40 services, among them every id SPEC §2 names', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const id of FIXED) expect(getEntry(id), id).toBeDefined();
    expect(new Set(all.map((e: any) => e.id)).size).toBe(all.length);
  });

  it('gives every cookie a duration in Bokmål, Nynorsk and English, and every purpose too', () => {
    for (const e of all) {
      for (const lang of ['nb', 'nn', 'en']) expect(e.purpose[lang], `${e.id} purpose.${lang}`).toMatch(/\S/);
      for (const c of e.cookies)
        for (const lang of ['nb', 'nn', 'en']) expect(c.duration[lang], `${e.id} ${c.name} ${lang}`).toMatch(/\S/);
    }
  });

  it('names sources for every entry, and says what it left out where it has no cookies to show', () => {
    for (const e of all) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      if (!e.cookies.length && !e.cookieless)
        expect(
          e.unsourced.some((u: string) => u.startsWith('cookies')),
          e.id,
        ).toBe(true);
    }
  });

  it('holds nothing of a necessary service (it always runs), and names its hosts in requests instead', () => {
    for (const e of all.filter((e: any) => e.category === 'necessary')) expect(e.block, e.id).toEqual([]);
    expect(getEntry('stripe')!.requests).toContainEqual({ host: 'js.stripe.com' });
    expect(matchService('https://js.stripe.com/v3/')).toBeNull();
    expect(matchService('https://fonts.googleapis.com/css2?family=Inter')).toBeNull();
  });

  it('writes Nynorsk as Nynorsk: no Bokmål-only words in nn texts', () => {
    const bokmal = /\b(nettstedet|bruker|besøkende|måneder|dager|uker|timer|ikke|hvordan|hva|slettes|informasjonskapsler)\b/;
    for (const e of all) {
      expect(e.purpose.nn, `${e.id} purpose.nn`).not.toMatch(bokmal);
      for (const c of e.cookies) expect(c.duration.nn, `${e.id} ${c.name}`).not.toMatch(bokmal);
    }
  });
});

describe('the checker refuses what is wrong', () => {
  it('a cookie without a Nynorsk duration', () => {
    expect(problemsAfter('google-analytics', (e) => delete e.cookies[0].duration.nn).join()).toMatch(/cookies\/0\/duration/);
  });
  it('an entry without sources, or a stated fact no source names', () => {
    expect(problemsAfter('hotjar', (e) => (e.sources = [])).join()).toMatch(/sources/);
    expect(problemsAfter('hotjar', (e) => (e.sources = e.sources.filter((s: any) => !s.facts.includes('hosts')))).join()).toMatch(
      /no source for "hosts"/,
    );
  });
  it('an unknown category, a bad id, an id that is not the file name', () => {
    expect(problemsAfter('hotjar', (e) => (e.category = 'stats')).join()).toMatch(/category/);
    expect(problemsAfter('hotjar', (e) => (e.id = 'Hot Jar')).join()).toMatch(/\/id/);
    expect(problemsAfter('hotjar', () => {}, 'catalogue/other.json').join()).toMatch(/file name/);
  });
  it('an any-host rule without a path, a regular expression that does not compile', () => {
    expect(problemsAfter('matomo', (e) => delete e.block[0].path).join()).toMatch(/block\/0/);
    expect(problemsAfter('google-analytics', (e) => (e.block[0].query.id = '^(G-')).join()).toMatch(/query\/id/);
    expect(problemsAfter('google-analytics', (e) => (e.cookies[1].pattern = '[')).join()).toMatch(/pattern/);
  });
  it('a service with no cookies that is neither cookieless nor says its cookies are unknown', () => {
    expect(problemsAfter('klarna', (e) => (e.unsourced = [])).join()).toMatch(/\/cookies is empty/);
    expect(
      problemsAfter(
        'plausible',
        (e) => (e.cookies = [{ name: 'x', storage: 'cookie', party: 'first', duration: { nb: '1', nn: '1', en: '1' } }]),
      ).join(),
    ).toMatch(/cookies/);
  });
  it('block rules on a necessary service', () => {
    expect(problemsAfter('stripe', (e) => (e.block = [{ host: 'js.stripe.com', kind: ['script'] }])).join()).toMatch(/block/);
  });
  it('a legal basis other than consent outside the necessary category', () => {
    expect(problemsAfter('hotjar', (e) => (e.legalBasis = 'legitimate-interests')).join()).toMatch(/category/);
  });
});

describe('the generated files', () => {
  it('are exactly what the catalogue gives today (run `node scripts/catalogue.mjs` after a change)', () => {
    const { errors, files } = generate();
    expect(errors).toEqual([]);
    expect(stale(files).map((f: { path: string }) => f.path)).toEqual([]);
  });

  it('hold every block rule of every entry, with only what the browser needs', () => {
    for (const e of all)
      for (const r of e.block)
        expect(TRACKERS, `${e.id} ${r.host}${r.path ?? ''}`).toContainEqual({
          host: r.host,
          ...(r.path && { path: r.path }),
          ...(r.query && { query: r.query }),
          service: e.id,
          category: e.category,
        });
    expect(TRACKERS.length).toBe(all.reduce((n: number, e: any) => n + e.block.length, 0));
    for (const rule of TRACKERS)
      expect(Object.keys(rule).every((k) => ['host', 'path', 'query', 'service', 'category'].includes(k))).toBe(true);
  });

  it('put specific rules before the bare host, subdomains before their parent, any-host rules last', () => {
    const order = TRACKERS.map((r) => `${r.host}${r.path ?? ''}${r.query ? '?' : ''}`);
    expect(order.indexOf('googletagmanager.com/gtag/js?')).toBeLessThan(order.indexOf('googletagmanager.com'));
    expect(order.indexOf('googletagmanager.com/gtm.js')).toBeLessThan(order.indexOf('googletagmanager.com'));
    expect(order.indexOf('connect.facebook.net/*/sdk.js')).toBeLessThan(order.indexOf('connect.facebook.net'));
    const firstAnyHost = TRACKERS.findIndex((r) => r.host === '*');
    expect(TRACKERS.slice(firstAnyHost).every((r) => r.host === '*')).toBe(true);
    expect(trackerRules(entries)).toEqual(TRACKERS);
  });

  it('give the validator the known tracking cookies of GA, Google Ads, Meta, Hotjar, Clarity, UET, LinkedIn, TikTok, Snap, Pinterest, HubSpot, Matomo', () => {
    const named = (name: string) => KNOWN_COOKIES.find((c) => c.name === name)?.service;
    expect(named('_ga')).toBe('google-analytics');
    expect(named('_gcl_au')).toBe('google-ads');
    expect(named('_fbp')).toBe('meta-pixel');
    expect(named('_hjSessionUser_<site-id>')).toBe('hotjar');
    expect(named('_clck')).toBe('microsoft-clarity');
    expect(named('_uetvid')).toBe('microsoft-uet');
    expect(named('li_fat_id')).toBe('linkedin-insight');
    expect(named('_ttp')).toBe('tiktok-pixel');
    expect(named('_scid')).toBe('snap-pixel');
    expect(named('_pinterest_ct')).toBe('pinterest-tag');
    expect(named('hubspotutk')).toBe('hubspot');
    expect(KNOWN_COOKIES.find((c) => c.pattern && new RegExp(c.pattern).test('_pk_id.1.abcd'))?.service).toMatch(/^matomo/);
    // Necessary services are not tracking; short generic words are nobody's in particular.
    expect(KNOWN_COOKIES.some((c) => ['__stripe_mid', '__cf_bm', 'europe', 'auid'].includes(c.name))).toBe(false);
    expect(knownCookies(entries)).toEqual(KNOWN_COOKIES);
  });

  it('give the validator the hosts of every service that is not necessary, and none of the necessary ones', () => {
    const services = new Set(KNOWN_HOSTS.map((h) => h.service));
    for (const e of all) expect(services.has(e.id), e.id).toBe(e.category !== 'necessary' && e.block.length > 0);
  });
});

describe('matching a URL by the generated table', () => {
  const service = (url: string) => matchService(url, 'https://www.example.no/')?.service ?? null;

  it('tells the Google tag apart by its id: G- is Analytics, AW- and DC- are Ads, the rest Tag Manager', () => {
    expect(service('https://www.googletagmanager.com/gtag/js?id=G-ABC123')).toBe('google-analytics');
    expect(service('https://www.googletagmanager.com/gtag/js?id=AW-123456')).toBe('google-ads');
    expect(service('https://www.googletagmanager.com/gtag/js?id=DC-123456')).toBe('google-ads');
    expect(service('https://www.googletagmanager.com/gtag/js?id=GT-XYZ')).toBe('google-tag-manager');
    expect(service('https://www.googletagmanager.com/gtm.js?id=GTM-XYZ')).toBe('google-tag-manager');
    expect(service('https://www.googletagmanager.com/gtag/js')).toBe('google-tag-manager');
    expect(matchService('https://www.googletagmanager.com/gtag/js?id=AW-1')?.category).toBe('marketing');
    expect(matchService('https://www.googletagmanager.com/gtag/js?id=G-1')?.category).toBe('analytics');
  });

  it('tells the Meta Pixel from the Facebook SDK and plugins on the same hosts', () => {
    expect(service('https://connect.facebook.net/en_US/fbevents.js')).toBe('meta-pixel');
    expect(service('https://connect.facebook.net/signals/config/123')).toBe('meta-pixel');
    expect(service('https://connect.facebook.net/nb_NO/sdk.js')).toBe('facebook-embed');
    expect(service('https://www.facebook.com/tr?id=1&ev=PageView')).toBe('meta-pixel');
    expect(service('https://www.facebook.com/plugins/page.php?href=x')).toBe('facebook-embed');
    expect(service('https://www.facebook.com/somepage')).toBeNull();
  });

  it('finds self-hosted Matomo by its file on any host, Matomo Cloud by its host', () => {
    expect(service('https://stats.example.no/matomo.js')).toBe('matomo');
    expect(service('https://www.example.no/analytics/piwik.php?idsite=1')).toBe('matomo');
    expect(service('https://cdn.matomo.cloud/example.matomo.cloud/matomo.js')).toBe('matomo-cloud');
    expect(service('https://www.example.no/js/app.js')).toBeNull();
  });

  it('matches the other SPEC §2 trackers, and hosts only as themselves or their subdomains', () => {
    expect(service('https://static.hotjar.com/c/hotjar-1.js?sv=6')).toBe('hotjar');
    expect(service('https://www.clarity.ms/tag/abc')).toBe('microsoft-clarity');
    expect(service('https://snap.licdn.com/li.lms-analytics/insight.min.js')).toBe('linkedin-insight');
    expect(service('https://analytics.tiktok.com/i18n/pixel/events.js')).toBe('tiktok-pixel');
    expect(service('https://www.youtube-nocookie.com/embed/x')).toBe('youtube');
    expect(service('https://player.vimeo.com/video/1')).toBe('vimeo');
    expect(service('https://plausible.io/js/script.js')).toBe('plausible');
    expect(service('https://notyoutube.com/embed/x')).toBeNull();
    expect(service('data:text/javascript,1')).toBeNull();
  });
});

describe('loadCatalogue', () => {
  it("reads every entry of the package, and knows each one's current version", () => {
    const catalogue = loadCatalogue();
    expect([...catalogue.keys()]).toEqual(all.map((e: any) => e.id));
    expect(latestVersion('google-analytics')).toBe(getEntry('google-analytics')!.version);
    expect(latestVersion('no-such-service')).toBeUndefined();
  });

  it('refuses a folder whose file names and ids disagree', () => {
    expect(() => loadCatalogue('test/catalogue/fixtures/catalogue-bad')).toThrow(/its id must be its file name/);
  });
});
