/**
 * Checking a notice (SPEC §3) against the schema table (schema.ts) and the law (rules.ts).
 *
 * `validate` reports EVERY problem with its JSON path (`controller.name`, `services[2].category`)
 * and returns a fresh, fully defaulted Config, or null when anything is an error, so the widget
 * fails closed. Every object and array of the output is built here, never taken from the input;
 * id-keyed maps have no prototype; `__proto__`, `constructor` and `prototype` keys are errors at
 * any depth; URLs must be http(s) or relative. Unknown fields are warnings (forward
 * compatibility), and so is a service in a category the notice does not have: such a service stays
 * inert, since nothing can grant its category. A tracker rule naming a missing category is an
 * error; so is a service id equal to a category id (`set(choices)` takes both in one map).
 *
 * Node-safe and pure: no DOM, no globals, no eval, no libraries.
 */
import { basisNeedsConsent, checkLaw } from './rules.js';
import { FORMATS, NOTICE } from './schema.js';
const FORBIDDEN = /^(__proto__|constructor|prototype)$/;
/** An own property only: a polluted Object.prototype must not fill in anything. */
const own = (o, key) => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);
/** A plain object (of any realm): not an array, not a class instance. */
const isPlain = (v) => !!v && typeof v == 'object' && !Array.isArray(v) && !Object.getPrototypeOf(Object.getPrototypeOf(v) ?? {});
/** Path of `key` inside `path`: `a.b`, or `a["odd key"]`. */
const at = (path, key) => !/^[A-Za-z_$][\w$-]*$/.test(key) ? `${path}[${JSON.stringify(key)}]` : path ? `${path}.${key}` : key;
/** Norwegian organisation number (9 digits, spaces ignored) with a valid mod-11 check digit. */
export function orgNumberValid(digits) {
    const d = digits.replace(/\s/g, '');
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((total, weight, i) => total + weight * +d[i], 0);
    return /^\d{9}$/.test(d) && (11 - (sum % 11)) % 11 == +d[8]; // a check of 10 matches no digit: invalid
}
/** Own keys but the forbidden ones, which `rejectForbiddenKeys` reports. */
const keysOf = (v) => Object.keys(v).filter((k) => !FORBIDDEN.test(k));
/** Reports an error at `path`; the value is left out (undefined). */
const fail = (report, path, message) => {
    report.error(path, message);
    return undefined;
};
/** A problem as `validate` returns it: with its code and parameters when the check gave them. */
const problem = (path, message, code, params) => ({
    path: path || '(root)',
    message,
    ...(code && { code }),
    ...(params && { params }),
});
/**
 * Checks a notice as written (SPEC §3): every problem with its path, and the notice with every
 * default filled in, or null when anything is an error (the widget then fails closed).
 * `codes: true` gives each problem its code and parameters too, for a tool that says the
 * problem in other words (the studio, in Norwegian).
 */
export function validate(raw, options = {}) {
    const errors = [];
    const warnings = [];
    const keep = options.codes
        ? problem
        : (path, message) => ({ path: path || '(root)', message });
    const report = {
        error: (path, message, code, params) => void errors.push(keep(path, message, code, params)),
        warning: (path, message, code, params) => void warnings.push(keep(path, message, code, params)),
    };
    const validation = { report, categories: undefined, serviceIds: new Map() };
    rejectForbiddenKeys(report, new WeakSet(), raw, '', 0);
    const config = check(validation, NOTICE, raw, '');
    if (config)
        checkLaw(config, report);
    return { config: errors.length || !config ? null : config, errors, warnings };
}
/**
 * Forbidden keys anywhere (own keys, so JSON.parse's own "__proto__" is seen too). Each object
 * is walked once (`seen`): shared or cyclic objects (from init(config)) cannot blow it up.
 */
function rejectForbiddenKeys(report, seen, v, path, depth) {
    if (!v || typeof v != 'object' || seen.has(v))
        return;
    if (depth > 16)
        return fail(report, path, 'is nested too deeply');
    seen.add(v);
    for (const key of Object.keys(v)) {
        const keyPath = Array.isArray(v) ? `${path}[${key}]` : at(path, key);
        if (FORBIDDEN.test(key))
            fail(report, keyPath, 'forbidden key');
        else
            rejectForbiddenKeys(report, seen, v[key], keyPath, depth + 1);
    }
}
/** A string of a format (schema.ts FORMATS, or one of the checks here): the value kept, or undefined. */
function checkString(validation, format, v, path) {
    const { report } = validation;
    const pattern = format && Object.prototype.hasOwnProperty.call(FORMATS, format) ? FORMATS[format] : undefined;
    if (pattern) {
        if (!pattern[0].test(v))
            return fail(report, path, pattern[1]);
        if (format == 'host')
            return v.toLowerCase();
        if (format == 'hostAndPath')
            return v.replace(/^[^/]*/, (host) => host.toLowerCase());
        return v;
    }
    switch (format) {
        case 'url': {
            // Browsers ignore tabs/newlines anywhere and controls/spaces at the ends ("java\tscript:"),
            // so those go before looking for a scheme: http(s) with a host, or none (relative).
            // eslint-disable-next-line no-control-regex -- control characters are what is removed
            const bare = v.replace(/[\x00-\x20\x7f]+/g, '');
            return bare && /^(https?:\/\/[^/]|[^:/?#]*([/?#]|$))/i.test(bare)
                ? v.trim()
                : fail(report, path, 'must be an http(s) or relative URL');
        }
        case 'regex':
            try {
                return RegExp(`^(?:${v})$`) && v; // it is matched against whole cookie names
            }
            catch {
                return fail(report, path, 'must be a valid regular expression');
            }
        case 'orgNumber': {
            const digits = v.replace(/\s/g, '');
            if (/^\d{9}$/.test(digits) && !orgNumberValid(digits))
                report.warning(path, 'fails the Norwegian mod-11 check: look the number up in the Register of Legal Entities (brreg.no) and correct it.', 'org-number-check');
            return digits;
        }
        case 'serviceCategory':
        case 'trackerCategory':
            return checkCategoryReference(validation, format, v, path);
        case 'serviceId':
            return checkServiceId(validation, v, path);
    }
    return v; // any string
}
/** A reference to a category: unknown is an error for a tracker rule, a warning for a service. */
function checkCategoryReference(validation, format, v, path) {
    const { categories, report } = validation;
    // A bad categories map is reported once, not again at every reference to it.
    if (!categories || v in categories)
        return v;
    if (format == 'trackerCategory')
        return fail(report, path, `refers to unknown category "${v}"`);
    const known = Object.keys(categories)
        .map((id) => `"${id}"`)
        .join(', ');
    report.warning(path, `refers to unknown category "${v}"; nothing can grant this service. Add "${v}" to categories, or use one of ${known}.`, 'unknown-category', { category: v, known });
    return v;
}
/** A service id: a valid id, used once, and not also a category id (`set(choices)` takes both). */
function checkServiceId(validation, v, path) {
    const { categories, report, serviceIds } = validation;
    if (checkString(validation, 'id', v, path) === undefined)
        return;
    if (serviceIds.has(v))
        return fail(report, path, `duplicates ${serviceIds.get(v)}`);
    serviceIds.set(v, path);
    return categories && v in categories ? fail(report, path, 'is also a category id') : v;
}
/** The fields of an object kind, in table order: each checked, defaulted or reported. */
function checkObject(validation, kind, v, path, mapKey) {
    const { report } = validation;
    if (!isPlain(v))
        return fail(report, path, 'must be an object');
    for (const key of keysOf(v))
        if (!(key in kind.fields))
            report.warning(at(path, key), 'is not a known field; ignored', 'unknown-field');
    const out = {};
    for (const [name, field] of Object.entries(kind.fields)) {
        const value = own(v, name) ?? field.default;
        if (value == null) {
            if (field.presence == 'required')
                report.error(at(path, name), 'is required', 'required');
            continue;
        }
        const checkedValue = check(validation, field.type, value, at(path, name));
        if (checkedValue !== undefined && field.presence != 'checked')
            out[name] = checkedValue;
        if (name == 'legalBasis' && typeof checkedValue == 'string')
            checkBasis(report, checkedValue, out, at(path, name), mapKey);
    }
    return out;
}
/**
 * Outside `necessary`, only consent is a legal basis for cookies and trackers: the basis of a
 * category (`mapKey`, its id) or of a service (`fields` checked so far: its id and category). A
 * purpose (neither) keeps its free choice.
 */
function checkBasis(report, basis, fields, path, mapKey) {
    const owner = mapKey !== undefined
        ? { categoryId: mapKey }
        : typeof fields.category == 'string'
            ? { serviceId: String(fields.id), category: fields.category }
            : null;
    const problem = owner && basisNeedsConsent(basis, owner);
    if (problem)
        report.error(path, problem.message, 'basis-needs-consent', problem.params);
}
/** Checks `v` at `path` against a kind; returns a fresh value, or undefined when it is bad (and reported). */
function check(validation, kind, v, path, mapKey) {
    const { report } = validation;
    switch (kind.kind) {
        case 'object':
            return checkObject(validation, kind, v, path, mapKey);
        case 'switch':
            if (typeof v == 'boolean')
                return v && checkObject(validation, kind.options, {}, path);
            return isPlain(v) ? checkObject(validation, kind.options, v, path) : fail(report, path, 'must be true, false or an object');
        case 'list':
            // A value listed twice is kept once.
            return Array.isArray(v)
                ? [...new Set(Array.from(v, (item, i) => check(validation, kind.item, item, `${path}[${i}]`)))]
                : fail(report, path, 'must be an array');
        case 'map':
            return checkMap(validation, kind, v, path);
        case 'text':
            if (typeof v == 'string')
                return v;
            if (!isPlain(v) || !keysOf(v).length)
                return fail(report, path, 'must be a string or a non-empty map of language → string');
            return check(validation, { kind: 'map', key: 'languageTag', value: { kind: 'string' } }, v, path);
        case 'boolean':
            return typeof v == 'boolean' ? v : fail(report, path, 'must be a boolean');
        case 'integer':
            return Number.isInteger(v) && v >= kind.min && v <= kind.max
                ? v
                : fail(report, path, `must be an integer between ${kind.min} and ${kind.max}`);
        case 'oneOf':
            return kind.values.includes(v) ? v : fail(report, path, `must be one of ${kind.values.join(', ')}`);
        case 'ignored':
            return undefined;
        case 'string':
            return typeof v != 'string' ? fail(report, path, 'must be a string') : checkString(validation, kind.format, v, path);
    }
}
/** An id-keyed map (no prototype): each key and value checked; bad entries left out. */
function checkMap(validation, kind, v, path) {
    if (!isPlain(v))
        return fail(validation.report, path, 'must be an object');
    const out = Object.create(null);
    if (kind.always)
        out[kind.always] = check(validation, kind.value, {}, at(path, kind.always));
    for (const key of keysOf(v)) {
        if (checkString(validation, kind.key, key, at(path, key)) === undefined)
            continue;
        const value = check(validation, kind.value, v[key], at(path, key), key);
        if (value !== undefined)
            out[key] = value; // a bad entry is left out: nothing may refer to it
    }
    if (kind === NOTICE.fields.categories.type)
        validation.categories = out;
    return out;
}
/** JSON text → validate() (with `options`); invalid JSON is one `(root)` error. */
export function parseConfig(text, options = {}) {
    try {
        return validate(JSON.parse(text), options); // validate does not throw
    }
    catch (e) {
        return { config: null, errors: [{ path: '(root)', message: 'is not valid JSON: ' + e.message }], warnings: [] };
    }
}
/** One console message listing every problem ('' when there is none). */
export function formatProblems(kind, problems) {
    const head = kind == 'error' ? 'is invalid, so nothing gated will run' : 'has problems';
    return problems.length
        ? [`samtykke: the notice (config) ${head}:`, ...problems.map((p) => `  - ${p.path}: ${p.message}`)].join('\n')
        : '';
}
