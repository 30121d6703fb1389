/**
 * The building blocks of the notice schema (schema.ts): a handful of value kinds (string, text,
 * boolean, integer, one-of, list, object, id-keyed map, on/off-or-object), and the fields of an
 * object (required, optional, with a default, or checked but not kept).
 *
 * Each block carries two types that exist only for the compiler: what a site owner may write
 * (`In`) and what the validator hands on after defaults (`Out`). `InputOf` and `OutputOf` read
 * them, so the notice's types are inferred from the one table and cannot drift from it.
 * Nothing here runs any check: validate.ts walks the table, json-schema.ts describes it (and
 * holds what each field means, since browsers need none of those words).
 */
// ---------------------------------------------------------------------------------------------
// Constructors, so the table reads as a table.
export const string = (format) => ({ kind: 'string', format });
export const text = () => ({ kind: 'text' });
export const boolean = () => ({ kind: 'boolean' });
export const integer = (min, max) => ({ kind: 'integer', min, max });
export const oneOf = (values) => ({ kind: 'oneOf', values });
export const list = (item) => ({ kind: 'list', item });
/** An object kind; `name` is its name in the JSON Schema and the types (`Service`, `Controller`). */
export const object = (name, fields) => ({ kind: 'object', name, fields });
/** An id-keyed map; `always` names a key that is always there, first (`necessary`). */
export const map = (key, value, always) => ({
    kind: 'map',
    key,
    value,
    always,
});
export const onOff = (options) => ({ kind: 'switch', options });
export const ignored = () => ({ kind: 'ignored' });
export const required = (type) => ({ type, presence: 'required' });
export const optional = (type) => ({ type, presence: 'optional' });
export const checked = (type) => ({ type, presence: 'checked' });
/** A field filled in from `value` when absent; `value` is checked like a written one. */
export const withDefault = (type, value) => ({
    type,
    presence: 'default',
    default: value,
});
