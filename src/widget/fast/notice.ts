/**
 * The notice as samtykke runs with it: `RuntimeNotice`, made once per notice from its text and
 * handed to every part under one name, `notice`. `readNotice` reads the raw JSON leniently,
 * without the validator (which is not downloaded on every page view), filling in the defaults
 * of what the fast path uses; `runtimeNotice` turns that (or a validated Config) into every
 * setting the widget acts on, defaults filled in, each under a name of its own. Nothing after
 * this file reads a setting out of the notice's JSON again.
 *
 * Reading leniently is safe only together with the fingerprint: a lenient reading opens gates
 * only when this exact text passed the full validator in this browser before (`wasValidated`).
 * Any other text waits for the validator. Whatever it cannot read, it reads as "no notice":
 * nothing is granted.
 */
import { resolveLanguage, type Language } from '../i18n/language.js';
import { DEFAULT_CONSENT_MODE, DEFAULT_COOKIE } from '../notice/defaults.js';
import { RULES_EDITION } from '../notice/stamp.js';
import type { Config, ConsentModeOptions, CookieOptions } from '../types.js';
import type { TrackerRule } from './trackers.generated.js';
import { GOOGLE_SERVICES, KNOWN_TRACKERS } from './trackers.js';

/** The notice's own text as far as the fast path reads it: a validated Config, or `readNotice`'s reading. */
export type NoticeText = Pick<
  Config,
  | 'revision'
  | 'language'
  | 'controller'
  | 'categories'
  | 'services'
  | 'cookie'
  | 'googleConsentMode'
  | 'autoBlock'
  | 'gpc'
  | 'reloadOnWithdraw'
  | 'theme'
  | 'proof'
>;

/**
 * The category of a known tracker that the notice does not declare. No notice can have it (a
 * category id is lower-case letters, digits, "_" and "-"), so nothing can ever grant it: the
 * visitor was never told about that tracker (SPEC §2, §4).
 */
export const UNDECLARED = '(undeclared)';

/**
 * The notice, parsed once: every setting the widget acts on, with its default filled in, and the
 * text itself for what is shown. Made from the lenient reading (trusted only when this exact
 * text passed the validator in this browser before) or from the validated Config, and handed
 * down as `notice` to the controller, the gates, the vendors, the interface, the declaration
 * and the receipts. `Text` is what its text is known to be: see `ValidatedNotice`.
 */
export interface RuntimeNotice<Text extends NoticeText = NoticeText> {
  revision: string;
  /** Category ids, `necessary` first. */
  categories: string[];
  /** Declared service id → its category id. */
  services: Record<string, string>;
  /** How long a decision stands (`cookie.expiresAfterDays`). */
  expiresAfterDays: number;
  /** Where the decision is kept (`cookie`). */
  cookie: CookieOptions;
  /** Google Consent Mode (`googleConsentMode`), or false when it is off. */
  consentMode: false | ConsentModeOptions;
  /** Auto-blocking rules, first match wins; empty when auto-blocking is off. */
  rules: TrackerRule[];
  /** What the frame policy allows besides granted trackers (`autoBlock.frames`); undefined: no policy. */
  frames: string[] | undefined;
  /** The language the visitor is spoken to in: the notice's `language`, or the page's (i18n/language.ts). */
  language: Language;
  theme: Config['theme'];
  /** A Global Privacy Control signal is the visitor's refusal (`gpc: "honor"`, SPEC §4). */
  honoursGpc: boolean;
  /** A withdrawal reloads the page (`reloadOnWithdraw`). */
  reloadOnWithdraw: boolean;
  /** Where receipts are sent (`proof.endpoint`); undefined: nowhere. */
  proofEndpoint: string | undefined;
  /** The notice's own text, for names, titles and descriptions: data to show, not settings. */
  text: Text;
}

/**
 * The notice once its text passed the validator (or its stamp) on this page: `text` is the
 * validated Config, every default filled in. Decisions, the interface, the declaration and the
 * receipts get this one; a returning visitor's page that asks for none of them never makes it.
 */
export type ValidatedNotice = RuntimeNotice<Config>;

/**
 * The trusted notice with its validated text: the same settings, read once, and the Config the
 * validator (or the stamp) gave for the same text. A notice made from that Config is it already.
 */
export const withValidatedText = (notice: RuntimeNotice, config: Config): ValidatedNotice =>
  notice.text === config ? (notice as ValidatedNotice) : { ...notice, text: config };

/** Splits a service's `hosts` entry, "stats.example.no/matomo.js", into host and path. */
function hostRule(entry: string, service: string, category: string): TrackerRule {
  const slash = entry.indexOf('/');
  return slash < 0
    ? { host: entry.toLowerCase(), path: '', service, category }
    : { host: entry.slice(0, slash).toLowerCase(), path: entry.slice(slash), service, category };
}

/**
 * The notice as samtykke runs with it, from its text (a validated Config, or the lenient
 * reading) and the language resolved for this page. Throws on a shape it cannot read (the
 * caller fails closed).
 */
export function runtimeNotice<Text extends NoticeText>(text: Text, language: Language): RuntimeNotice<Text> {
  const services: Record<string, string> = {};
  const serviceRules: TrackerRule[] = [];
  for (const service of text.services) {
    // A service in a category the notice does not have stays out: nothing may grant it.
    if (!(service.category in text.categories) && service.category !== 'necessary') continue;
    services[service.id] = service.category;
    for (const entry of service.hosts ?? []) serviceRules.push(hostRule(entry, service.id, service.category));
  }
  const consentMode = text.googleConsentMode;
  const autoBlock = text.autoBlock;
  // The notice's own rules first (first match wins), then its services' hosts, then the
  // built-in list: a known tracker takes the category the notice declares it in, and one the
  // notice does not declare can never be granted.
  let rules: TrackerRule[] = autoBlock
    ? [
        ...autoBlock.trackers.map((r) => ({ ...r, host: r.host.toLowerCase() })),
        ...serviceRules,
        ...KNOWN_TRACKERS.map((r) => ({ ...r, category: services[r.service] ?? UNDECLARED })),
      ]
    : [];
  if (consentMode && consentMode.mode === 'advanced') rules = rules.filter((r) => !GOOGLE_SERVICES.includes(r.service));
  return {
    revision: text.revision,
    categories: ['necessary', ...Object.keys(text.categories).filter((id) => id !== 'necessary')],
    services,
    expiresAfterDays: text.cookie.expiresAfterDays,
    cookie: text.cookie,
    consentMode,
    rules,
    frames: (autoBlock && autoBlock.frames) || undefined,
    language,
    theme: text.theme,
    honoursGpc: text.gpc === 'honor',
    reloadOnWithdraw: text.reloadOnWithdraw,
    proofEndpoint: text.proof?.endpoint,
    text,
  };
}

/** The notice as this page runs with it: its language resolved against the page (`<html lang>`, the browser's). */
export const pageNotice = <Text extends NoticeText>(text: Text): RuntimeNotice<Text> =>
  runtimeNotice(text, resolveLanguage(text.language));

const FORBIDDEN_KEY = /"(__proto__|constructor|prototype)"\s*:/;

/** A plain JSON object (not an array, not null). */
const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The raw notice read without the validator, with the defaults the fast path uses, or null.
 * Refuses what the validator certainly refuses in the fields read here: no revision, no
 * categories, no controller name, a forbidden key anywhere.
 */
export function readNotice(text: string | null | undefined): NoticeText | null {
  if (!text || FORBIDDEN_KEY.test(text)) return null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read leniently, field by field
  let notice: any;
  try {
    notice = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(notice) || typeof notice.revision !== 'string' || !notice.revision) return null;
  if (!isObject(notice.categories) || typeof notice.controller?.name !== 'string') return null;
  const { googleConsentMode, autoBlock } = notice;
  return {
    revision: notice.revision,
    language: typeof notice.language === 'string' ? notice.language : 'auto',
    controller: notice.controller,
    categories: { necessary: {}, ...notice.categories },
    services: Array.isArray(notice.services) ? notice.services : [],
    cookie: { ...DEFAULT_COOKIE, ...notice.cookie },
    googleConsentMode: googleConsentMode !== false && { ...DEFAULT_CONSENT_MODE, ...googleConsentMode },
    autoBlock: autoBlock !== false && { trackers: [], ...autoBlock },
    gpc: notice.gpc === 'ignore' ? 'ignore' : 'honor',
    reloadOnWithdraw: notice.reloadOnWithdraw !== false,
    theme: notice.theme === 'light' || notice.theme === 'dark' ? notice.theme : 'auto',
    proof: typeof notice.proof?.endpoint === 'string' ? { endpoint: notice.proof.endpoint } : undefined,
  };
}

/**
 * A cheap, synchronous fingerprint of the notice's text (two 32-bit FNV-1a variants, 64 bits
 * in all): equal texts give equal fingerprints, and an edited text almost surely does not.
 */
export function fingerprint(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x1505;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second, 33) ^ code;
  }
  return (first >>> 0).toString(36) + '.' + (second >>> 0).toString(36) + '.' + text.length.toString(36);
}

/** Where the fingerprint of the notice last validated in this browser is kept. */
const VALIDATED_KEY = 'samtykke:validated';
/**
 * The mark carries the validator's rules edition, so a notice passed under older rules is
 * validated again by the new ones before it opens anything.
 */
const validatedMark = (text: string) => RULES_EDITION + ':' + fingerprint(text);

/** Did this exact notice text pass this edition of the full validator in this browser before? */
export function wasValidated(text: string): boolean {
  try {
    return localStorage.getItem(VALIDATED_KEY) === validatedMark(text);
  } catch {
    return false; // storage blocked: validate every time
  }
}

/** Remembers that this notice text passed the full validator. */
export function rememberValidated(text: string): void {
  try {
    localStorage.setItem(VALIDATED_KEY, validatedMark(text));
  } catch {
    // Storage blocked: the next page view validates again.
  }
}

/**
 * The notice as the fast path reads it before the validator has seen it, or null. It opens
 * nothing unless `wasValidated(text)`: until then it only closes (Consent Mode's default, the
 * auto-blocking rules, the frame policy) and says what to fetch.
 */
export function readLeniently(text: string): RuntimeNotice | null {
  const read = readNotice(text);
  try {
    return read && pageNotice(read);
  } catch {
    return null; // a malformed notice, read leniently: the validator will say what is wrong
  }
}

/** A notice with nothing in it: only the built-in tracker list, every tracker undeclared. */
const EMPTY_NOTICE = {
  revision: '',
  language: 'auto',
  controller: { name: '' },
  categories: {},
  services: [],
  cookie: { name: '', domain: '', path: '/', sameSite: 'Lax', expiresAfterDays: 1 },
  googleConsentMode: false,
  autoBlock: { trackers: [] },
  gpc: 'honor',
  reloadOnWithdraw: true,
  theme: 'auto',
} satisfies NoticeText;

/** The rules before any notice is known: the built-in list holds every known tracker back. */
export const builtInRules = () => runtimeNotice(EMPTY_NOTICE, 'en').rules;
