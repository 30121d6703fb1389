/**
 * Necessary means necessary (SPEC §3): a service in `necessary` runs without consent, so it must
 * not be a known tracker, by its catalogue id, its preset, its hosts or any of its cookies; and a
 * tracker rule must not put a known tracker's host in `necessary`. What the validator knows comes
 * from the service catalogue (known.generated.ts: every entry that is not necessary) and a few
 * tracking cookies beside it (known-extra.ts). Node-safe: no DOM, no globals.
 */
import { EXTRA_TRACKING_COOKIES } from './known-extra.js';
import { KNOWN_COOKIES, KNOWN_HOSTS, KNOWN_SERVICES } from './known.generated.js';
const TRACKERS_NEED_CONSENT = "trackers need the visitor's consent (ekomloven § 3-15)";
/** known-extra.ts first: it names the tracker a shared cookie is best known by (`fr`: Meta Pixel). */
const TRACKING_COOKIES = [...EXTRA_TRACKING_COOKIES, ...KNOWN_COOKIES];
/** A service as a message names it: by its id, when that is valid. */
export const named = (s) => (s.id ? `"${s.id}"` : 'this service');
/** The category a known tracker belongs in instead of necessary, quoted. */
export const categoryFor = (service) => {
    const category = KNOWN_SERVICES.find((k) => k.id === service)?.category;
    return category ? `"${category}"` : '"analytics" or "marketing"';
};
const pathOverlaps = (a = '', b = '') => a.startsWith(b) || b.startsWith(a);
/** The known tracker a host (and optional path) of the notice covers, or undefined. */
export function knownTrackerAt(host, path) {
    return KNOWN_HOSTS.find((known) => known.host === '*'
        ? !!known.path && path.endsWith(known.path)
        : (host === known.host || host.endsWith(`.${known.host}`) || known.host.endsWith(`.${host}`)) &&
            (!path || pathOverlaps(path, known.path)));
}
/** The service whose tracking cookie is called `name`, or undefined. */
function knownCookieService(name) {
    return TRACKING_COOKIES.find((known) => known.name === name || (known.pattern !== undefined && new RegExp(`^(?:${known.pattern})$`).test(name)))?.service;
}
const isKnown = (id) => !!id && KNOWN_SERVICES.some((k) => k.id === id);
/** A service in `necessary` must not be a tracker by its catalogue entry, hosts or cookies. */
function checkNecessaryService(s, at, report) {
    // A service that is a tracker by its catalogue entry gets one error: its hosts and cookies
    // are that tracker's own.
    const preset = s.preset?.split('@')[0];
    const tracker = isKnown(preset) ? preset : isKnown(s.id) ? s.id : undefined;
    if (tracker) {
        const params = { service: s.id, preset: s.preset ?? '', tracker, category: categoryFor(tracker) };
        report.error(`${at}.category`, (tracker === preset
            ? `"${s.id}" is made from the catalogue entry "${s.preset}", a known tracker,`
            : `"${s.id}" is a known tracker`) +
            ` and cannot be "necessary": ${TRACKERS_NEED_CONSENT}. Put it in a category such as ${params.category}.`, tracker === preset ? 'necessary-tracker-preset' : 'necessary-tracker-id', params);
    }
    else
        checkNecessaryParts(s, at, report);
}
/** A necessary service's hosts and cookies must not be a known tracker's. */
function checkNecessaryParts(s, at, report) {
    s.hosts?.forEach((entry, j) => {
        const slash = entry.indexOf('/');
        const known = knownTrackerAt(slash < 0 ? entry : entry.slice(0, slash), slash < 0 ? '' : entry.slice(slash));
        if (known)
            report.error(`${at}.hosts[${j}]`, `"${entry}" is where a known tracker ("${known.service}") loads from, so ${named(s)} cannot be "necessary": ${TRACKERS_NEED_CONSENT}. Put ${named(s)} in a category such as ${categoryFor(known.service)}.`, 'necessary-tracker-host', { host: entry, tracker: known.service, service: named(s), category: categoryFor(known.service) });
    });
    s.cookies?.forEach((cookie, j) => {
        const tracker = cookie && knownCookieService(cookie.name);
        if (tracker)
            report.error(`${at}.cookies[${j}].name`, `"${cookie.name}" is a tracking cookie of "${tracker}", so ${named(s)} cannot be "necessary": ${TRACKERS_NEED_CONSENT}. Put ${named(s)} in a category such as ${categoryFor(tracker)}.`, 'necessary-tracker-cookie', { cookie: cookie.name, tracker, service: named(s), category: categoryFor(tracker) });
    });
}
/** Known trackers filed as necessary: by a service, or by a tracker rule. */
export function checkNecessary(c, report) {
    c.services?.forEach((s, i) => {
        if (s?.category === 'necessary')
            checkNecessaryService(s, `services[${i}]`, report);
    });
    if (c.autoBlock)
        c.autoBlock.trackers?.forEach((t, i) => {
            const known = t?.category === 'necessary' && knownTrackerAt(t.host, t.path ?? '');
            if (known)
                report.error(`autoBlock.trackers[${i}].category`, `puts "${t.host}${t.path ?? ''}", where a known tracker ("${known.service}") loads from, in "necessary": ${TRACKERS_NEED_CONSENT}. Use a category such as ${categoryFor(known.service)}.`, 'necessary-tracker-rule', { host: `${t.host}${t.path ?? ''}`, tracker: known.service, category: categoryFor(known.service) });
        });
}
