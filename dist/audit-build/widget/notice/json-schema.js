/**
 * The notice's JSON Schema, generated from the schema table (schema.ts), so an editor can check
 * and complete a notice that starts with `"$schema": ".../samtykke.schema.json"`. The build writes
 * it to dist/samtykke.schema.json (scripts/schema.mjs); a unit test keeps that file current.
 *
 * The JSON Schema describes shapes only. What it cannot say (the law of rules.ts, references
 * between fields, the Norwegian check digit) only `validate()` and `samtykke validate` check.
 * Node-safe: no DOM, no globals.
 */
import { FORMATS, NOTICE } from './schema.js';
/** What each field means, by `Object.field` (the object kinds' names in schema.ts). */
export const DESCRIPTIONS = {
    'Notice.revision': 'Change it and every visitor is asked again',
    'Notice.language': '"auto" (follows <html lang>, then the browser), or a language tag like "nb"',
    'Notice.controller': 'Who is responsible for the processing (behandlingsansvarlig)',
    'Notice.summary': 'First-layer text; a default is generated from the fields. Never "by using the site you consent"',
    'Notice.categories': 'Category id → its texts; "necessary" is always granted and cannot be switched off',
    'Notice.services': 'Every third-party or own service that stores or reads something in the browser',
    'Notice.purposes': 'The wider notice summary (GDPR art. 13), shown on the second layer',
    'Notice.rights': "The visitor's rights (GDPR art. 15-22, 77); all of them when left out",
    'Notice.proof': 'Where each decision is logged as a proof receipt',
    'Notice.cookie': "Where the visitor's decision is kept, and for how long",
    'Notice.authority': 'The supervisory authority a visitor may complain to',
    'Notice.gpc': 'Global Privacy Control: "honor" records a refusal for a browser that sends it',
    'Notice.googleConsentMode': 'Google Consent Mode v2: true, false, or options',
    'Notice.autoBlock': 'Hold known trackers back with no markup change: true, false, or extra trackers',
    'Notice.reloadOnWithdraw': 'Reload the page after a withdrawal (code that ran cannot be unloaded)',
    'Notice.theme': 'The widget\'s colours: "light", "dark", or "auto" (follows the visitor\'s prefers-color-scheme). Restyle further with the --samtykke-* custom properties (--samtykke-accent, --samtykke-bg, --samtykke-fg, …)',
    'Notice.$schema': 'For editors: the URL of this JSON Schema',
    'Notice.validated': 'Written by `samtykke validate --stamp`: the rules edition and the SHA-256 of the notice as validated. Do not edit it: any change to the notice breaks it, and the browser validates again.',
    'Controller.name': 'The legal name',
    'Controller.orgNumber': 'Organisation number; Norwegian ones (9 digits) are checked with mod 11',
    'Controller.address': 'Postal address',
    'Controller.email': 'E-mail address',
    'Controller.phone': 'Phone number',
    'Controller.dpoEmail': 'The data protection officer, only if one is appointed (GDPR art. 37)',
    'Controller.privacyEmail': 'A privacy contact that is not a data protection officer',
    'Controller.policyUrl': 'The full privacy notice',
    'Category.title': 'Shown beside its switch',
    'Category.description': 'What the category is for',
    'Category.legalBasis': 'Only "consent" outside necessary: cookies that are not strictly necessary need consent',
    'Service.id': 'Unique; the id of data-service="…" and of set()',
    'Service.category': 'The category it belongs to (a key of categories)',
    'Service.name': 'Its name as shown',
    'Service.provider': 'Who provides it',
    'Service.role': "The provider's role: processor, joint-controller, or controller (an independent recipient)",
    'Service.preset': 'The catalogue entry (and version) it was made from, like "google-analytics@1"',
    'Service.purpose': 'What it is used for',
    'Service.legalBasis': 'GDPR art. 6(1); only "consent" unless the service is in necessary',
    'Service.cookies': 'What it stores in the browser, each with a duration',
    'Service.transfer': 'Third-country transfer, if any, and what it relies on',
    'Service.retention': 'How long the provider keeps the data it collects (GDPR art. 13(2)(a))',
    'Service.arrangement': 'For a joint controller: the essence of the arrangement, who does what and whom visitors turn to (GDPR art. 26(2))',
    'Service.policyUrl': "The provider's privacy notice",
    'Service.hosts': 'What auto-blocking holds for it: host, optional path prefix, like "stats.example.no/matomo.js"',
    'Service.cookieless': 'true: it stores and reads nothing in the browser',
    'ServiceCookie.name': 'Shown, and deleted on withdrawal',
    'ServiceCookie.pattern': 'A regular expression over the whole name; replaces name for deletion',
    'ServiceCookie.duration': 'How long it lasts, e.g. "2 years"',
    'Purpose.title': 'The purpose',
    'Purpose.legalBasis': 'GDPR art. 6(1)',
    'Purpose.data': 'What data',
    'Purpose.retention': 'How long it is kept',
    'Purpose.recipients': 'Who receives it',
    'ProofOptions.endpoint': 'Where receipts are POSTed (an http(s) URL, or one relative to the page)',
    'Authority.name': 'The supervisory authority',
    'Authority.url': 'Its web site',
    'CookieOptions.name': 'Name of the decision cookie',
    'CookieOptions.domain': '"" for this host only, or a parent domain like "example.no"',
    'CookieOptions.path': 'Cookie path',
    'CookieOptions.sameSite': 'Cookie SameSite attribute',
    'CookieOptions.expiresAfterDays': 'Days a decision is kept before the visitor is asked again (at most 395 advised)',
    'ConsentModeOptions.mode': '"advanced": Google tags load ungated and read the consent signals',
    'ConsentModeOptions.region': 'ISO 3166 regions the defaults apply to',
    'ConsentModeOptions.waitForUpdate': 'Milliseconds Google tags wait for an update',
    'ConsentModeOptions.urlPassthrough': "Google's url_passthrough",
    'ConsentModeOptions.adsDataRedaction': "Google's ads_data_redaction",
    'AutoBlockOptions.trackers': 'Trackers to hold back besides the built-in list',
    'AutoBlockOptions.frames': 'Turns on the frame policy (no request at all for a tracker iframe written in the HTML; a grant reloads the page once) and lists the other hosts the pages frame, like "js.stripe.com" or "*.typeform.com"',
    'TrackerRule.host': 'Host suffix, e.g. "googletagmanager.com"',
    'TrackerRule.path': 'Path prefix, e.g. "/gtag/js"',
    'TrackerRule.service': 'The service it belongs to',
    'TrackerRule.category': 'The category that must be granted (a key of categories)',
};
/** The notice's JSON Schema (draft 2020-12): the notice's shape, every object kind a definition. */
export function noticeJsonSchema() {
    const defs = { Text: textDefinition() };
    const root = kindSchema(NOTICE, defs);
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'samtykke notice',
        description: 'The notice (config) of the samtykke consent widget (SPEC §3). `npx samtykke validate notice.json` checks what this schema cannot.',
        ...root,
        $defs: defs,
    };
}
/** A text: one string, or one string per language tag. */
function textDefinition() {
    return {
        description: 'A text: a string, or a map of language tag → string, e.g. {"nb": "…", "nn": "…", "en": "…"}',
        anyOf: [
            { type: 'string' },
            {
                type: 'object',
                minProperties: 1,
                propertyNames: { pattern: FORMATS.languageTag[0].source },
                additionalProperties: { type: 'string' },
            },
        ],
    };
}
/** One kind of the schema table as JSON Schema; object kinds go into `defs` and are referenced. */
function kindSchema(kind, defs) {
    switch (kind.kind) {
        case 'object':
            return objectReference(kind, defs);
        case 'switch':
            return { anyOf: [{ type: 'boolean' }, kindSchema(kind.options, defs)] };
        case 'list':
            return { type: 'array', items: kindSchema(kind.item, defs) };
        case 'map':
            return {
                type: 'object',
                propertyNames: { pattern: FORMATS[kind.key][0].source },
                additionalProperties: kindSchema(kind.value, defs),
            };
        case 'text':
            return { $ref: '#/$defs/Text' };
        case 'boolean':
            return { type: 'boolean' };
        case 'integer':
            return { type: 'integer', minimum: kind.min, maximum: kind.max };
        case 'oneOf':
            return { enum: [...kind.values] };
        case 'ignored':
            return { type: 'string' };
        case 'string': {
            const pattern = kind.format && Object.prototype.hasOwnProperty.call(FORMATS, kind.format) ? FORMATS[kind.format] : undefined;
            return pattern ? { type: 'string', pattern: pattern[0].source } : { type: 'string' };
        }
    }
}
/** A reference to the object kind's definition, which is written the first time it is met. */
function objectReference(kind, defs) {
    if (!defs[kind.name]) {
        defs[kind.name] = {}; // reserved first: a name is described once
        const required = Object.entries(kind.fields)
            .filter(([, field]) => field.presence == 'required')
            .map(([name]) => name);
        defs[kind.name] = {
            type: 'object',
            properties: Object.fromEntries(Object.entries(kind.fields).map(([name, field]) => [name, fieldSchema(kind.name, name, field, defs)])),
            ...(required.length ? { required } : {}),
            additionalProperties: false,
        };
    }
    return { $ref: `#/$defs/${kind.name}` };
}
/** One field of an object kind: its kind's schema, with its description and default if it has them. */
function fieldSchema(objectName, name, field, defs) {
    const description = DESCRIPTIONS[`${objectName}.${name}`];
    const schema = { ...(description ? { description } : {}), ...kindSchema(field.type, defs) };
    return field.presence == 'default' ? { ...schema, default: field.default } : schema;
}
