/**
 * The law the validator can see in a notice (SPEC §3), checked once its fields have their shape.
 *
 * Errors, so the widget fails closed, where the notice would make samtykke break the rules it
 * exists for: a legal basis other than consent outside `necessary` (checked while walking, see
 * `basisNeedsConsent`), a known tracker or tracking cookie filed as necessary
 * (rules-necessary.ts), and any text a visitor reads that claims consent by use (wording.ts).
 * Warnings where the notice lacks what GDPR art. 13 asks for (rules-notice.ts).
 *
 * Every message says what is wrong, the rule behind it and how to fix it, in words a site owner
 * understands, and carries a stable code and its parameters, so the studio can say it in
 * Norwegian too. Node-safe: no DOM, no globals.
 */
import { checkNecessary } from './rules-necessary.js';
import { checkNotice } from './rules-notice.js';
import { NOTICE } from './schema.js';
import { consentByUse } from './wording.js';
const NEEDS_CONSENT = "cookies that are not strictly necessary need the visitor's consent (ekomloven § 3-15, ePrivacy art. 5(3))";
/**
 * The problem with a legal basis other than consent on a category (`categoryId`) or a service
 * (`serviceId` in `category`), or null: outside `necessary`, cookies and trackers need consent,
 * whatever else a site may rest other processing on (purposes keep their free choice).
 */
export function basisNeedsConsent(basis, owner) {
    const category = 'categoryId' in owner ? owner.categoryId : owner.category;
    if (basis === 'consent' || category === 'necessary')
        return null;
    const who = 'categoryId' in owner ? `"${owner.categoryId}"` : `"${owner.serviceId}" (category "${owner.category}")`;
    return {
        message: `${who} claims the legal basis "${basis}", but ${NEEDS_CONSENT}. Use "consent", or leave legalBasis out.`,
        params: { owner: who, basis },
    };
}
/** Path of `key` inside `path`, written as validate.ts writes it. */
const at = (path, key) => !/^[A-Za-z_$][\w$-]*$/.test(key) ? `${path}[${JSON.stringify(key)}]` : path ? `${path}.${key}` : key;
/**
 * Calls `visit` with every text of `value` (a checked part of the notice of `kind`) and its path:
 * `summary.nb`, `services[2].purpose`, `categories.analytics.title.en`. Every text a visitor
 * may read, whatever its field: a field added to the schema is read too.
 */
export function eachText(kind, value, path, visit) {
    if (value == null || value === false)
        return;
    if (kind.kind === 'text') {
        if (typeof value === 'string')
            visit(path, value);
        else
            for (const [lang, t] of Object.entries(value))
                visit(at(path, lang), t);
    }
    else if (kind.kind === 'object')
        for (const [name, field] of Object.entries(kind.fields))
            eachText(field.type, value[name], at(path, name), visit);
    else if (kind.kind === 'switch')
        eachText(kind.options, value, path, visit);
    else if (kind.kind === 'list')
        value.forEach((item, i) => eachText(kind.item, item, `${path}[${i}]`, visit));
    else if (kind.kind === 'map')
        for (const [key, item] of Object.entries(value))
            eachText(kind.value, item, at(path, key), visit);
}
/** Every text a visitor reads must not claim consent by use. */
function checkConsentByUse(c, report) {
    eachText(NOTICE, c, '', (path, text) => {
        const found = consentByUse(text);
        if (!found)
            return;
        const words = found.use ? `("${found.use}" … "${found.claim}")` : `("${found.claim}")`;
        report.error(path, `"${found.sentence}" claims consent by use ${words}: consent must be a clear, active choice (GDPR art. 4(11) and 7; ekomloven § 3-15), and using, browsing, scrolling or closing a site is not one. Remove that sentence: samtykke asks the visitor.`, 'consent-by-use', { sentence: found.sentence, words });
    });
}
/** Checks the law on a notice whose fields have been checked (parts that failed are absent). */
export function checkLaw(c, report) {
    checkNecessary(c, report);
    checkConsentByUse(c, report);
    checkNotice(c, report);
}
