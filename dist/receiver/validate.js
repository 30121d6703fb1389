/**
 * The proof receipt's schema (SPEC §7), checked field by field on untrusted input.
 *
 * Answers either the receipt, rebuilt from the fields it knows, or one reason that names the
 * offending field, so a widget developer can see at once what their endpoint refused.
 * It must never accept a field it does not know, never coerce a value into shape (a receipt is
 * evidence: it is stored as sent or not at all) and never touch anything but the value it is
 * handed (no I/O, no globals).
 */
/** The fields of §7, in the order a stored record lists them. */
export const RECEIPT_FIELDS = [
    'v',
    'receiptId',
    'consentId',
    'timestamp',
    'method',
    'revision',
    'noticeHash',
    'language',
    'controller',
    'categories',
    'services',
    'gpc',
    'url',
    'userAgent',
    'widget',
    'previousReceiptId',
    'expiresAt',
];
const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'withdraw', 'api'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTICE_HASH = /^sha256:[0-9a-f]{64}$/;
// UTC only ("Z"): receipts are compared and exported by time, and an offset is one more thing
// to get wrong. The widget writes Date#toISOString(), which always matches.
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?Z$/;
/** Keys that mean something to JavaScript objects; refused anywhere in a body. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_MAP_KEYS = 200;
const MAX_KEY_LENGTH = 64;
export function isUuid(value) {
    return typeof value === 'string' && UUID.test(value);
}
/** An ISO 8601 UTC date-time that names a real instant (no 30 February, no hour 24). */
export function isIsoUtc(value) {
    if (typeof value !== 'string')
        return false;
    const m = ISO_UTC.exec(value);
    if (!m)
        return false;
    const ms = Date.parse(value);
    if (Number.isNaN(ms))
        return false;
    // Date.parse rolls 2026-02-30 over into March; reading the parts back catches that.
    const d = new Date(ms);
    return (d.getUTCFullYear() === Number(m[1]) &&
        d.getUTCMonth() + 1 === Number(m[2]) &&
        d.getUTCDate() === Number(m[3]) &&
        d.getUTCHours() === Number(m[4]) &&
        d.getUTCMinutes() === Number(m[5]));
}
/**
 * The path of the first key named __proto__, constructor or prototype anywhere in a parsed
 * JSON value, or null. Iterative, because a 16 KiB body can nest thousands of levels deep.
 */
export function findForbiddenKey(root) {
    const stack = [{ value: root, path: '' }];
    while (stack.length > 0) {
        const { value, path } = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if (Array.isArray(value)) {
            value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
            continue;
        }
        for (const key of Object.keys(value)) {
            const at = path ? `${path}.${key}` : key;
            if (FORBIDDEN_KEYS.has(key))
                return at;
            stack.push({ value: value[key], path: at });
        }
    }
    return null;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}
/** A string field: the reason it is wrong, or null. */
function checkString(name, value, min, max) {
    if (typeof value !== 'string')
        return `${name} must be a string`;
    if (value.length < min)
        return `${name} must not be empty`;
    if (value.length > max)
        return `${name} must be at most ${max} characters`;
    return null;
}
/** categories / services: an object of id → boolean. */
function checkBooleanMap(name, value) {
    if (!isPlainObject(value))
        return `${name} must be an object of booleans`;
    const keys = Object.keys(value);
    if (keys.length > MAX_MAP_KEYS)
        return `${name} must have at most ${MAX_MAP_KEYS} entries`;
    for (const key of keys) {
        if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
            return `${name} keys must be 1 to ${MAX_KEY_LENGTH} characters`;
        }
        if (typeof value[key] !== 'boolean')
            return `${name}.${key} must be a boolean`;
    }
    return null;
}
function checkController(value) {
    if (!isPlainObject(value))
        return 'controller must be an object';
    for (const key of Object.keys(value)) {
        if (key !== 'name' && key !== 'orgNumber')
            return `unknown field controller.${key}`;
    }
    if (!has(value, 'name'))
        return 'controller.name is required';
    const name = checkString('controller.name', value.name, 1, 300);
    if (name)
        return name;
    if (has(value, 'orgNumber'))
        return checkString('controller.orgNumber', value.orgNumber, 1, 50);
    return null;
}
function checkUrl(value) {
    const text = checkString('url', value, 1, 2048);
    if (text)
        return text;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return 'url must be an absolute http(s) URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return 'url must be an http(s) URL';
    return null;
}
/** One checker per field of §7: the reason the value is wrong, or null. */
const CHECKS = {
    v: (x) => (x === 1 ? null : `v must be 1 (this receiver knows receipt version 1 only)`),
    receiptId: (x) => (isUuid(x) ? null : 'receiptId must be a UUID'),
    consentId: (x) => (isUuid(x) ? null : 'consentId must be a UUID'),
    timestamp: (x) => (isIsoUtc(x) ? null : 'timestamp must be an ISO 8601 UTC date-time'),
    method: (x) => typeof x === 'string' && METHODS.includes(x) ? null : `method must be one of ${METHODS.join(', ')}`,
    revision: (x) => checkString('revision', x, 1, 200),
    noticeHash: (x) => typeof x === 'string' && NOTICE_HASH.test(x) ? null : 'noticeHash must be "sha256:" and 64 lowercase hex digits',
    language: (x) => checkString('language', x, 1, 35),
    controller: checkController,
    categories: (x) => checkBooleanMap('categories', x),
    services: (x) => checkBooleanMap('services', x),
    gpc: (x) => (typeof x === 'boolean' ? null : 'gpc must be a boolean'),
    url: checkUrl,
    userAgent: (x) => checkString('userAgent', x, 0, 1024),
    widget: (x) => checkString('widget', x, 1, 100),
    previousReceiptId: (x) => (x === null || isUuid(x) ? null : 'previousReceiptId must be a UUID or null'),
    expiresAt: (x) => (isIsoUtc(x) ? null : 'expiresAt must be an ISO 8601 UTC date-time'),
};
/** Checks a parsed JSON body against §7. The first problem found is the reason given. */
export function validateReceipt(body) {
    if (!isPlainObject(body))
        return { ok: false, error: 'the body must be a JSON object (a receipt)' };
    const forbidden = findForbiddenKey(body);
    if (forbidden !== null)
        return { ok: false, error: `forbidden key at ${forbidden}` };
    const known = RECEIPT_FIELDS;
    for (const key of Object.keys(body)) {
        if (!known.includes(key))
            return { ok: false, error: `unknown field ${key}` };
    }
    const receipt = {};
    for (const field of RECEIPT_FIELDS) {
        if (!has(body, field))
            return { ok: false, error: `${field} is required` };
        const error = CHECKS[field](body[field]);
        if (error)
            return { ok: false, error };
        receipt[field] = body[field];
    }
    return { ok: true, receipt: receipt };
}
