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
/** A named string format; schema.ts defines what each accepts (FORMATS and the special ones). */
export type FormatName = string;
interface Kind<Out, In> {
    /** For the compiler only: never set at run time. */
    readonly types?: {
        readonly out: Out;
        readonly in: In;
    };
}
export interface StringKind extends Kind<string, string> {
    readonly kind: 'string';
    readonly format?: FormatName;
}
export interface TextKind extends Kind<Text, Text> {
    readonly kind: 'text';
}
export interface BooleanKind extends Kind<boolean, boolean> {
    readonly kind: 'boolean';
}
export interface IntegerKind extends Kind<number, number> {
    readonly kind: 'integer';
    readonly min: number;
    readonly max: number;
}
export interface OneOfKind<V extends string> extends Kind<V, V> {
    readonly kind: 'oneOf';
    readonly values: readonly V[];
}
export interface ListKind<O, I> extends Kind<O[], I[]> {
    readonly kind: 'list';
    readonly item: AnyKind;
}
export interface ObjectKind<F extends Fields> extends Kind<ObjectOut<F>, ObjectIn<F>> {
    readonly kind: 'object';
    readonly fields: F;
    readonly name: string;
}
export interface MapKind<O, I> extends Kind<Record<string, O>, Record<string, I>> {
    readonly kind: 'map';
    readonly key: FormatName;
    readonly value: AnyKind;
    readonly always?: string;
}
/** `true` (on, all defaults), `false` (off) or an object of options. */
export interface SwitchKind<F extends Fields> extends Kind<false | ObjectOut<F>, boolean | ObjectIn<F>> {
    readonly kind: 'switch';
    readonly options: ObjectKind<F>;
}
/** Accepted and not kept (`$schema`, for editors). */
export interface IgnoredKind extends Kind<never, string> {
    readonly kind: 'ignored';
}
/** A text of the notice: a plain string, or a map of language → string. Always shown as text. */
export type Text = string | Record<string, string>;
export type AnyKind = StringKind | TextKind | BooleanKind | IntegerKind | OneOfKind<string> | ListKind<unknown, unknown> | ObjectKind<Fields> | MapKind<unknown, unknown> | SwitchKind<Fields> | IgnoredKind;
/**
 * How a field may be absent: `required` (an error), `optional` (left out), `default` (filled in
 * from defaults.ts, then checked like a written value), `checked` (validated, then not kept).
 */
export type Presence = 'required' | 'optional' | 'default' | 'checked';
export interface Field<K extends AnyKind = AnyKind, P extends Presence = Presence> {
    readonly type: K;
    readonly presence: P;
    readonly default?: unknown;
}
export type Fields = {
    readonly [name: string]: Field;
};
export type OutputOf<K> = K extends Kind<infer O, unknown> ? O : never;
export type InputOf<K> = K extends Kind<unknown, infer I> ? I : never;
/** Shows an intersection of mapped types as one plain object type in editors. */
type Flat<T> = {
    [K in keyof T]: T[K];
} & {};
type Named<F extends Fields, P extends Presence> = {
    [N in keyof F]: F[N]['presence'] extends P ? N : never;
}[keyof F];
export type ObjectOut<F extends Fields> = Flat<{
    -readonly [N in Named<F, 'required' | 'default'>]: OutputOf<F[N]['type']>;
} & {
    -readonly [N in Named<F, 'optional'>]?: OutputOf<F[N]['type']>;
}>;
export type ObjectIn<F extends Fields> = Flat<{
    -readonly [N in Named<F, 'required'>]: InputOf<F[N]['type']>;
} & {
    -readonly [N in Named<F, 'optional' | 'default' | 'checked'>]?: InputOf<F[N]['type']>;
}>;
export declare const string: (format?: FormatName) => StringKind;
export declare const text: () => TextKind;
export declare const boolean: () => BooleanKind;
export declare const integer: (min: number, max: number) => IntegerKind;
export declare const oneOf: <const V extends string>(values: readonly V[]) => OneOfKind<V>;
export declare const list: <K extends AnyKind>(item: K) => ListKind<OutputOf<K>, InputOf<K>>;
/** An object kind; `name` is its name in the JSON Schema and the types (`Service`, `Controller`). */
export declare const object: <const F extends Fields>(name: string, fields: F) => ObjectKind<F>;
/** An id-keyed map; `always` names a key that is always there, first (`necessary`). */
export declare const map: <K extends AnyKind>(key: FormatName, value: K, always?: string) => MapKind<OutputOf<K>, InputOf<K>>;
export declare const onOff: <F extends Fields>(options: ObjectKind<F>) => SwitchKind<F>;
export declare const ignored: () => IgnoredKind;
export declare const required: <K extends AnyKind>(type: K) => Field<K, "required">;
export declare const optional: <K extends AnyKind>(type: K) => Field<K, "optional">;
export declare const checked: <K extends AnyKind>(type: K) => Field<K, "checked">;
/** A field filled in from `value` when absent; `value` is checked like a written one. */
export declare const withDefault: <K extends AnyKind>(type: K, value: InputOf<K>) => Field<K, "default">;
export {};
