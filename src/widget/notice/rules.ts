/**
 * The law the validator can see in a notice (SPEC §3), checked once its fields have their shape.
 *
 * Errors, so the widget fails closed, where the notice would make samtykke break the rules it
 * exists for: a known tracker or tracking cookie filed as necessary, and a summary that claims
 * consent by use. (Legitimate interests outside `necessary` is checked while walking, see
 * `legitimateInterests`.) Warnings where the notice lacks what GDPR art. 13 asks for.
 *
 * Every message says what is wrong, the rule behind it and how to fix it, in words a site owner
 * understands. Node-safe: no DOM, no globals.
 */
import { ALL_RIGHTS, LONGEST_ADVISED_DAYS } from './defaults.js';
import { EXTRA_TRACKING_COOKIES } from './known-extra.js';
import { KNOWN_COOKIES, KNOWN_HOSTS, type KnownHost } from './known.generated.js';
import type { Config, Service } from './schema.js';
import { consentByUse } from './wording.js';

export interface Report {
  error(path: string, message: string): void;
  warning(path: string, message: string): void;
}

const NEEDS_CONSENT = "cookies that are not strictly necessary need the visitor's consent (ekomloven § 3-15, ePrivacy art. 5(3))";
const TRACKERS_NEED_CONSENT = "trackers need the visitor's consent (ekomloven § 3-15)";

/** "a", "b" and "c". */
const quoted = (items: readonly string[]): string => {
  const q = items.map((i) => `"${i}"`);
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}` : q.join('');
};

/** A service as a message names it: by its id, when that is valid. */
const named = (s: Service): string => (s.id ? `"${s.id}"` : 'this service');

/** Where a tracker of `service` belongs instead of necessary. */
const categoryFor = (service: string): string => {
  const category = KNOWN_HOSTS.find((h) => h.service === service)?.category;
  return category ? `"${category}"` : '"analytics" or "marketing"';
};

/**
 * The problem with a legal basis of legitimate interests on a category (`categoryId`) or a
 * service (`service`), or null: outside `necessary`, cookies need consent.
 */
export function legitimateInterests(owner: { categoryId: string } | { serviceId: string; category: string }): string | null {
  if ('categoryId' in owner)
    return owner.categoryId === 'necessary'
      ? null
      : `"${owner.categoryId}" claims legitimate interests, but ${NEEDS_CONSENT}. Use "consent", or leave legalBasis out.`;
  return owner.category === 'necessary'
    ? null
    : `"${owner.serviceId}" (category "${owner.category}") claims legitimate interests, but ${NEEDS_CONSENT}. Use "consent", or leave legalBasis out.`;
}

const TRACKING_COOKIES = [...KNOWN_COOKIES, ...EXTRA_TRACKING_COOKIES];

/** The catalogue's non-necessary service ids. */
const TRACKER_IDS = new Set([...KNOWN_HOSTS.map((h) => h.service), ...KNOWN_COOKIES.map((c) => c.service)]);

const pathOverlaps = (a = '', b = '') => a.startsWith(b) || b.startsWith(a);

/** The known tracker a host (and optional path) of the notice covers, or undefined. */
function knownTrackerAt(host: string, path: string): KnownHost | undefined {
  return KNOWN_HOSTS.find((known) =>
    known.host === '*'
      ? !!known.path && path.endsWith(known.path)
      : (host === known.host || host.endsWith(`.${known.host}`) || known.host.endsWith(`.${host}`)) &&
        (!path || pathOverlaps(path, known.path)),
  );
}

/** The service whose tracking cookie is called `name`, or undefined. */
function knownCookieService(name: string): string | undefined {
  return TRACKING_COOKIES.find(
    (known) => known.name === name || (known.pattern !== undefined && new RegExp(`^(?:${known.pattern})$`).test(name)),
  )?.service;
}

/** A service in `necessary` must not be a tracker by its catalogue entry, hosts or cookies. */
function checkNecessaryService(s: Service, at: string, report: Report): void {
  // A service that is a tracker by its catalogue entry gets one error: its hosts and cookies
  // are that tracker's own.
  const preset = s.preset?.split('@')[0];
  if (preset && TRACKER_IDS.has(preset))
    report.error(
      `${at}.category`,
      `"${s.id}" is made from the catalogue entry "${s.preset}", a known tracker, and cannot be "necessary": ${TRACKERS_NEED_CONSENT}. Put it in a category such as ${categoryFor(preset)}.`,
    );
  else if (TRACKER_IDS.has(s.id))
    report.error(
      `${at}.category`,
      `"${s.id}" is a known tracker and cannot be "necessary": ${TRACKERS_NEED_CONSENT}. Put it in a category such as ${categoryFor(s.id)}.`,
    );
  else checkNecessaryParts(s, at, report);
}

/** A necessary service's hosts and cookies must not be a known tracker's. */
function checkNecessaryParts(s: Service, at: string, report: Report): void {
  s.hosts?.forEach((entry, j) => {
    const slash = entry.indexOf('/');
    const known = knownTrackerAt(slash < 0 ? entry : entry.slice(0, slash), slash < 0 ? '' : entry.slice(slash));
    if (known)
      report.error(
        `${at}.hosts[${j}]`,
        `"${entry}" is where a known tracker ("${known.service}") loads from, so ${named(s)} cannot be "necessary": ${TRACKERS_NEED_CONSENT}. Put ${named(s)} in a category such as ${categoryFor(known.service)}.`,
      );
  });
  s.cookies?.forEach((cookie, j) => {
    const service = cookie && knownCookieService(cookie.name);
    if (service)
      report.error(
        `${at}.cookies[${j}].name`,
        `"${cookie.name}" is a tracking cookie of "${service}", so ${named(s)} cannot be "necessary": ${TRACKERS_NEED_CONSENT}. Put ${named(s)} in a category such as ${categoryFor(service)}.`,
      );
  });
}

/** The errors: trackers filed as necessary, and consent claimed by use. */
function checkErrors(c: Config, report: Report): void {
  c.services?.forEach((s, i) => {
    if (s?.category === 'necessary') checkNecessaryService(s, `services[${i}]`, report);
  });
  if (c.autoBlock)
    c.autoBlock.trackers?.forEach((t, i) => {
      const known = t?.category === 'necessary' && knownTrackerAt(t.host, t.path ?? '');
      if (known)
        report.error(
          `autoBlock.trackers[${i}].category`,
          `puts "${t.host}${t.path ?? ''}", where a known tracker ("${known.service}") loads from, in "necessary": ${TRACKERS_NEED_CONSENT}. Use a category such as ${categoryFor(known.service)}.`,
        );
    });
  const summaries =
    typeof c.summary === 'object'
      ? Object.entries(c.summary).map(([lang, t]) => [`summary.${lang}`, t])
      : [['summary', c.summary]];
  for (const [path, summary] of summaries) {
    const claim = typeof summary === 'string' && consentByUse(summary);
    if (claim)
      report.error(
        path!,
        `says that using the site is consent ("${claim}"). Consent must be a clear, active choice (GDPR art. 4(11) and 7; ekomloven § 3-15), and using or browsing a site is not one. Remove that sentence: samtykke asks the visitor.`,
      );
  }
}

/** The warnings: what GDPR art. 13 asks a notice to say, and a decision kept too long. */
function checkArticle13(c: Config, report: Report): void {
  const k = c.controller;
  if (k && !k.email && !k.phone && !k.address)
    report.warning(
      'controller',
      'gives no way to reach the controller. GDPR art. 13(1)(a) asks for contact details: add "email", "phone" or "address".',
    );

  if (Array.isArray(c.rights)) {
    const has = (right: string) => c.rights.includes(right as (typeof c.rights)[number]);
    const missing = (['access', 'erasure', 'withdraw', 'complaint'] as const).filter((r) => !has(r));
    if (missing.length)
      report.warning(
        'rights',
        `leaves out ${quoted(missing)}. GDPR art. 13(2) asks the notice to tell visitors about their rights: add ${missing.length > 1 ? 'them' : 'it'}, or leave "rights" out to list all ${ALL_RIGHTS.length}.`,
      );
    const purposes = c.purposes ?? [];
    const restsOn = (...bases: string[]) => purposes.findIndex((p) => p && bases.includes(p.legalBasis));
    const interest = restsOn('legitimate-interests');
    if (interest >= 0 && !has('objection'))
      report.warning(
        'rights',
        `leaves out "objection", but purposes[${interest}] rests on legitimate interests, which a visitor may object to (GDPR art. 13(2)(b) and 21). Add "objection".`,
      );
    const agreed = restsOn('consent', 'contract');
    if (agreed >= 0 && !has('portability'))
      report.warning(
        'rights',
        `leaves out "portability", but purposes[${agreed}] rests on ${purposes[agreed].legalBasis}, which gives a right to data portability (GDPR art. 13(2)(b) and 20). Add "portability".`,
      );
  }

  c.services?.forEach((s, i) => {
    if (!s) return;
    if (!s.cookies?.length && s.cookieless !== true)
      report.warning(
        `services[${i}].cookies`,
        `lists no cookies for ${named(s)}. Name what it stores in the browser, each with a duration (GDPR art. 13(2)(a)), or set "cookieless": true if it stores and reads nothing there.`,
      );
    s.cookies?.forEach((cookie, j) => {
      if (cookie && cookie.duration === undefined)
        report.warning(
          `services[${i}].cookies[${j}].duration`,
          `is missing: say how long "${cookie.name}" is kept, e.g. "2 years". GDPR art. 13(2)(a) asks for how long data is stored.`,
        );
    });
  });

  const days = c.cookie?.expiresAfterDays;
  if (typeof days === 'number' && days > LONGEST_ADVISED_DAYS)
    report.warning(
      'cookie.expiresAfterDays',
      `keeps a decision for ${days} days. Regulators expect visitors to be asked again within 13 months: use ${LONGEST_ADVISED_DAYS} or less (the default is 180).`,
    );
}

/** Checks the law on a notice whose fields have been checked (parts that failed are absent). */
export function checkLaw(c: Config, report: Report): void {
  checkErrors(c, report);
  checkArticle13(c, report);
}
