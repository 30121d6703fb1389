/**
 * The warnings (SPEC §3): what GDPR art. 13 asks a notice to say and this one does not, a
 * decision kept too long, no way to demonstrate consent (art. 7(1)), and settings that let data
 * reach Google or the page before consent. Console warnings, not fatal: the widget still runs,
 * and `samtykke validate` and `samtykke audit` print the same list. Node-safe: no DOM, no globals.
 */
import { ALL_RIGHTS, DEFAULT_COOKIE, LONGEST_ADVISED_DAYS } from './defaults.js';
import { named } from './rules-necessary.js';
/** "a", "b" and "c". */
const quoted = (items) => {
    const q = items.map((i) => `"${i}"`);
    return q.length > 1 ? `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}` : q.join('');
};
/** Contact details and rights (GDPR art. 13(1)(a) and 13(2)(b)). */
function checkContactAndRights(c, report) {
    const k = c.controller;
    if (k && !k.email && !k.phone && !k.address)
        report.warning('controller', 'gives no way to reach the controller. GDPR art. 13(1)(a) asks for contact details: add "email", "phone" or "address".', 'no-contact');
    if (!Array.isArray(c.rights))
        return;
    const has = (right) => c.rights.includes(right);
    const missing = ['access', 'erasure', 'withdraw', 'complaint'].filter((r) => !has(r));
    if (missing.length)
        report.warning('rights', `leaves out ${quoted(missing)}. GDPR art. 13(2) asks the notice to tell visitors about their rights: add ${missing.length > 1 ? 'them' : 'it'}, or leave "rights" out to list all ${ALL_RIGHTS.length}.`, 'rights-missing', { missing: quoted(missing) });
    const purposes = c.purposes ?? [];
    const restsOn = (...bases) => purposes.findIndex((p) => p && bases.includes(p.legalBasis));
    const interest = restsOn('legitimate-interests');
    if (interest >= 0 && !has('objection'))
        report.warning('rights', `leaves out "objection", but purposes[${interest}] rests on legitimate interests, which a visitor may object to (GDPR art. 13(2)(b) and 21). Add "objection".`, 'objection-missing', { purpose: `purposes[${interest}]` });
    const agreed = restsOn('consent', 'contract');
    if (agreed >= 0 && !has('portability'))
        report.warning('rights', `leaves out "portability", but purposes[${agreed}] rests on ${purposes[agreed].legalBasis}, which gives a right to data portability (GDPR art. 13(2)(b) and 20). Add "portability".`, 'portability-missing', { purpose: `purposes[${agreed}]`, basis: purposes[agreed].legalBasis });
}
/** Each service's cookies, durations, retention and, for a joint controller, the arrangement. */
function checkServices(c, report) {
    c.services?.forEach((s, i) => {
        if (!s)
            return;
        if (!s.cookies?.length && s.cookieless !== true)
            report.warning(`services[${i}].cookies`, `lists no cookies for ${named(s)}. Name what it stores in the browser, each with a duration (GDPR art. 13(2)(a)), or set "cookieless": true if it stores and reads nothing there.`, 'cookies-missing', { service: named(s) });
        s.cookies?.forEach((cookie, j) => {
            if (cookie && cookie.duration === undefined)
                report.warning(`services[${i}].cookies[${j}].duration`, `is missing: say how long "${cookie.name}" is kept, e.g. "2 years". GDPR art. 13(2)(a) asks for how long data is stored.`, 'duration-missing', { cookie: cookie.name });
        });
        if (s.retention === undefined)
            report.warning(`services[${i}].retention`, `is missing: say how long ${s.provider ? `"${s.provider}"` : 'the provider'} keeps what ${named(s)} collects, e.g. "14 months". GDPR art. 13(2)(a) asks for how long data is stored.`, 'service-retention-missing', { service: named(s) });
        if (s.role === 'joint-controller' && s.arrangement === undefined)
            report.warning(`services[${i}].arrangement`, `is missing: ${named(s)} is a joint controller, so the notice must give the essence of the arrangement between you (who answers visitors, who does what) (GDPR art. 26(2)). Add "arrangement".`, 'arrangement-missing', { service: named(s) });
    });
    c.purposes?.forEach((p, i) => {
        if (p && p.retention === undefined)
            report.warning(`purposes[${i}].retention`, 'is missing: say how long data for this purpose is kept, or the criteria for it. GDPR art. 13(2)(a) asks for how long data is stored.', 'purpose-retention-missing');
    });
}
/** Proof, the decision's lifetime, and what reaches Google or the page before consent. */
function checkSettings(c, report) {
    if (!c.proof)
        report.warning('proof', 'is missing, so decisions are not logged anywhere but the visitor\'s browser. The controller must be able to demonstrate that a visitor consented (GDPR art. 7(1)): add "proof": { "endpoint": … } (SPEC §7).', 'no-proof');
    const days = c.cookie?.expiresAfterDays;
    if (typeof days === 'number' && days > LONGEST_ADVISED_DAYS)
        report.warning('cookie.expiresAfterDays', `keeps a decision for ${days} days. Regulators expect visitors to be asked again within 13 months: use ${LONGEST_ADVISED_DAYS} or less (the default is ${DEFAULT_COOKIE.expiresAfterDays}).`, 'decision-too-long', { days: String(days), most: String(LONGEST_ADVISED_DAYS) });
    const mode = c.googleConsentMode;
    if (mode && mode.mode === 'advanced')
        report.warning('googleConsentMode.mode', 'is "advanced": Google\'s tags then load before consent and send Google cookieless pings (the page, the time, the browser and its IP address) while the visitor has not chosen (ekomloven § 3-15). Use the default, "basic", to hold them until consent.', 'consent-mode-advanced');
    if (mode && mode.urlPassthrough)
        report.warning('googleConsentMode.urlPassthrough', "is on: while consent is refused or not yet given, Google's tags add click ids (gclid, dclid) and the ad click to the links of the page, so they reach Google in the address of the next page. Leave it out unless the notice tells visitors.", 'url-passthrough');
    if (c.autoBlock === false)
        report.warning('autoBlock', 'is false: a known tracker that the page loads without a data-consent tag then runs, sets cookies and sends the visitor\'s data to its provider before any consent (ekomloven § 3-15). Leave "autoBlock" on, or tag every tracker.', 'auto-block-off');
}
/** The warnings: what GDPR art. 13 asks a notice to say, proof, and settings that leak before consent. */
export function checkNotice(c, report) {
    checkContactAndRights(c, report);
    checkServices(c, report);
    checkSettings(c, report);
}
