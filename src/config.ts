/**
 * The notice (config, SPEC §3): validation, defaults, and reading its texts.
 *
 * `validate` checks what a site owner wrote, reports EVERY problem with its JSON path
 * (`controller.name`, `services[2].category`) and returns a fresh, fully defaulted Config, or
 * null when anything is wrong, so the widget fails closed. Pure logic: it runs in the browser
 * bundle and the guard, so no DOM, no Node APIs, no eval, no libraries.
 *
 * It must never:
 *  - return a config when there is an error;
 *  - let an input object (or anything reachable from it) into the output: every object and
 *    array of the output is built here, and id-keyed maps have no prototype;
 *  - accept a `__proto__`, `constructor` or `prototype` key, at any depth;
 *  - accept a URL with any scheme but http(s) (`javascript:`, `data:`, … are errors).
 *
 * Decision: SPEC §3 lists "a service whose category does not exist" among the warnings, but
 * such a service (or auto-block tracker) cannot be gated by anything the visitor is shown, so it
 * is an ERROR here (fail closed). A service id equal to a category id is an error too, because
 * `set(choices)` takes both kinds of id in one map. Unknown fields anywhere are warnings
 * (forward compatibility). The SPEC's warnings (legitimate interests on non-necessary cookies, a
 * bad Norwegian check digit) stay warnings.
 */
import type {
  Category, Config, ConsentModeOptions, CookieOptions, LegalBasis, Purpose, Right, Service,
  ServiceCookie, Text, TrackerRule, ValidationProblem, ValidationResult,
} from './types.js';

type Obj = Record<string, unknown>;
/** Checks one value at `path`; reports and returns undefined when it is bad. */
type Check<T> = (v: unknown, path: string) => T | undefined;

const LEGAL: LegalBasis[] = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'];
const RIGHTS: Right[] = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw', 'complaint'];
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const CAT_ID = /^[a-z][a-z0-9_-]{0,39}$/;
const SVC_ID = /^[a-z0-9][a-z0-9_.-]{0,63}$/i;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const MAX_DEPTH = 16;
const LI = 'consent is required (ePrivacy art. 5(3), ekomloven § 3-15)';
const M_SVC_ID = 'must be an id of letters, digits, ".", "_" or "-" (at most 64)';
const TOP = [
  'revision', 'language', 'controller', 'summary', 'categories', 'services', 'purposes', 'rights',
  'authority', 'proof', 'cookie', 'gpc', 'googleConsentMode', 'autoBlock', 'reloadOnWithdraw',
  'theme', '$schema',
];

const own = (o: Obj, k: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;

/** A plain object (of any realm): not an array, not a class instance. */
const isObj = (v: unknown): v is Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const p = Object.getPrototypeOf(v);
  return p === null || Object.getPrototypeOf(p) === null;
};

/** Path of `key` inside `path`: `a.b`, or `a["odd key"]`. */
const at = (path: string, key: string): string =>
  !/^[A-Za-z_$][\w$-]*$/.test(key) ? `${path}[${JSON.stringify(key)}]` : path ? `${path}.${key}` : key;

/** Drops keys whose value is undefined (optional fields that were not given). */
const clean = <T extends object>(o: T): T => {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
};

/** True for a URL that is absolute http(s) or relative to the page (no other scheme). */
const safeUrl = (s: string): boolean => {
  // Browsers ignore tabs/newlines anywhere and controls/spaces at the ends: "java\tscript:".
  const t = s.replace(/[\x00-\x20\x7f]+/g, '');
  if (!t) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(t);
  return !scheme || (/^https?$/i.test(scheme[1]) && /^https?:\/\/[^/]/i.test(t));
};

export function validate(raw: unknown): ValidationResult {
  const errors: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  const warn = (path: string, message: string) => void warnings.push({ path, message });
  const bad = (path: string, message: string): undefined => {
    errors.push({ path: path || '(root)', message });
    return undefined;
  };

  // 1. Forbidden keys anywhere (own keys, so JSON.parse's own "__proto__" is seen too). Each
  //    object is walked once: shared or cyclic objects (from init(config)) cannot blow it up.
  const seenObjects = new WeakSet<object>();
  const walk = (v: unknown, p: string, depth: number): void => {
    if (typeof v !== 'object' || v === null || seenObjects.has(v)) return;
    if (depth > MAX_DEPTH) return void bad(p, 'is nested too deeply');
    seenObjects.add(v);
    const isArr = Array.isArray(v);
    for (const k of Object.getOwnPropertyNames(v)) {
      if (isArr && k === 'length') continue;
      const kp = isArr ? `${p}[${k}]` : at(p, k);
      if (FORBIDDEN.includes(k)) bad(kp, 'forbidden key');
      else walk((v as Obj)[k], kp, depth + 1);
    }
  };
  walk(raw, '', 0);
  if (!isObj(raw)) {
    bad('', 'must be an object');
    return { config: null, errors, warnings };
  }

  // 2. Checks, composable.
  const field = <T>(o: Obj, k: string, p: string, check: Check<T>, required = false) => {
    const v = own(o, k);
    if (v == null) return required ? bad(at(p, k), 'is required') : undefined;
    return check(v, at(p, k));
  };
  const obj =
    (keys: string[] | null, m = 'must be an object'): Check<Obj> =>
    (v, p) => {
      if (!isObj(v)) return bad(p, m);
      for (const k of keys ? Object.keys(v) : [])
        if (!keys!.includes(k) && !FORBIDDEN.includes(k)) warn(at(p, k), 'is not a known field; ignored');
      return v;
    };
  const str =
    (re?: RegExp, m = ''): Check<string> =>
    (v, p) =>
      typeof v !== 'string' ? bad(p, 'must be a string') : re && !re.test(v) ? bad(p, m) : v;
  const nonEmpty = str(/\S/, 'must not be empty');
  const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : bad(p, 'must be a boolean'));
  const oneOf =
    <T extends string>(list: readonly T[]): Check<T> =>
    (v, p) =>
      list.includes(v as T) ? (v as T) : bad(p, `must be one of ${list.join(', ')}`);
  const int =
    (min: number, max: number): Check<number> =>
    (v, p) =>
      Number.isInteger(v) && (v as number) >= min && (v as number) <= max
        ? (v as number)
        : bad(p, `must be an integer between ${min} and ${max}`);
  const url: Check<string> = (v, p) =>
    typeof v !== 'string' ? bad(p, 'must be a string') : safeUrl(v) ? v.trim() : bad(p, 'must be an http(s) or relative URL');
  const regex: Check<string> = (v, p) => {
    if (typeof v !== 'string') return bad(p, 'must be a string');
    try {
      new RegExp(`^(?:${v})$`);
      return v;
    } catch {
      return bad(p, 'must be a valid regular expression');
    }
  };
  const arr =
    <T>(each: Check<T>): Check<T[]> =>
    (v, p) => {
      if (!Array.isArray(v)) return bad(p, 'must be an array');
      const out: T[] = [];
      for (let i = 0; i < v.length; i++) {
        const r = each(v[i], `${p}[${i}]`);
        if (r !== undefined) out.push(r);
      }
      return out;
    };
  const txt: Check<Text> = (v, p) => {
    if (typeof v === 'string') return v;
    if (!isObj(v)) return bad(p, 'must be a string or a map of language → string');
    const out: Record<string, string> = Object.create(null);
    const keys = Object.keys(v).filter((k) => !FORBIDDEN.includes(k));
    if (!Object.keys(v).length) return bad(p, 'must not be an empty map');
    for (const k of keys) {
      if (!LANG.test(k)) bad(at(p, k), 'is not a language tag like "nb" or "en-GB"');
      else if (typeof v[k] !== 'string') bad(at(p, k), 'must be a string');
      else out[k] = v[k] as string;
    }
    return out;
  };

  // 3. The notice, field by field, into fresh objects.
  obj(TOP)(raw, '');
  const revision = field(raw, 'revision', '', str(/^(?=[^]*\S)[^]{1,100}$/, 'must be a non-empty string of at most 100 characters'), true);
  const language =
    field(raw, 'language', '', (v, p) => (v === 'auto' ? v : str(LANG, 'must be "auto" or a language tag like "nb" or "en-GB"')(v, p))) ?? 'auto';

  const c = field(raw, 'controller', '', obj(['name', 'orgNumber', 'address', 'email', 'phone', 'dpoEmail', 'policyUrl']), true);
  let controller: Config['controller'] | undefined;
  if (c) {
    const p = 'controller';
    const org = field(c, 'orgNumber', p, str())?.replace(/\s/g, '');
    if (org && /^\d{9}$/.test(org) && !orgNumberValid(org)) warn(at(p, 'orgNumber'), 'fails the Norwegian mod-11 check');
    controller = clean({
      name: field(c, 'name', p, nonEmpty, true) ?? '',
      orgNumber: org,
      address: field(c, 'address', p, str()),
      email: field(c, 'email', p, str()),
      phone: field(c, 'phone', p, str()),
      dpoEmail: field(c, 'dpoEmail', p, str()),
      policyUrl: field(c, 'policyUrl', p, url),
    });
  }

  const summary = field(raw, 'summary', '', txt);

  // Categories: `necessary` always exists and comes first (id-keyed map without a prototype).
  const categories: Record<string, Category> = Object.create(null);
  categories.necessary = {};
  const rc = field(raw, 'categories', '', obj(null), true);
  const catsOk = !!rc;
  for (const id of rc ? Object.keys(rc).filter((k) => !FORBIDDEN.includes(k)) : []) {
    const p = at('categories', id);
    if (!CAT_ID.test(id)) {
      bad(p, 'must be a category id: a-z, 0-9, "_" or "-", starting with a letter (at most 40)');
      continue;
    }
    const o = obj(['title', 'description', 'legalBasis'])(rc![id], p);
    if (!o) continue;
    if (field(o, 'legalBasis', p, oneOf(LEGAL)) === 'legitimate-interests' && id !== 'necessary')
      warn(at(p, 'legalBasis'), `claims legitimate interests for a non-necessary category; ${LI}`);
    categories[id] = clean({ title: field(o, 'title', p, txt), description: field(o, 'description', p, txt) });
  }
  const catRef: Check<string> = (v, p) =>
    typeof v !== 'string'
      ? bad(p, 'must be a string')
      : catsOk && !(v in categories)
        ? bad(p, `refers to unknown category ${JSON.stringify(v)}`)
        : v;

  const serviceIds = new Map<string, string>();
  const cookieOf: Check<ServiceCookie> = (v, p) => {
    const o = obj(['name', 'pattern', 'duration'])(v, p);
    return o && clean({ name: field(o, 'name', p, nonEmpty, true) ?? '', pattern: field(o, 'pattern', p, regex), duration: field(o, 'duration', p, txt) });
  };
  const serviceOf: Check<Service> = (v, p) => {
    const o = obj(['id', 'category', 'name', 'provider', 'purpose', 'legalBasis', 'cookies', 'transfer', 'policyUrl'])(v, p);
    if (!o) return;
    const id = field(o, 'id', p, str(SVC_ID, M_SVC_ID), true);
    if (id !== undefined) {
      const prev = serviceIds.get(id);
      if (prev) bad(at(p, 'id'), `duplicates ${prev}`);
      else serviceIds.set(id, at(p, 'id'));
      if (id in categories) bad(at(p, 'id'), `is also a category id; service and category ids must differ`);
    }
    const category = field(o, 'category', p, catRef, true);
    const legalBasis = field(o, 'legalBasis', p, oneOf(LEGAL)) ?? 'consent';
    if (legalBasis === 'legitimate-interests' && category !== undefined && category !== 'necessary')
      warn(at(p, 'legalBasis'), `claims legitimate interests for a non-necessary cookie service; ${LI}`);
    return clean({
      id: id ?? '',
      category: category ?? '',
      name: field(o, 'name', p, str()),
      provider: field(o, 'provider', p, str()),
      purpose: field(o, 'purpose', p, txt),
      legalBasis,
      cookies: field(o, 'cookies', p, arr(cookieOf)) ?? [],
      transfer: field(o, 'transfer', p, txt),
      policyUrl: field(o, 'policyUrl', p, url),
    });
  };
  const services = field(raw, 'services', '', arr(serviceOf)) ?? [];

  const purposeOf: Check<Purpose> = (v, p) => {
    const o = obj(['title', 'legalBasis', 'data', 'retention', 'recipients'])(v, p);
    return o && clean({
      title: field(o, 'title', p, txt, true) ?? '',
      legalBasis: field(o, 'legalBasis', p, oneOf(LEGAL), true) ?? 'consent',
      data: field(o, 'data', p, txt),
      retention: field(o, 'retention', p, txt),
      recipients: field(o, 'recipients', p, txt),
    });
  };
  const purposes = field(raw, 'purposes', '', arr(purposeOf)) ?? [];
  const rights = [...new Set(field(raw, 'rights', '', arr(oneOf(RIGHTS))) ?? RIGHTS)];

  const ra = field(raw, 'authority', '', obj(['name', 'url']));
  const authority = ra
    ? clean({ name: field(ra, 'name', 'authority', nonEmpty, true) ?? '', url: field(ra, 'url', 'authority', url) })
    : { name: 'Datatilsynet', url: 'https://www.datatilsynet.no' };

  const rp = field(raw, 'proof', '', obj(['endpoint']));
  const proof = rp ? { endpoint: field(rp, 'endpoint', 'proof', url, true) ?? '' } : undefined;

  const hostOrEmpty: Check<string> = (v, p) =>
    typeof v !== 'string' ? bad(p, 'must be a string')
      : v === '' || HOST.test(v.replace(/^\./, '')) ? v : bad(p, 'must be "" or a host name like "example.no"');
  const rk = field(raw, 'cookie', '', obj(['name', 'domain', 'path', 'sameSite', 'expiresAfterDays'])) ?? {};
  const cookie: CookieOptions = {
    name: field(rk, 'name', 'cookie', str(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, "_" or "-"')) ?? 'samtykke',
    domain: field(rk, 'domain', 'cookie', hostOrEmpty) ?? '',
    path: field(rk, 'path', 'cookie', str(/^\/[^\x00-\x20\x7f;,]*$/, 'must start with "/" and contain no spaces, ";" or ","')) ?? '/',
    sameSite: field(rk, 'sameSite', 'cookie', oneOf(['Lax', 'Strict', 'None'] as const)) ?? 'Lax',
    expiresAfterDays: field(rk, 'expiresAfterDays', 'cookie', int(1, 3650)) ?? 180,
  };

  const gpc = field(raw, 'gpc', '', oneOf(['honor', 'ignore'] as const)) ?? 'honor';

  const gcm = own(raw, 'googleConsentMode');
  let googleConsentMode: Config['googleConsentMode'] = { mode: 'basic', waitForUpdate: 500 };
  if (gcm === false) googleConsentMode = false;
  else if (gcm != null && gcm !== true) {
    const p = 'googleConsentMode';
    const o = obj(['mode', 'region', 'waitForUpdate', 'urlPassthrough', 'adsDataRedaction'], 'must be true, false or an object')(gcm, p);
    if (o)
      googleConsentMode = clean<ConsentModeOptions>({
        mode: field(o, 'mode', p, oneOf(['basic', 'advanced'] as const)) ?? 'basic',
        region: field(o, 'region', p, arr(str(REGION, 'must be an ISO 3166 code like "NO" or "NO-03"'))),
        waitForUpdate: field(o, 'waitForUpdate', p, int(0, 60000)) ?? 500,
        urlPassthrough: field(o, 'urlPassthrough', p, bool),
        adsDataRedaction: field(o, 'adsDataRedaction', p, bool),
      });
  }

  const trackerOf: Check<TrackerRule> = (v, p) => {
    const o = obj(['host', 'path', 'service', 'category'])(v, p);
    return o && clean({
      host: field(o, 'host', p, str(HOST, 'must be a host name like "example.com"'), true)?.toLowerCase() ?? '',
      path: field(o, 'path', p, str(/^\//, 'must start with "/"')),
      service: field(o, 'service', p, str(SVC_ID, M_SVC_ID), true) ?? '',
      category: field(o, 'category', p, catRef, true) ?? '',
    });
  };
  const ab = own(raw, 'autoBlock');
  let autoBlock: Config['autoBlock'] = { trackers: [] };
  if (ab === false) autoBlock = false;
  else if (ab != null && ab !== true) {
    const o = obj(['trackers'], 'must be true, false or an object')(ab, 'autoBlock');
    if (o) autoBlock = { trackers: field(o, 'trackers', 'autoBlock', arr(trackerOf)) ?? [] };
  }

  const config: Config = clean({
    revision: revision ?? '',
    language,
    controller: controller ?? { name: '' },
    summary,
    categories,
    services,
    purposes,
    rights,
    authority,
    proof,
    cookie,
    gpc,
    googleConsentMode,
    autoBlock,
    reloadOnWithdraw: field(raw, 'reloadOnWithdraw', '', bool) ?? true,
    theme: field(raw, 'theme', '', oneOf(['auto', 'light', 'dark'] as const)) ?? 'auto',
  });
  return { config: errors.length ? null : config, errors, warnings };
}

/** JSON text → validate(); invalid JSON is one `(root)` error. */
export function parseConfig(text: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const message = `is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    return { config: null, errors: [{ path: '(root)', message }], warnings: [] };
  }
  return validate(raw);
}

/** One console message listing every problem ('' when there is none). */
export function formatProblems(kind: 'error' | 'warning', problems: ValidationProblem[]): string {
  if (!problems.length) return '';
  const head =
    kind === 'error'
      ? 'samtykke: the notice (config) is invalid, so nothing gated will run:'
      : 'samtykke: the notice (config) has problems:';
  return [head, ...problems.map((p) => `  - ${p.path}: ${p.message}`)].join('\n');
}

/** Norwegian organisation number (9 digits, spaces ignored) with a valid mod-11 check digit. */
export function orgNumberValid(digits: string): boolean {
  const d = digits.replace(/\s/g, '');
  if (!/^\d{9}$/.test(d)) return false;
  const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * +d[i], 0);
  return (11 - (sum % 11)) % 11 === +d[8]; // a check of 10 matches no digit: invalid
}

const NORSK = ['nb', 'nn', 'no'];

/**
 * A text in a language: for a map, the first of `lang`, its primary subtag, its Norwegian
 * siblings (nb ↔ nn, no), then the same for each `fallback` language, then "en", then the
 * first value. Keys match case-insensitively. '' for undefined.
 */
export function text(t: Text | undefined, lang: string, fallback: string[] = []): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  const keys = Object.keys(t);
  const find = (l: string) => keys.find((k) => k.toLowerCase() === l.toLowerCase());
  for (const l of [lang, ...fallback]) {
    if (!l) continue;
    const primary = l.split('-')[0].toLowerCase();
    const sibs = NORSK.includes(primary) ? NORSK.filter((n) => n !== primary) : [];
    for (const c of [l, primary, ...sibs]) {
      const k = find(c);
      if (k !== undefined) return t[k];
    }
  }
  const k = find('en') ?? keys[0];
  return k === undefined ? '' : t[k];
}
