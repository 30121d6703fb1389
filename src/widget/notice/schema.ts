/**
 * The notice (SPEC §3) as one typed table: every field, its kind, whether it may be left out and
 * its default (from defaults.ts). The validator (validate.ts) walks this table, the JSON Schema
 * for editors (json-schema.ts → dist/samtykke.schema.json) is generated from it, and the types
 * below are inferred from it: `NoticeInput` is what a site owner writes, `Config` the notice
 * after validation, with every default filled in.
 *
 * The order of the fields is the order problems are reported in. Node-safe: no DOM, no globals.
 */
import * as defaults from './defaults.js';
import {
  boolean,
  checked,
  ignored,
  integer,
  list,
  map,
  object,
  oneOf,
  onOff,
  optional,
  required,
  string,
  text,
  withDefault,
  type AnyKind,
  type InputOf,
  type OutputOf,
} from './spec.js';

export type { Text } from './spec.js';

const LANGUAGE_TAG = '[a-z]{2,3}(-[A-Za-z0-9]{2,8})*';
const HOST_LABEL = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
const HOST = `(?=.{1,253}(/|$))(${HOST_LABEL}\\.)*${HOST_LABEL}`;

/**
 * String formats checked by a pattern: [pattern, what a valid value looks like]. The formats
 * with a check of their own (url, regex, orgNumber, serviceId, serviceCategory, trackerCategory)
 * live in validate.ts; a format in neither is any string.
 */
export const FORMATS: Record<string, readonly [RegExp, string]> = {
  revision: [/^(?=[^]*\S)[^]{1,100}$/, 'must be 1-100 characters, not blank'],
  nonEmpty: [/\S/, 'must not be empty'],
  language: [RegExp(`^(auto|${LANGUAGE_TAG})$`), 'must be "auto" or a language tag like "nb" or "en-GB"'],
  languageTag: [RegExp(`^${LANGUAGE_TAG}$`), 'must be a language tag like "nb" or "en-GB"'],
  categoryId: [/^[a-z][a-z0-9_-]{0,39}$/, 'must be a-z, 0-9, "_" or "-", starting with a-z (at most 40)'],
  id: [/^[a-z0-9][\w.-]{0,63}$/i, 'must be an id of letters, digits, ".", "_" or "-" (at most 64)'],
  preset: [/^[a-z0-9][\w.-]{0,63}(@[\w.-]{1,32})?$/i, 'must be a catalogue id, optionally with a version, like "google-analytics@1"'],
  host: [RegExp(`^${HOST}$`, 'i'), 'must be a host name like "example.com"'],
  hostAndPath: [RegExp(`^${HOST}(/[^\\s?#]*)?$`, 'i'), 'must be a host name with an optional path, like "stats.example.no/matomo.js"'],
  cookieDomain: [RegExp(`^(\\.?${HOST})?$`, 'i'), 'must be "" or a host name like "example.no"'],
  region: [/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 code like "NO" or "NO-03"'],
  cookieName: [/^[\w-]{1,64}$/, 'must be 1-64 letters, digits, "_" or "-"'],
  // No spaces, ";" or ",": it goes into a Set-Cookie string.
  cookiePath: [/^\/[^\x00-\x20\x7f;,]*$/, 'must start with "/" and contain no spaces, ";" or ","'],
  absolutePath: [/^\//, 'must start with "/"'],
};

export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export const ROLES = ['processor', 'joint-controller', 'controller'] as const;

const legalBasis = oneOf(LEGAL_BASES, 'GDPR art. 6(1): what the processing rests on');
const url = (doc: string) => string('url', `${doc} (http(s) or relative to the page)`);

const controller = object('Controller', {
  name: required(string('nonEmpty', 'Who is responsible (behandlingsansvarlig)')),
  orgNumber: optional(string('orgNumber', 'Organisation number; Norwegian ones are checked (mod 11)')),
  address: optional(string(undefined, 'Postal address')),
  email: optional(string(undefined, 'E-mail address')),
  phone: optional(string(undefined, 'Phone number')),
  dpoEmail: optional(string(undefined, 'The data protection officer, only if one is appointed (GDPR art. 37)')),
  privacyEmail: optional(string(undefined, 'A privacy contact that is not a data protection officer')),
  policyUrl: optional(url('The full privacy notice')),
});

const category = object('Category', {
  title: optional(text('Shown on the switch')),
  description: optional(text('What the category is for')),
  legalBasis: checked(legalBasis),
});

const serviceCookie = object('ServiceCookie', {
  name: required(string('nonEmpty', 'Shown, and deleted on withdrawal')),
  pattern: optional(string('regex', 'A regular expression over the whole name; replaces name for deletion')),
  duration: optional(text('How long it lasts, e.g. "2 years"')),
});

const service = object('Service', {
  id: required(string('serviceId', 'Unique; the id of data-service and of set()')),
  category: required(string('serviceCategory', 'The category it belongs to')),
  name: optional(text('Its name as shown')),
  provider: optional(string(undefined, 'Who provides it')),
  role: optional(oneOf(ROLES, "The provider's role: processor, joint-controller, or controller (an independent recipient)")),
  preset: optional(string('preset', 'The catalogue entry (and version) it was made from')),
  purpose: optional(text('What it is used for')),
  legalBasis: withDefault(legalBasis, defaults.DEFAULT_LEGAL_BASIS),
  cookies: withDefault(list(serviceCookie, 'What it stores in the browser'), []),
  transfer: optional(text('Third-country transfer, if any')),
  policyUrl: optional(url("The provider's privacy notice")),
  hosts: optional(list(string('hostAndPath'), 'What auto-blocking holds for it: host, optional path prefix')),
  cookieless: optional(boolean('true: it stores and reads nothing in the browser')),
});

const purpose = object('Purpose', {
  title: required(text('The purpose')),
  legalBasis: required(legalBasis),
  data: optional(text('What data')),
  retention: optional(text('How long it is kept')),
  recipients: optional(text('Who receives it')),
});

const authority = object('Authority', {
  name: required(string('nonEmpty', 'The supervisory authority')),
  url: optional(url('Its web site')),
});

const cookieOptions = object('CookieOptions', {
  name: withDefault(string('cookieName', 'Name of the decision cookie'), defaults.DEFAULT_COOKIE.name),
  domain: withDefault(string('cookieDomain', '"" for this host only'), defaults.DEFAULT_COOKIE.domain),
  path: withDefault(string('cookiePath'), defaults.DEFAULT_COOKIE.path),
  sameSite: withDefault(oneOf(['Lax', 'Strict', 'None']), defaults.DEFAULT_COOKIE.sameSite),
  expiresAfterDays: withDefault(integer(1, 3650, 'Days a decision is kept before asking again'), defaults.DEFAULT_COOKIE.expiresAfterDays),
});

const consentMode = object('ConsentModeOptions', {
  mode: withDefault(oneOf(['basic', 'advanced'], 'advanced: Google tags load ungated and read the signals'), defaults.DEFAULT_CONSENT_MODE.mode),
  region: optional(list(string('region'), 'ISO 3166 regions the defaults apply to')),
  waitForUpdate: withDefault(integer(0, 60000, 'Milliseconds Google tags wait for an update'), defaults.DEFAULT_CONSENT_MODE.waitForUpdate),
  urlPassthrough: optional(boolean()),
  adsDataRedaction: optional(boolean()),
});

const trackerRule = object('TrackerRule', {
  host: required(string('host', 'Host suffix, e.g. "googletagmanager.com"')),
  path: optional(string('absolutePath', 'Path prefix, e.g. "/gtag/js"')),
  service: required(string('id')),
  category: required(string('trackerCategory')),
});

const autoBlock = object('AutoBlockOptions', {
  trackers: withDefault(list(trackerRule, 'Trackers to hold back besides the built-in list'), []),
});

/** The notice, field by field, in the order of SPEC §3. */
export const NOTICE = object('Notice', {
  revision: required(string('revision', 'Change it and every visitor is asked again')),
  language: withDefault(string('language', '"auto", or a language tag like "nb"'), defaults.DEFAULT_LANGUAGE),
  controller: required(controller),
  summary: optional(text('First-layer text; a default is generated from the fields')),
  categories: required(map('categoryId', category, 'necessary', 'necessary is always granted and cannot be switched off')),
  services: withDefault(list(service), []),
  purposes: withDefault(list(purpose, 'The wider notice summary (GDPR art. 13), shown on the second layer'), []),
  rights: withDefault(list(oneOf(defaults.ALL_RIGHTS)), [...defaults.ALL_RIGHTS]),
  proof: optional(object('ProofOptions', { endpoint: required(url('Where receipts are POSTed')) })),
  cookie: withDefault(cookieOptions, {}),
  authority: withDefault(authority, defaults.DEFAULT_AUTHORITY),
  gpc: withDefault(oneOf(['honor', 'ignore'], 'Global Privacy Control'), defaults.DEFAULT_GPC),
  googleConsentMode: withDefault(onOff(consentMode, 'Google Consent Mode v2'), defaults.DEFAULT_GOOGLE_CONSENT_MODE),
  autoBlock: withDefault(onOff(autoBlock, 'Hold known trackers back with no markup change'), defaults.DEFAULT_AUTO_BLOCK),
  reloadOnWithdraw: withDefault(boolean('Reload the page after a withdrawal'), defaults.DEFAULT_RELOAD_ON_WITHDRAW),
  theme: withDefault(oneOf(['auto', 'light', 'dark']), defaults.DEFAULT_THEME),
  $schema: checked(ignored('For editors: the JSON Schema of the notice')),
});

/** The names of the notice's text fields (`summary`, `title`, `name`, `purpose`, …), each once. */
export const TEXTS: string[] = [];
const collectTexts = (kind: AnyKind): void => {
  if (kind.kind === 'object')
    for (const [name, field] of Object.entries(kind.fields)) {
      if (field.type.kind === 'text') {
        if (!TEXTS.includes(name)) TEXTS.push(name);
      }
      else collectTexts(field.type);
    }
  else if (kind.kind === 'list') collectTexts(kind.item);
  else if (kind.kind === 'map') collectTexts(kind.value);
  else if (kind.kind === 'switch') collectTexts(kind.options);
};
collectTexts(NOTICE);

/** What a site owner writes: the notice before defaults (the argument of `init()`). */
export type NoticeInput = InputOf<typeof NOTICE>;
/** The notice after validation, every default filled in. */
export type Config = OutputOf<typeof NOTICE>;

export type Controller = Config['controller'];
export type Category = Config['categories'][string];
export type Service = Config['services'][number];
export type ServiceCookie = Service['cookies'][number];
export type Purpose = Config['purposes'][number];
export type LegalBasis = (typeof LEGAL_BASES)[number];
export type Role = (typeof ROLES)[number];
export type Right = (typeof defaults.ALL_RIGHTS)[number];
export type CookieOptions = Config['cookie'];
export type ConsentModeOptions = Exclude<Config['googleConsentMode'], false>;
/** A tracker pattern the notice adds to (or re-maps in) the built-in auto-blocking list. */
export type TrackerRule = Exclude<Config['autoBlock'], false>['trackers'][number];

export interface ValidationProblem {
  /** JSON path, written like `controller.name` or `services[2].category`. */
  path: string;
  message: string;
}

export interface ValidationResult {
  /** The config with defaults filled in; null when there are errors. */
  config: Config | null;
  errors: ValidationProblem[];
  warnings: ValidationProblem[];
}
