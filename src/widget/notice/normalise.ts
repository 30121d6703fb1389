/**
 * A notice validated ahead (stamp.ts) turned into its `Config` without the validator: the same
 * walk over the schema table (schema.ts) that validate.ts makes, filling in every default and
 * building every object and array afresh. It is only given a notice whose stamp matches its text
 * under this rules edition, that is, one the full validator passed; for such a notice it gives
 * exactly what `validate(notice).config` gives (test/unit/normalise.test.ts compares the two).
 *
 * A stamp is a checksum, not a signature, so the walk still checks the shape as it goes: every
 * required field there, every value of its kind, every patterned string matching its pattern,
 * every URL http(s) or relative. Anything else throws `NotAsValidated`, and the caller hands the
 * notice to the full validator, which says what is wrong (fail closed, the usual message). What
 * it does not repeat are the validator's cross-field checks and the law rules (rules.ts): those a
 * valid stamp vouches for.
 *
 * Kept apart from validate.ts so a first visit with a stamped notice fetches the table and this
 * walk (the `samtykke-notice.mjs` part), not the validator's checks, formats and law rules.
 */
import { FORMATS, NOTICE, type Config } from './schema.js';
import type { AnyKind, Field, ObjectKind } from './spec.js';

type Plain = Record<string, unknown>;

/** An own property only, as the validator reads it: a polluted Object.prototype fills in nothing. */
const own = (o: object, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? (o as Plain)[key] : undefined);

/** The notice is not what the validator passed: the caller validates it in full. */
export class NotAsValidated extends Error {}

/** Throws unless `ok`. */
function ensure(ok: boolean): void {
  if (!ok) throw new NotAsValidated('samtykke: the notice does not match its stamp');
}

/** A plain JSON object: not an array, not null. */
const isObject = (value: unknown): value is Plain => typeof value == 'object' && value !== null && !Array.isArray(value);

/** A string as the validator keeps it: host names lower-cased, URLs trimmed, org numbers without spaces. */
function keptString(format: string | undefined, value: unknown): string {
  ensure(typeof value == 'string');
  const pattern = format && Object.prototype.hasOwnProperty.call(FORMATS, format) ? FORMATS[format] : undefined;
  ensure(!pattern || pattern[0].test(value as string));
  return transformed(format, value as string);
}

/** What the validator keeps of a valid string of a format. */
function transformed(format: string | undefined, value: string): string {
  switch (format) {
    case 'host':
      return value.toLowerCase();
    case 'hostAndPath':
      return value.replace(/^[^/]*/, (host) => host.toLowerCase());
    case 'url':
      // As validate.ts: http(s) with a host, or no scheme at all (relative); never javascript:.
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      ensure(/^(https?:\/\/[^/]|[^:/?#]*([/?#]|$))/i.test(value.replace(/[\x00-\x20\x7f]+/g, '')) && !!value.trim());
      return value.trim();
    case 'regex':
      // Matched against whole cookie names when a withdrawal deletes cookies: it must compile.
      try {
        RegExp(`^(?:${value})$`);
      } catch {
        ensure(false);
      }
      return value;
    case 'orgNumber':
      return value.replace(/\s/g, '');
  }
  return value;
}

/** The fields of an object kind in table order, each given or defaulted; `checked` fields are not kept. */
function normaliseObject(kind: ObjectKind<Record<string, Field>>, value: unknown): Plain {
  ensure(isObject(value));
  const out: Plain = {};
  for (const [name, field] of Object.entries(kind.fields)) {
    const given = own(value as Plain, name) ?? field.default;
    ensure(given != null || field.presence != 'required');
    if (given == null || field.presence == 'checked') continue;
    const kept = normaliseValue(field.type, given);
    if (kept !== undefined) out[name] = kept;
  }
  return out;
}

/** A value of a kind, as the validator returns it once it found nothing wrong. */
function normaliseValue(kind: AnyKind, value: unknown): unknown {
  switch (kind.kind) {
    case 'object':
      return normaliseObject(kind, value);
    case 'switch':
      return typeof value == 'boolean' ? value && normaliseObject(kind.options, {}) : normaliseObject(kind.options, value);
    case 'list':
      ensure(Array.isArray(value));
      // A value listed twice is kept once, as the validator does.
      return [...new Set((value as unknown[]).map((item) => normaliseValue(kind.item, item)))];
    case 'map':
      return normaliseMap(kind, value);
    case 'text':
      if (typeof value == 'string') return value;
      ensure(isObject(value) && Object.keys(value).length > 0);
      return normaliseMap({ kind: 'map', key: 'languageTag', value: { kind: 'string' } }, value);
    case 'ignored':
      return undefined;
    case 'string':
      return keptString(kind.format, value);
    case 'boolean':
      ensure(typeof value == 'boolean');
      return value;
    case 'integer':
      ensure(Number.isInteger(value) && (value as number) >= kind.min && (value as number) <= kind.max);
      return value;
    case 'oneOf':
      ensure(kind.values.includes(value as string));
      return value;
  }
}

/** An id-keyed map, with no prototype; the `always` entry (necessary) comes first. */
function normaliseMap(kind: Extract<AnyKind, { kind: 'map' }>, value: unknown): Plain {
  ensure(isObject(value));
  const out: Plain = Object.create(null);
  if (kind.always) out[kind.always] = normaliseValue(kind.value, {});
  for (const key of Object.keys(value as Plain)) {
    keptString(kind.key, key);
    out[key] = normaliseValue(kind.value, (value as Plain)[key]);
  }
  return out;
}

/**
 * The Config of a notice the validator passed (its stamp says so): every default filled in.
 * Throws `NotAsValidated` on a notice of another shape.
 */
export function normaliseValidated(notice: unknown): Config {
  return normaliseValue(NOTICE, notice) as Config;
}
