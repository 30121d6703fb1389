import { describe, expect, it } from 'vitest';
import { validate } from '../../src/widget/notice/validate.js';
import { consentByUse } from '../../src/widget/notice/wording.js';

type Raw = any;

/** A complete notice: nothing to refuse, nothing to warn about. Each rule below breaks it once. */
const complete = (): Raw => ({
  revision: '1',
  controller: { name: 'Eksempel AS', email: 'post@eksempel.no' },
  summary: { nb: 'Vi bruker statistikk bare hvis du sier ja.', en: 'We use statistics only if you say yes.' },
  categories: { analytics: {}, marketing: {} },
  services: [
    { id: 'login', category: 'necessary', cookies: [{ name: 'session', duration: 'until you log out' }] },
    { id: 'google-analytics', category: 'analytics', cookies: [{ name: '_ga', duration: '2 years' }] },
    { id: 'plausible', category: 'analytics', cookieless: true },
  ],
  purposes: [
    { title: 'Statistics', legalBasis: 'consent' },
    { title: 'Security', legalBasis: 'legitimate-interests' },
  ],
});

const run = (mutate: (c: Raw) => void) => {
  const c = complete();
  mutate(c);
  return validate(c);
};

const CONSENT_RULE = "trackers need the visitor's consent (ekomloven § 3-15)";
const COOKIE_RULE = "cookies that are not strictly necessary need the visitor's consent (ekomloven § 3-15, ePrivacy art. 5(3))";
const byUse = (claim: string) =>
  `says that using the site is consent ("${claim}"). Consent must be a clear, active choice (GDPR art. 4(11) and 7; ekomloven § 3-15), and using or browsing a site is not one. Remove that sentence: samtykke asks the visitor.`;

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
    `"google-analytics" (category "analytics") claims legitimate interests, but ${COOKIE_RULE}. Use "consent", or leave legalBasis out.`,
  ],
  [
    'legitimate interests: a category outside necessary',
    (c) => (c.categories.marketing.legalBasis = 'legitimate-interests'),
    'categories.marketing.legalBasis',
    `"marketing" claims legitimate interests, but ${COOKIE_RULE}. Use "consent", or leave legalBasis out.`,
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
    byUse('By using this site you consent'),
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

/** Consent by use, in each language the widget speaks: each summary is refused, the claim quoted. */
const CONSENT_BY_USE: [string, string, string][] = [
  ['en', 'By continuing to browse this site, you accept our cookies.', 'By continuing to browse this site, you accept'],
  [
    'en',
    'If you continue to use this site we will assume that you agree.',
    'If you continue to use this site we will assume that you agree',
  ],
  ['en', 'You agree to our use of cookies by using this website.', 'You agree to our use of cookies by using'],
  [
    'nb',
    'Ved å bruke nettsiden vår, stavangersentrum.no, samtykker du i at vi kan sette disse i din nettleser.',
    'Ved å bruke nettsiden vår, stavangersentrum.no, samtykker du',
  ],
  [
    'nb',
    'Hvis du fortsetter å bruke nettstedet, godtar du bruk av informasjonskapsler.',
    'Hvis du fortsetter å bruke nettstedet, godtar du',
  ],
  ['nb', 'Ved videre bruk av nettsiden aksepterer du informasjonskapsler.', 'Ved videre bruk av nettsiden aksepterer du'],
  ['nn', 'Ved å bruke nettstaden samtykkjer du til informasjonskapslar.', 'Ved å bruke nettstaden samtykkjer du'],
  ['nn', 'Om du held fram på nettsida, godtek du bruken av informasjonskapslar.', 'Om du held fram på nettsida, godtek du'],
  ['sv', 'Genom att använda webbplatsen godkänner du att vi använder kakor.', 'Genom att använda webbplatsen godkänner du'],
  ['sv', 'Om du fortsätter att surfa accepterar du cookies.', 'Om du fortsätter att surfa accepterar du'],
  ['da', 'Ved at bruge hjemmesiden accepterer du brugen af cookies.', 'Ved at bruge hjemmesiden accepterer du'],
  ['da', 'Hvis du fortsætter, samtykker du til cookies.', 'Hvis du fortsætter, samtykker du'],
  [
    'de',
    'Durch die weitere Nutzung der Website stimmen Sie der Verwendung von Cookies zu.',
    'Durch die weitere Nutzung der Website stimmen Sie',
  ],
  [
    'de',
    'Wenn Sie die Seite weiter nutzen, erklären Sie sich damit einverstanden.',
    'Wenn Sie die Seite weiter nutzen, erklären Sie sich',
  ],
  ['de', 'Mit der Nutzung dieser Website akzeptieren Sie Cookies.', 'Mit der Nutzung dieser Website akzeptieren Sie'],
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

  it.each(CONSENT_BY_USE)('consent by use in %s: %s', (lang, sentence, claim) => {
    const r = run((c) => (c.summary[lang] = `Vi bruker informasjonskapsler. ${sentence}`));
    expect(r.config).toBeNull();
    expect(r.errors).toEqual([{ path: `summary.${lang}`, message: byUse(claim) }]);
  });

  it.each([
    'Å bruke nettsiden betyr ikke at du har samtykket.',
    'Using the website does not mean that you have consented.',
    'Vi bruker statistikk bare hvis du sier ja, og du kan endre valget når som helst.',
    'Du kan når som helst trekke tilbake samtykket ved å bruke knappen nederst på siden.',
    'Wir verwenden Statistik nur, wenn Sie zustimmen.',
    // Clicking the answer button is consent: only using, browsing or continuing is not.
    'By clicking "Accept all", you consent to statistics and marketing.',
    'Ved å klikke «Godta alle» samtykker du til statistikk og markedsføring.',
    'You can withdraw your consent at any time by using the link in the footer.',
    'Vi bruker informasjonskapsler. Du godtar dem bare hvis du velger det. Ved å bruke knappen nederst kan du endre valget.',
  ])('a summary that asks first is fine: %s', (sentence) => {
    expect(consentByUse(sentence)).toBeNull();
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

/** [rule, how the notice breaks it, path, exact message]: each a warning; the notice still works. */
const WARNINGS: [string, (c: Raw) => void, string, string][] = [
  [
    'no contact channel',
    (c) => (c.controller = { name: 'Eksempel AS', dpoEmail: 'dpo@eksempel.no' }),
    'controller',
    'gives no way to reach the controller. GDPR art. 13(1)(a) asks for contact details: add "email", "phone" or "address".',
  ],
  [
    'rights without access',
    (c) => (c.rights = ['erasure', 'objection', 'portability', 'withdraw', 'complaint']),
    'rights',
    'leaves out "access". GDPR art. 13(2) asks the notice to tell visitors about their rights: add it, or leave "rights" out to list all 8.',
  ],
  [
    'rights without erasure, withdraw and complaint',
    (c) => (c.rights = ['access', 'objection', 'portability']),
    'rights',
    'leaves out "erasure", "withdraw" and "complaint". GDPR art. 13(2) asks the notice to tell visitors about their rights: add them, or leave "rights" out to list all 8.',
  ],
  [
    'objection missing beside legitimate interests',
    (c) => (c.rights = ['access', 'erasure', 'portability', 'withdraw', 'complaint']),
    'rights',
    'leaves out "objection", but purposes[1] rests on legitimate interests, which a visitor may object to (GDPR art. 13(2)(b) and 21). Add "objection".',
  ],
  [
    'portability missing beside consent',
    (c) => (c.rights = ['access', 'erasure', 'objection', 'withdraw', 'complaint']),
    'rights',
    'leaves out "portability", but purposes[0] rests on consent, which gives a right to data portability (GDPR art. 13(2)(b) and 20). Add "portability".',
  ],
  [
    'portability missing beside a contract',
    (c) => ((c.purposes[0].legalBasis = 'contract'), (c.rights = ['access', 'erasure', 'objection', 'withdraw', 'complaint'])),
    'rights',
    'leaves out "portability", but purposes[0] rests on contract, which gives a right to data portability (GDPR art. 13(2)(b) and 20). Add "portability".',
  ],
  [
    'a cookie without duration',
    (c) => delete c.services[1].cookies[0].duration,
    'services[1].cookies[0].duration',
    'is missing: say how long "_ga" is kept, e.g. "2 years". GDPR art. 13(2)(a) asks for how long data is stored.',
  ],
  [
    'a service with no cookies, not marked cookieless',
    (c) => delete c.services[2].cookieless,
    'services[2].cookies',
    'lists no cookies for "plausible". Name what it stores in the browser, each with a duration (GDPR art. 13(2)(a)), or set "cookieless": true if it stores and reads nothing there.',
  ],
  [
    'a service with cookies: [] and cookieless false',
    (c) => ((c.services[2].cookieless = false), (c.services[2].cookies = [])),
    'services[2].cookies',
    'lists no cookies for "plausible". Name what it stores in the browser, each with a duration (GDPR art. 13(2)(a)), or set "cookieless": true if it stores and reads nothing there.',
  ],
  [
    'expiresAfterDays over 395',
    (c) => (c.cookie = { expiresAfterDays: 396 }),
    'cookie.expiresAfterDays',
    'keeps a decision for 396 days. Regulators expect visitors to be asked again within 13 months: use 395 or less (the default is 180).',
  ],
  [
    'a service in an unknown category',
    (c) => (c.services[2].category = 'ads'),
    'services[2].category',
    'refers to unknown category "ads"; nothing can grant this service. Add "ads" to categories, or use one of "necessary", "analytics", "marketing".',
  ],
  [
    'an orgNumber with a bad check digit',
    (c) => (c.controller.orgNumber = '974451205'),
    'controller.orgNumber',
    'fails the Norwegian mod-11 check: look the number up in the Register of Legal Entities (brreg.no) and correct it.',
  ],
];

describe('warnings: what GDPR art. 13 asks for', () => {
  it.each(WARNINGS)('%s', (_, mutate, path, message) => {
    const r = run(mutate);
    expect(r.errors).toEqual([]);
    expect(r.config).not.toBeNull();
    expect(r.warnings).toEqual([{ path, message }]);
  });

  it('no warning at 395 days, nor for a phone or an address as the only contact', () => {
    expect(run((c) => (c.cookie = { expiresAfterDays: 395 })).warnings).toEqual([]);
    expect(run((c) => (c.controller = { name: 'A', phone: '22 00 00 00' })).warnings).toEqual([]);
    expect(run((c) => (c.controller = { name: 'A', address: 'Gate 1, 0001 Oslo' })).warnings).toEqual([]);
  });

  it('no objection or portability needed when no purpose rests on those bases', () => {
    const r = run((c) => {
      c.purposes = [{ title: 'Law', legalBasis: 'legal-obligation' }];
      c.rights = ['access', 'erasure', 'withdraw', 'complaint'];
    });
    expect(r.warnings).toEqual([]);
  });
});

describe('the new fields of SPEC §3', () => {
  it('keeps role, preset, hosts (host lower-cased), cookieless, privacyEmail and a service name as a text', () => {
    const r = run((c) => {
      c.controller.privacyEmail = 'personvern@eksempel.no';
      Object.assign(c.services[1], {
        name: { nb: 'Google Analytics 4', nn: 'Google Analytics 4' },
        role: 'processor',
        preset: 'google-analytics@1',
        hosts: ['WWW.Google-Analytics.com/g/Collect'],
      });
    });
    expect(r.errors).toEqual([]);
    expect(r.config!.controller.privacyEmail).toBe('personvern@eksempel.no');
    expect(r.config!.services[1]).toMatchObject({
      name: { nb: 'Google Analytics 4', nn: 'Google Analytics 4' },
      role: 'processor',
      preset: 'google-analytics@1',
      hosts: ['www.google-analytics.com/g/Collect'],
    });
    expect(r.config!.services[2].cookieless).toBe(true);
  });

  it.each([
    ['role', { role: 'owner' }, 'services[2].role', 'must be one of processor, joint-controller, controller'],
    [
      'preset',
      { preset: 'google analytics' },
      'services[2].preset',
      'must be a catalogue id, optionally with a version, like "google-analytics@1"',
    ],
    [
      'hosts',
      { hosts: ['https://example.no/x.js'] },
      'services[2].hosts[0]',
      'must be a host name with an optional path, like "stats.example.no/matomo.js"',
    ],
    ['cookieless', { cookieless: 'yes' }, 'services[2].cookieless', 'must be a boolean'],
  ])('a bad %s is an error', (_, fields, path, message) => {
    const r = run((c) => Object.assign(c.services[2], fields));
    expect(r.errors).toEqual([{ path, message }]);
  });
});
