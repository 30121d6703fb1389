const LEGAL = 'consent|contract|legal-obligation|vital-interests|public-task|legitimate-interests';
const RIGHTS = 'access|rectification|erasure|restriction|portability|objection|withdraw|complaint';
const LANG = '[a-z]{2,3}(-[A-Za-z0-9]{2,8})*';
const LABEL = '[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?';
const HOST = `(?=.{1,253}$)(${LABEL}\\.)*${LABEL}`;
/**
 * The named kinds of value.
 *
 * A string lists an object's fields, space-separated: `name[!][:kind][=default]`. `!` means
 * required. With no kind a field is of the kind named like it (`url`, `cookie`, `host`), and a
 * name that is no kind is a plain string. An absent (or null) field takes its default (JSON, or
 * else the text itself), checked like a given value, so defaults come out fresh and complete.
 *
 * A [pattern, reason] pair is a string format.
 *
 * Other kinds, read by `check`: `kind[]` (a list; a value listed twice is kept once),
 * `kind?` (an object kind that also takes true = all defaults, false = off), `a|b|c` (one of
 * those), `int:min:max`, bool, text (a string or a language → string map), url (http(s) or
 * relative), regex, org (organisation number), categories (the id-keyed map), category (an id
 * in that map), serviceId (unique, and no category's), ignore (accepted, not kept).
 */
const KINDS = {
    notice: 'revision! language=auto controller! summary:text categories! services:service[]=[] purposes:purpose[]=[] ' +
        `rights:${RIGHTS}[]=${JSON.stringify(RIGHTS.split('|'))} proof cookie={} ` +
        'authority={"name":"Datatilsynet","url":"https://www.datatilsynet.no"} gpc:honor|ignore=honor ' +
        'googleConsentMode:consentMode?=true autoBlock:autoBlock?=true reloadOnWithdraw:bool=true ' +
        'theme:auto|light|dark=auto $schema:ignore',
    controller: 'name!:nonEmpty orgNumber:org address email phone dpoEmail policyUrl:url',
    categoryInfo: `title:text description:text legalBasis:${LEGAL}`,
    service: `id!:serviceId category! name provider purpose:text legalBasis:${LEGAL}=consent ` +
        'cookies:serviceCookie[]=[] transfer:text policyUrl:url',
    serviceCookie: 'name!:nonEmpty pattern:regex duration:text',
    purpose: `title!:text legalBasis!:${LEGAL} data:text retention:text recipients:text`,
    authority: 'name!:nonEmpty url',
    proof: 'endpoint!:url',
    cookie: 'name:cookieName=samtykke domain= path=/ sameSite:Lax|Strict|None=Lax expiresAfterDays:int:1:3650=180',
    consentMode: 'mode:basic|advanced=basic region:region[] waitForUpdate:int:0:60000=500 urlPassthrough:bool adsDataRedaction:bool',
    autoBlock: 'trackers:tracker[]=[]',
    tracker: 'host! path:absPath service!:id category!',
    revision: [/^(?=[^]*\S)[^]{1,100}$/, 'must be 1-100 characters, not blank'],
    nonEmpty: [/\S/, 'must not be empty'],
    language: [RegExp(`^(auto|${LANG})$`), 'must be "auto" or a language tag like "nb" or "en-GB"'],
    lang: [RegExp(`^${LANG}$`), 'must be a language tag like "nb" or "en-GB"'],
    categoryId: [/^[a-z][a-z0-9_-]{0,39}$/, 'must be a-z, 0-9, "_" or "-", starting with a-z (at most 40)'],
    id: [/^[a-z0-9][\w.-]{0,63}$/i, 'must be an id of letters, digits, ".", "_" or "-" (at most 64)'],
    host: [RegExp(`^${HOST}$`, 'i'), 'must be a host name like "example.com"'],
    domain: [RegExp(`^(\\.?${HOST})?$`, 'i'), 'must be "" or a host name like "example.no"'],
    region: [/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 code like "NO" or "NO-03"'],
    cookieName: [/^[\w-]{1,64}$/, 'must be 1-64 letters, digits, "_" or "-"'],
    // No spaces, ";" or ",": it goes into a Set-Cookie string.
    path: [/^\/[^\x00-\x20\x7f;,]*$/, 'must start with "/" and contain no spaces, ";" or ","'],
    absPath: [/^\//, 'must start with "/"'],
};
/** The fields whose values are texts (a string, or a map of language → string). */
export const TEXTS = Object.values(KINDS).join(' ').match(/\w+(?=!?:text\b)/g);
const FORBIDDEN = /^(__proto__|constructor|prototype)$/;
/** An own property only: a polluted Object.prototype must not fill in anything. */
const own = (o, k) => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
/** A plain object (of any realm): not an array, not a class instance. */
const isObj = (v) => !!v && typeof v == 'object' && !Array.isArray(v) && !Object.getPrototypeOf(Object.getPrototypeOf(v) ?? {});
/** Path of `key` inside `path`: `a.b`, or `a["odd key"]`. */
const at = (path, key) => !/^[A-Za-z_$][\w$-]*$/.test(key) ? `${path}[${JSON.stringify(key)}]` : path ? `${path}.${key}` : key;
/** A field's default: JSON, or else the text itself (`=auto`, `=/`). */
const parse = (s) => {
    try {
        return JSON.parse(s);
    }
    catch {
        return s;
    }
};
export function validate(raw) {
    const errors = [];
    const warnings = [];
    const report = (list, path, message) => void list.push({ path: path || '(root)', message });
    let cats; // the category map once checked: what `category` fields refer to
    const serviceIds = new Map(); // id → path of its first use
    // Keys to read; forbidden ones are reported (once) by `walk`.
    const keys = (v) => Object.keys(v).filter((k) => !FORBIDDEN.test(k));
    // Forbidden keys anywhere (own keys, so JSON.parse's own "__proto__" is seen too). Each
    // object is walked once: shared or cyclic objects (from init(config)) cannot blow it up.
    const seen = new WeakSet();
    const walk = (v, p, depth) => {
        if (!v || typeof v != 'object' || seen.has(v))
            return;
        if (depth > 16)
            return report(errors, p, 'is nested too deeply');
        seen.add(v);
        for (const k of Object.keys(v)) {
            const kp = Array.isArray(v) ? `${p}[${k}]` : at(p, k);
            if (FORBIDDEN.test(k))
                report(errors, kp, 'forbidden key');
            else
                walk(v[k], kp, depth + 1);
        }
    };
    /** A map without prototype: keys of `keyKind`, values of `valueKind`, after `first`. */
    const map = (v, p, keyKind, valueKind, first = {}) => {
        const out = Object.assign(Object.create(null), first);
        for (const k of keys(v)) {
            if (check(keyKind, k, at(p, k)) === undefined)
                continue;
            const value = check(valueKind, v[k], at(p, k), k);
            if (value !== undefined)
                out[k] = value; // a bad entry is left out: nothing may refer to it
        }
        return out;
    };
    /**
     * Checks `v` at path `p` against a kind (see KINDS); `id` is its key in a map. Returns a
     * fresh value, or undefined when it is bad (and reported).
     */
    const check = (kind, v, p, id) => {
        const fail = (reason) => report(errors, p, reason);
        if (kind.endsWith('[]'))
            return Array.isArray(v) ? [...new Set(Array.from(v, (x, i) => check(kind.slice(0, -2), x, `${p}[${i}]`)))] : fail('must be an array');
        const [name, min, max] = kind.split(':');
        const def = own(KINDS, name.replace('?', ''));
        if (typeof def == 'string') {
            const switchable = name.endsWith('?');
            if (switchable && typeof v == 'boolean')
                return v && check(name.slice(0, -1), {}, p);
            if (!isObj(v))
                return fail(switchable ? 'must be true, false or an object' : 'must be an object');
            const fields = def.split(' ').map((f) => /([$\w]+)(!?):?([^=]*)(?:=(.*))?/.exec(f));
            for (const k of keys(v))
                if (!fields.some((f) => f[1] == k))
                    report(warnings, at(p, k), 'is not a known field; ignored');
            const out = {};
            for (const [, k, required, fieldKind, dflt] of fields) {
                const x = own(v, k) ?? (dflt && parse(dflt));
                if (x == null) {
                    if (required)
                        report(errors, at(p, k), 'is required');
                }
                else {
                    const r = check(fieldKind || k, x, at(p, k));
                    if (r !== undefined)
                        out[k] = r;
                }
            }
            // Legitimate interests cannot stand in for consent to non-necessary cookies (ePrivacy
            // art. 5(3)): warn for a category (`id`) or a service in one, outside "necessary".
            if (out.legalBasis == 'legitimate-interests' && (out.category ?? id ?? 'necessary') != 'necessary')
                report(warnings, at(p, 'legalBasis'), 'claims legitimate interests for non-necessary cookies; consent is required (ePrivacy art. 5(3))');
            if (id)
                delete out.legalBasis; // a category's own basis is only checked, not kept
            return out;
        }
        if (name == 'categories')
            return isObj(v) ? (cats = map(v, p, 'categoryId', 'categoryInfo', { necessary: {} })) : fail('must be an object');
        if (name == 'text')
            return typeof v == 'string' ? v : isObj(v) && keys(v).length ? map(v, p, 'lang', 'str') : fail('must be a string or a non-empty map of language → string');
        if (name == 'bool')
            return typeof v == 'boolean' ? v : fail('must be a boolean');
        if (name == 'int')
            return Number.isInteger(v) && v >= +min && v <= +max ? v : fail(`must be an integer between ${min} and ${max}`);
        if (name.includes('|'))
            return name.split('|').includes(v) ? v : fail(`must be one of ${name.replace(/\|/g, ', ')}`);
        if (name == 'ignore')
            return;
        // The rest are strings.
        if (typeof v != 'string')
            return fail('must be a string');
        if (def)
            return !def[0].test(v) ? fail(def[1]) : name == 'host' ? v.toLowerCase() : v;
        // Browsers ignore tabs/newlines anywhere and controls/spaces at the ends ("java\tscript:"),
        // so those go before looking for a scheme: http(s) with a host, or none (relative).
        if (name == 'url') {
            const t = v.replace(/[\x00-\x20\x7f]+/g, '');
            return t && /^(https?:\/\/[^/]|[^:/?#]*([/?#]|$))/i.test(t) ? v.trim() : fail('must be an http(s) or relative URL');
        }
        if (name == 'regex') {
            try {
                return RegExp(`^(?:${v})$`) && v; // it is matched against whole cookie names
            }
            catch {
                return fail('must be a valid regular expression');
            }
        }
        if (name == 'org') {
            const digits = v.replace(/\s/g, '');
            if (/^\d{9}$/.test(digits) && !orgNumberValid(digits))
                report(warnings, p, 'fails the Norwegian mod-11 check');
            return digits;
        }
        // A bad categories map is reported once, not again at every reference to it.
        if (name == 'category') {
            if (!cats || v in cats)
                return v;
            // SPEC §3: a warning for a service; such a service is inert (nothing can grant its
            // category). A tracker rule must name a real category: an error.
            if (!p.startsWith('services['))
                return fail(`refers to unknown category "${v}"`);
            report(warnings, p, `refers to unknown category "${v}"; nothing can grant this service`);
            return v;
        }
        if (name == 'serviceId') {
            if (!check('id', v, p))
                return;
            if (serviceIds.has(v))
                return fail(`duplicates ${serviceIds.get(v)}`);
            serviceIds.set(v, p);
            return cats && v in cats ? fail('is also a category id') : v;
        }
        return v; // a plain string
    };
    walk(raw, '', 0);
    const config = check('notice', raw, '');
    return { config: errors.length ? null : config, errors, warnings };
}
/** JSON text → validate(); invalid JSON is one `(root)` error. */
export function parseConfig(text) {
    try {
        return validate(JSON.parse(text)); // validate does not throw
    }
    catch (e) {
        return { config: null, errors: [{ path: '(root)', message: 'is not valid JSON: ' + e.message }], warnings: [] };
    }
}
/** One console message listing every problem ('' when there is none). */
export function formatProblems(kind, problems) {
    const head = kind == 'error' ? 'is invalid, so nothing gated will run' : 'has problems';
    return problems.length ? [`samtykke: the notice (config) ${head}:`, ...problems.map((p) => `  - ${p.path}: ${p.message}`)].join('\n') : '';
}
/** Norwegian organisation number (9 digits, spaces ignored) with a valid mod-11 check digit. */
export function orgNumberValid(digits) {
    const d = digits.replace(/\s/g, '');
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * +d[i], 0);
    return /^\d{9}$/.test(d) && (11 - (sum % 11)) % 11 == +d[8]; // a check of 10 matches no digit: invalid
}
const NORSK = ['nb', 'nn', 'no'];
/**
 * A text in a language: for a map, the first of `lang`, its primary subtag, its Norwegian
 * siblings (nb ↔ nn, no), then the same for each `fallback` language, then "en", then the
 * first value. Keys match case-insensitively. '' for undefined.
 */
export function text(t, lang, fallback = []) {
    if (typeof t != 'object')
        return t ?? '';
    const keys = Object.keys(t);
    for (const l of [lang, ...fallback, 'en']) {
        const primary = l.split('-')[0];
        for (const c of [l, primary, ...(NORSK.includes(primary.toLowerCase()) ? NORSK : [])])
            for (const k of keys)
                if (k.toLowerCase() == c.toLowerCase())
                    return t[k];
    }
    return t[keys[0]] ?? '';
}
