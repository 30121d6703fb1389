// The notice rules that refuse a notice: legitimate interests for cookies, known trackers or tracking cookies in necessary.
import { describe, expect, it } from 'vitest';
import { run, CONSENT_RULE, COOKIE_RULE, byUse } from './notice-rules-fixtures.js';
import type { Raw } from './notice-fixtures.js';

describe('the complete notice', () => {
  it('passes with no error and no warning', () => {
    expect(run(() => {})).toMatchObject({ errors: [], warnings: [] });
  });
});

/** [rule, how the notice breaks it, path, exact message]: each must be an error, the notice refused. */
const ERRORS: [string, (c: Raw) => void, string, string][] = [
  [
    'legitimate interests: a service outside necessary',
    (c) => (c.services[1].legalBasis = 'legitimate-interests'),
    'services[1].legalBasis',
    `"google-analytics" (category "analytics") claims the legal basis "legitimate-interests", but ${COOKIE_RULE}. Use "consent", or leave legalBasis out.`,
  ],
  [
    'legitimate interests: a category outside necessary',
    (c) => (c.categories.marketing.legalBasis = 'legitimate-interests'),
    'categories.marketing.legalBasis',
    `"marketing" claims the legal basis "legitimate-interests", but ${COOKIE_RULE}. Use "consent", or leave legalBasis out.`,
  ],
  [
    'a catalogue tracker id in necessary',
    (c) => (c.services[1].category = 'necessary'),
    'services[1].category',
    `"google-analytics" is a known tracker and cannot be "necessary": ${CONSENT_RULE}. Put it in a category such as "analytics".`,
  ],
  [
    'a catalogue tracker id in necessary (marketing)',
    (c) => c.services.push({ id: 'meta-pixel', category: 'necessary', cookieless: true }),
    'services[3].category',
    `"meta-pixel" is a known tracker and cannot be "necessary": ${CONSENT_RULE}. Put it in a category such as "marketing".`,
  ],
  [
    'a service made from a tracker preset in necessary',
    (c) => c.services.push({ id: 'stats', preset: 'hotjar@2', category: 'necessary', cookieless: true }),
    'services[3].category',
    `"stats" is made from the catalogue entry "hotjar@2", a known tracker, and cannot be "necessary": ${CONSENT_RULE}. Put it in a category such as "analytics".`,
  ],
  [
    'a known tracker host in a necessary service',
    (c) => (c.services[0].hosts = ['cdn.example.no', 'www.Google-Analytics.com']),
    'services[0].hosts[1]',
    `"www.google-analytics.com" is where a known tracker ("google-analytics") loads from, so "login" cannot be "necessary": ${CONSENT_RULE}. Put "login" in a category such as "analytics".`,
  ],
  [
    'a known tracker host with its path',
    (c) => (c.services[0].hosts = ['www.googletagmanager.com/gtm.js']),
    'services[0].hosts[0]',
    `"www.googletagmanager.com/gtm.js" is where a known tracker ("google-tag-manager") loads from, so "login" cannot be "necessary": ${CONSENT_RULE}. Put "login" in a category such as "analytics".`,
  ],
  [
    'self-hosted Matomo in a necessary service',
    (c) => (c.services[0].hosts = ['stats.example.no/js/matomo.js']),
    'services[0].hosts[0]',
    `"stats.example.no/js/matomo.js" is where a known tracker ("matomo") loads from, so "login" cannot be "necessary": ${CONSENT_RULE}. Put "login" in a category such as "analytics".`,
  ],
  [
    'a known tracker host in an autoBlock rule for necessary',
    (c) => (c.autoBlock = { trackers: [{ host: 'clarity.ms', service: 'heatmap', category: 'necessary' }] }),
    'autoBlock.trackers[0].category',
    `puts "clarity.ms", where a known tracker ("microsoft-clarity") loads from, in "necessary": ${CONSENT_RULE}. Use a category such as "analytics".`,
  ],
  [
    'the summary claims consent by use (a plain string)',
    (c) => (c.summary = 'By using this site you consent to our use of cookies.'),
    'summary',
    byUse('By using this site you consent to our use of cookies', 'By using', 'you consent'),
  ],
];

/** Known tracking cookies: each, in a necessary service, is refused with its service named. */
const TRACKING_COOKIES: [string, string, string][] = [
  ['_ga', 'google-analytics', 'analytics'],
  ['_ga_ABC123', 'google-analytics', 'analytics'],
  ['_gid', 'google-analytics', 'analytics'],
  ['_gat', 'google-analytics', 'analytics'],
  ['_gat_UA-1', 'google-analytics', 'analytics'],
  ['_gcl_au', 'google-ads', 'marketing'],
  ['_fbp', 'meta-pixel', 'marketing'],
  ['_fbc', 'meta-pixel', 'marketing'],
  ['fr', 'meta-pixel', 'marketing'],
  ['_hjSessionUser_123', 'hotjar', 'analytics'],
  ['_clck', 'microsoft-clarity', 'analytics'],
  ['_clsk', 'microsoft-clarity', 'analytics'],
  ['CLID', 'microsoft-clarity', 'analytics'],
  ['_uetsid', 'microsoft-uet', 'marketing'],
  ['_uetvid', 'microsoft-uet', 'marketing'],
  ['li_sugr', 'linkedin-insight', 'marketing'],
  ['bcookie', 'linkedin-insight', 'marketing'],
  ['lidc', 'linkedin-insight', 'marketing'],
  ['UserMatchHistory', 'linkedin-insight', 'marketing'],
  ['_ttp', 'tiktok-pixel', 'marketing'],
  ['_tt_enable_cookie', 'tiktok-pixel', 'marketing'],
  ['_scid', 'snap-pixel', 'marketing'],
  ['_pin_unauth', 'pinterest-tag', 'marketing'],
  ['_pinterest_sess', 'pinterest-tag', 'marketing'],
  ['__hstc', 'hubspot', 'marketing'],
  ['hubspotutk', 'hubspot', 'marketing'],
  ['__hssc', 'hubspot', 'marketing'],
  ['__hssrc', 'hubspot', 'marketing'],
  ['_pk_id.1.1fff', 'matomo-cloud', 'analytics'], // Matomo Cloud comes first in the catalogue; the same cookies as Matomo
  ['_pk_ses.1.1fff', 'matomo-cloud', 'analytics'],
];

describe('errors: the notice is refused (fails closed)', () => {
  it.each(ERRORS)('%s', (_, mutate, path, message) => {
    const r = run(mutate);
    expect(r.config).toBeNull();
    expect(r.errors).toEqual([{ path, message }]);
  });

  it.each(TRACKING_COOKIES)('tracking cookie %s (%s) in necessary', (name, service, category) => {
    const r = run((c) => c.services[0].cookies.push({ name, duration: '1 year' }));
    expect(r.config).toBeNull();
    expect(r.errors).toEqual([
      {
        path: 'services[0].cookies[1].name',
        message: `"${name}" is a tracking cookie of "${service}", so "login" cannot be "necessary": ${CONSENT_RULE}. Put "login" in a category such as "${category}".`,
      },
    ]);
  });

  it('a tracker is fine outside necessary, and a first-party cookie is fine in necessary', () => {
    const r = run((c) => {
      c.services[0].cookies.push({ name: 'gabriel', duration: '1 day' }, { name: 'li', duration: '1 day' });
      c.services[0].hosts = ['static.example.no', 'example.no/app.js'];
      c.services[1].hosts = ['www.google-analytics.com'];
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});
