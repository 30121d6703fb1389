/**
 * The notice (SPEC §3) as one typed table: every field, its kind, whether it may be left out and
 * its default (from defaults.ts). What each field means is written once, for people and editors,
 * in json-schema.ts (DESCRIPTIONS), which is not shipped to browsers. The validator (validate.ts) walks this table, the JSON Schema
 * for editors (json-schema.ts → dist/samtykke.schema.json) is generated from it, and the types
 * below are inferred from it: `NoticeInput` is what a site owner writes, `Config` the notice
 * after validation, with every default filled in.
 *
 * The order of the fields is the order problems are reported in. Node-safe: no DOM, no globals.
 */
import * as defaults from './defaults.js';
import { boolean, checked, ignored, integer, list, map, object, oneOf, onOff, optional, required, string, text, withDefault, } from './spec.js';
const LANGUAGE_TAG = '[a-z]{2,3}(-[A-Za-z0-9]{2,8})*';
const HOST_LABEL = '[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST = `(?=.{1,253}(/|$))(${HOST_LABEL}\\.)*${HOST_LABEL}`;
/**
 * String formats checked by a pattern: [pattern, what a valid value looks like]. No flags: the
 * JSON Schema for editors uses the same patterns, and JSON Schema has none. The formats
 * with a check of their own (url, regex, orgNumber, serviceId, serviceCategory, trackerCategory)
 * live in validate.ts; a format in neither is any string.
 */
export const FORMATS = {
    revision: [/^(?=[^]*\S)[^]{1,100}$/, 'must be 1-100 characters, not blank'],
    nonEmpty: [/\S/, 'must not be empty'],
    language: [RegExp(`^(auto|${LANGUAGE_TAG})$`), 'must be "auto" or a language tag like "nb" or "en-GB"'],
    languageTag: [RegExp(`^${LANGUAGE_TAG}$`), 'must be a language tag like "nb" or "en-GB"'],
    categoryId: [/^[a-z][a-z0-9_-]{0,39}$/, 'must be a-z, 0-9, "_" or "-", starting with a-z (at most 40)'],
    id: [/^[A-Za-z0-9][\w.-]{0,63}$/, 'must be an id of letters, digits, ".", "_" or "-" (at most 64)'],
    preset: [
        /^[A-Za-z0-9][\w.-]{0,63}(@[\w.-]{1,32})?$/,
        'must be a catalogue id, optionally with a version, like "google-analytics@1"',
    ],
    host: [RegExp(`^${HOST}$`), 'must be a host name like "example.com"'],
    frameHost: [
        RegExp(`^(\\*\\.)?${HOST}$`),
        'must be a host name like "js.stripe.com", or "*." and a host name for its subdomains',
    ],
    hostAndPath: [RegExp(`^${HOST}(/[^\\s?#]*)?$`), 'must be a host name with an optional path, like "stats.example.no/matomo.js"'],
    cookieDomain: [RegExp(`^(\\.?${HOST})?$`), 'must be "" or a host name like "example.no"'],
    region: [/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 code like "NO" or "NO-03"'],
    cookieName: [/^[\w-]{1,64}$/, 'must be 1-64 letters, digits, "_" or "-"'],
    // No spaces, ";" or ",": it goes into a Set-Cookie string. (Control characters are what the
    // rule looks for, so the regex names them.)
    // eslint-disable-next-line no-control-regex
    cookiePath: [/^\/[^\x00-\x20\x7f;,]*$/, 'must start with "/" and contain no spaces, ";" or ","'],
    absolutePath: [/^\//, 'must start with "/"'],
};
export const LEGAL_BASES = [
    'consent',
    'contract',
    'legal-obligation',
    'vital-interests',
    'public-task',
    'legitimate-interests',
];
export const ROLES = ['processor', 'joint-controller', 'controller'];
const legalBasis = oneOf(LEGAL_BASES);
const controller = object('Controller', {
    name: required(string('nonEmpty')),
    orgNumber: optional(string('orgNumber')),
    address: optional(string()),
    email: optional(string()),
    phone: optional(string()),
    dpoEmail: optional(string()),
    privacyEmail: optional(string()),
    policyUrl: optional(string('url')),
});
const category = object('Category', {
    title: optional(text()),
    description: optional(text()),
    legalBasis: checked(legalBasis),
});
const serviceCookie = object('ServiceCookie', {
    name: required(string('nonEmpty')),
    pattern: optional(string('regex')),
    duration: optional(text()),
});
const service = object('Service', {
    id: required(string('serviceId')),
    category: required(string('serviceCategory')),
    name: optional(text()),
    provider: optional(string()),
    role: optional(oneOf(ROLES)),
    preset: optional(string('preset')),
    purpose: optional(text()),
    legalBasis: withDefault(legalBasis, defaults.DEFAULT_LEGAL_BASIS),
    cookies: withDefault(list(serviceCookie), []),
    transfer: optional(text()),
    retention: optional(text()),
    arrangement: optional(text()),
    policyUrl: optional(string('url')),
    hosts: optional(list(string('hostAndPath'))),
    cookieless: optional(boolean()),
});
const purpose = object('Purpose', {
    title: required(text()),
    legalBasis: required(legalBasis),
    data: optional(text()),
    retention: optional(text()),
    recipients: optional(text()),
});
const authority = object('Authority', {
    name: required(string('nonEmpty')),
    url: optional(string('url')),
});
const cookieOptions = object('CookieOptions', {
    name: withDefault(string('cookieName'), defaults.DEFAULT_COOKIE.name),
    domain: withDefault(string('cookieDomain'), defaults.DEFAULT_COOKIE.domain),
    path: withDefault(string('cookiePath'), defaults.DEFAULT_COOKIE.path),
    sameSite: withDefault(oneOf(['Lax', 'Strict', 'None']), defaults.DEFAULT_COOKIE.sameSite),
    expiresAfterDays: withDefault(integer(1, 3650), defaults.DEFAULT_COOKIE.expiresAfterDays),
});
const consentMode = object('ConsentModeOptions', {
    mode: withDefault(oneOf(['basic', 'advanced']), defaults.DEFAULT_CONSENT_MODE.mode),
    region: optional(list(string('region'))),
    waitForUpdate: withDefault(integer(0, 60000), defaults.DEFAULT_CONSENT_MODE.waitForUpdate),
    urlPassthrough: optional(boolean()),
    adsDataRedaction: optional(boolean()),
});
const trackerRule = object('TrackerRule', {
    host: required(string('host')),
    path: optional(string('absolutePath')),
    service: required(string('id')),
    category: required(string('trackerCategory')),
});
const autoBlock = object('AutoBlockOptions', {
    trackers: withDefault(list(trackerRule), []),
    frames: optional(list(string('frameHost'))),
});
/** The notice, field by field, in the order of SPEC §3. */
export const NOTICE = object('Notice', {
    revision: required(string('revision')),
    language: withDefault(string('language'), defaults.DEFAULT_LANGUAGE),
    controller: required(controller),
    summary: optional(text()),
    categories: required(map('categoryId', category, 'necessary')),
    services: withDefault(list(service), []),
    purposes: withDefault(list(purpose), []),
    rights: withDefault(list(oneOf(defaults.ALL_RIGHTS)), [...defaults.ALL_RIGHTS]),
    proof: optional(object('ProofOptions', { endpoint: required(string('url')) })),
    cookie: withDefault(cookieOptions, {}),
    authority: withDefault(authority, defaults.DEFAULT_AUTHORITY),
    gpc: withDefault(oneOf(['honor', 'ignore']), defaults.DEFAULT_GPC),
    googleConsentMode: withDefault(onOff(consentMode), defaults.DEFAULT_GOOGLE_CONSENT_MODE),
    autoBlock: withDefault(onOff(autoBlock), defaults.DEFAULT_AUTO_BLOCK),
    reloadOnWithdraw: withDefault(boolean(), defaults.DEFAULT_RELOAD_ON_WITHDRAW),
    theme: withDefault(oneOf(['auto', 'light', 'dark']), defaults.DEFAULT_THEME),
    $schema: checked(ignored()),
    // The stamp of `samtykke validate --stamp` (SPEC §1, stamp.ts): for the fast path, not kept.
    validated: checked(ignored()),
});
/** The names of the notice's text fields (`summary`, `title`, `name`, `purpose`, …), each once. */
export const TEXTS = [];
const collectTexts = (kind) => {
    if (kind.kind === 'object')
        for (const [name, field] of Object.entries(kind.fields)) {
            if (field.type.kind === 'text') {
                if (!TEXTS.includes(name))
                    TEXTS.push(name);
            }
            else
                collectTexts(field.type);
        }
    else if (kind.kind === 'list')
        collectTexts(kind.item);
    else if (kind.kind === 'map')
        collectTexts(kind.value);
    else if (kind.kind === 'switch')
        collectTexts(kind.options);
};
collectTexts(NOTICE);
