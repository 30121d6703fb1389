/**
 * Checks an untrusted receipt against the one receipt contract, the JSON Schema of SPEC §7 in
 * src/receipt/schema.ts, compiled once with Ajv (and ajv-formats for real calendar dates).
 * The receiver, the audit and the tests all check receipts with this function.
 *
 * Answers either the receipt or one reason that names the offending field, so a widget
 * developer can see at once what their endpoint refused. It must never accept a field it does
 * not know, never coerce a value into shape (a receipt is evidence: it is stored as sent or not
 * at all) and never touch anything but the value it is handed (no I/O, no globals).
 */
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import formats from 'ajv-formats';
import { RECEIPT_FIELDS, RECEIPT_SCHEMA, UTC_PATTERN, UUID_PATTERN } from '../receipt/schema.js';
import type { Receipt } from '../receipt/schema.js';

export { RECEIPT_FIELDS };
export type { Receipt, Method, Via } from '../receipt/schema.js';

/** `validateReceipt`'s answer: the typed receipt, or the first reason it is not one (for a 400). */
export type Validation = { ok: true; receipt: Receipt } | { ok: false; error: string };

// strict: a schema keyword Ajv does not know is an error at start-up, not a silently skipped rule.
const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: false });
// ajv-formats is CommonJS: its plugin is the module's default export.
formats.default(ajv, ['date-time']);
const check = ajv.compile<Receipt>(RECEIPT_SCHEMA);
const checkUtc = ajv.compile<string>({ type: 'string', pattern: UTC_PATTERN, format: 'date-time' });

const UUID = new RegExp(UUID_PATTERN);
/** Keys that mean something to JavaScript objects; refused anywhere in a body. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** An ISO 8601 UTC date-time that names a real instant (no 30 February, no hour 24). */
export function isIsoUtc(value: unknown): value is string {
  return checkUtc(value) && !Number.isNaN(Date.parse(value));
}

/**
 * The path of the first key named __proto__, constructor or prototype anywhere in a parsed
 * JSON value, or null. Iterative, because a 16 KiB body can nest thousands of levels deep.
 */
export function findForbiddenKey(root: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return at;
      stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return null;
}

const descriptions: Record<string, string | undefined> = Object.fromEntries(
  Object.entries(RECEIPT_SCHEMA.properties).map(([name, rule]) => [name, rule.description]),
);

/** One Ajv error in plain words, naming the field ("controller.email", "categories.x"). */
function describe(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
  const prefix = path ? `${path}.` : '';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `unknown field ${prefix}${String(params.additionalProperty)}`;
  if (error.keyword === 'required') return `${prefix}${String(params.missingProperty)} is required`;
  if (error.keyword === 'propertyNames')
    return `${path} keys must be 1 to 64 characters (${JSON.stringify(params.propertyName)})`;
  const description = path.includes('.') ? undefined : descriptions[path];
  return description ? `${path} must be ${description}` : `${path} ${error.message ?? 'is not valid'}`;
}

/** Checks a parsed JSON body against §7. The first problem found is the reason given. */
export function validateReceipt(body: unknown): Validation {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, error: 'the body must be a JSON object (a receipt)' };
  }
  const forbidden = findForbiddenKey(body);
  if (forbidden !== null) return { ok: false, error: `forbidden key at ${forbidden}` };
  if (!check(body)) return { ok: false, error: describe(check.errors![0]!) };
  // The date-time format accepts a leap second (23:59:60), which JavaScript dates cannot hold.
  for (const field of ['timestamp', 'expiresAt'] as const) {
    if (Number.isNaN(Date.parse(body[field]))) return { ok: false, error: `${field} must be ${descriptions[field]}` };
  }
  // SPEC §7: the page's origin and path only. A query or fragment can carry a visitor's search,
  // an e-mail address or a session token, which must not become evidence kept for years.
  if (/[?#]/.test(body.url)) {
    return { ok: false, error: 'url must be origin and path only: no query (?) and no fragment (#)' };
  }
  // Rebuilt in the schema's field order: every stored record lists its fields alike.
  const receipt: Record<string, unknown> = {};
  for (const field of RECEIPT_FIELDS) if (field in body) receipt[field] = body[field];
  return { ok: true, receipt: receipt as unknown as Receipt };
}
