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
type FormatName = string;
interface Kind<Out, In> {
    /** For the compiler only: never set at run time. */
    readonly types?: {
        readonly out: Out;
        readonly in: In;
    };
}
interface StringKind extends Kind<string, string> {
    readonly kind: 'string';
    readonly format?: FormatName;
}
interface TextKind extends Kind<Text, Text> {
    readonly kind: 'text';
}
interface BooleanKind extends Kind<boolean, boolean> {
    readonly kind: 'boolean';
}
interface IntegerKind extends Kind<number, number> {
    readonly kind: 'integer';
    readonly min: number;
    readonly max: number;
}
interface OneOfKind<V extends string> extends Kind<V, V> {
    readonly kind: 'oneOf';
    readonly values: readonly V[];
}
interface ListKind<O, I> extends Kind<O[], I[]> {
    readonly kind: 'list';
    readonly item: AnyKind;
}
interface ObjectKind<F extends Fields> extends Kind<ObjectOut<F>, ObjectIn<F>> {
    readonly kind: 'object';
    readonly fields: F;
    readonly name: string;
}
interface MapKind<O, I> extends Kind<Record<string, O>, Record<string, I>> {
    readonly kind: 'map';
    readonly key: FormatName;
    readonly value: AnyKind;
    readonly always?: string;
}
/** `true` (on, all defaults), `false` (off) or an object of options. */
interface SwitchKind<F extends Fields> extends Kind<false | ObjectOut<F>, boolean | ObjectIn<F>> {
    readonly kind: 'switch';
    readonly options: ObjectKind<F>;
}
/** Accepted and not kept (`$schema`, for editors). */
interface IgnoredKind extends Kind<never, string> {
    readonly kind: 'ignored';
}
/** A text of the notice: a plain string, or a map of language → string. Always shown as text. */
type Text = string | Record<string, string>;
type AnyKind = StringKind | TextKind | BooleanKind | IntegerKind | OneOfKind<string> | ListKind<unknown, unknown> | ObjectKind<Fields> | MapKind<unknown, unknown> | SwitchKind<Fields> | IgnoredKind;
/**
 * How a field may be absent: `required` (an error), `optional` (left out), `default` (filled in
 * from defaults.ts, then checked like a written value), `checked` (validated, then not kept).
 */
type Presence = 'required' | 'optional' | 'default' | 'checked';
interface Field<K extends AnyKind = AnyKind, P extends Presence = Presence> {
    readonly type: K;
    readonly presence: P;
    readonly default?: unknown;
}
type Fields = {
    readonly [name: string]: Field;
};
type OutputOf<K> = K extends Kind<infer O, unknown> ? O : never;
type InputOf<K> = K extends Kind<unknown, infer I> ? I : never;
/** Shows an intersection of mapped types as one plain object type in editors. */
type Flat<T> = {
    [K in keyof T]: T[K];
} & {};
type Named<F extends Fields, P extends Presence> = {
    [N in keyof F]: F[N]['presence'] extends P ? N : never;
}[keyof F];
type ObjectOut<F extends Fields> = Flat<{
    -readonly [N in Named<F, 'required' | 'default'>]: OutputOf<F[N]['type']>;
} & {
    -readonly [N in Named<F, 'optional'>]?: OutputOf<F[N]['type']>;
}>;
type ObjectIn<F extends Fields> = Flat<{
    -readonly [N in Named<F, 'required'>]: InputOf<F[N]['type']>;
} & {
    -readonly [N in Named<F, 'optional' | 'default' | 'checked'>]?: InputOf<F[N]['type']>;
}>;

/** `rights`: every right of GDPR art. 15–22 and 77, in the order the notice lists them. */
declare const ALL_RIGHTS: readonly ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw", "complaint"];

declare const LEGAL_BASES: readonly ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"];
declare const ROLES: readonly ["processor", "joint-controller", "controller"];
/** The notice, field by field, in the order of SPEC §3. */
declare const NOTICE: ObjectKind<{
    readonly revision: Field<StringKind, "required">;
    readonly language: Field<StringKind, "default">;
    readonly controller: Field<ObjectKind<{
        readonly name: Field<StringKind, "required">;
        readonly orgNumber: Field<StringKind, "optional">;
        readonly address: Field<StringKind, "optional">;
        readonly email: Field<StringKind, "optional">;
        readonly phone: Field<StringKind, "optional">;
        readonly dpoEmail: Field<StringKind, "optional">;
        readonly privacyEmail: Field<StringKind, "optional">;
        readonly policyUrl: Field<StringKind, "optional">;
    }>, "required">;
    readonly summary: Field<TextKind, "optional">;
    readonly categories: Field<MapKind<{
        title?: Text | undefined;
        description?: Text | undefined;
    }, {
        title?: Text | undefined;
        description?: Text | undefined;
        legalBasis?: "consent" | "contract" | "legal-obligation" | "legitimate-interests" | "public-task" | "vital-interests" | undefined;
    }>, "required">;
    readonly services: Field<ListKind<{
        legalBasis: "consent" | "contract" | "legal-obligation" | "legitimate-interests" | "public-task" | "vital-interests";
        id: string;
        category: string;
        cookies: {
            name: string;
            pattern?: string | undefined;
            duration?: Text | undefined;
        }[];
        name?: Text | undefined;
        policyUrl?: string | undefined;
        provider?: string | undefined;
        role?: "controller" | "joint-controller" | "processor" | undefined;
        preset?: string | undefined;
        purpose?: Text | undefined;
        transfer?: Text | undefined;
        retention?: Text | undefined;
        arrangement?: Text | undefined;
        hosts?: string[] | undefined;
        cookieless?: boolean | undefined;
    }, {
        id: string;
        category: string;
        name?: Text | undefined;
        policyUrl?: string | undefined;
        legalBasis?: "consent" | "contract" | "legal-obligation" | "legitimate-interests" | "public-task" | "vital-interests" | undefined;
        provider?: string | undefined;
        role?: "controller" | "joint-controller" | "processor" | undefined;
        preset?: string | undefined;
        purpose?: Text | undefined;
        cookies?: {
            name: string;
            pattern?: string | undefined;
            duration?: Text | undefined;
        }[] | undefined;
        transfer?: Text | undefined;
        retention?: Text | undefined;
        arrangement?: Text | undefined;
        hosts?: string[] | undefined;
        cookieless?: boolean | undefined;
    }>, "default">;
    readonly purposes: Field<ListKind<{
        title: Text;
        legalBasis: "consent" | "contract" | "legal-obligation" | "legitimate-interests" | "public-task" | "vital-interests";
        retention?: Text | undefined;
        data?: Text | undefined;
        recipients?: Text | undefined;
    }, {
        title: Text;
        legalBasis: "consent" | "contract" | "legal-obligation" | "legitimate-interests" | "public-task" | "vital-interests";
        retention?: Text | undefined;
        data?: Text | undefined;
        recipients?: Text | undefined;
    }>, "default">;
    readonly rights: Field<ListKind<"access" | "complaint" | "erasure" | "objection" | "portability" | "rectification" | "restriction" | "withdraw", "access" | "complaint" | "erasure" | "objection" | "portability" | "rectification" | "restriction" | "withdraw">, "default">;
    readonly proof: Field<ObjectKind<{
        readonly endpoint: Field<StringKind, "required">;
    }>, "optional">;
    readonly cookie: Field<ObjectKind<{
        readonly name: Field<StringKind, "default">;
        readonly domain: Field<StringKind, "default">;
        readonly path: Field<StringKind, "default">;
        readonly sameSite: Field<OneOfKind<"Lax" | "None" | "Strict">, "default">;
        readonly expiresAfterDays: Field<IntegerKind, "default">;
    }>, "default">;
    readonly authority: Field<ObjectKind<{
        readonly name: Field<StringKind, "required">;
        readonly url: Field<StringKind, "optional">;
    }>, "default">;
    readonly gpc: Field<OneOfKind<"honor" | "ignore">, "default">;
    readonly googleConsentMode: Field<SwitchKind<{
        readonly mode: Field<OneOfKind<"advanced" | "basic">, "default">;
        readonly region: Field<ListKind<string, string>, "optional">;
        readonly waitForUpdate: Field<IntegerKind, "default">;
        readonly urlPassthrough: Field<BooleanKind, "optional">;
        readonly adsDataRedaction: Field<BooleanKind, "optional">;
    }>, "default">;
    readonly autoBlock: Field<SwitchKind<{
        readonly trackers: Field<ListKind<{
            category: string;
            host: string;
            service: string;
            path?: string | undefined;
        }, {
            category: string;
            host: string;
            service: string;
            path?: string | undefined;
        }>, "default">;
        readonly frames: Field<ListKind<string, string>, "optional">;
    }>, "default">;
    readonly reloadOnWithdraw: Field<BooleanKind, "default">;
    readonly theme: Field<OneOfKind<"auto" | "dark" | "light">, "default">;
    readonly $schema: Field<IgnoredKind, "checked">;
    readonly validated: Field<IgnoredKind, "checked">;
}>;
/** The notice after validation, every default filled in. */
type Config = OutputOf<typeof NOTICE>;
/** Who is responsible for the processing (`controller`): name, organisation number, contacts. */
type Controller = Config['controller'];
/** A category of the notice (`categories.<id>`): its title and description. */
type Category = Config['categories'][string];
/** A service of the notice (`services[i]`): who, what for, which cookies, where data goes. */
type Service = Config['services'][number];
/** A cookie a service sets (`services[i].cookies[j]`): shown to the visitor, deleted on withdrawal. */
type ServiceCookie = Service['cookies'][number];
/** A purpose of the wider notice summary (GDPR art. 13), shown on the second layer. */
type Purpose = Config['purposes'][number];
/** A legal basis of GDPR art. 6(1). */
type LegalBasis = (typeof LEGAL_BASES)[number];
/** A service provider's role: processor, joint controller, or an independent controller. */
type Role = (typeof ROLES)[number];
/** A data subject's right the notice lists (`rights`). */
type Right = (typeof ALL_RIGHTS)[number];
/** Where the decision cookie is kept (`cookie`). */
type CookieOptions = Config['cookie'];
/** Google Consent Mode v2 settings (`googleConsentMode`, SPEC §6). */
type ConsentModeOptions = Exclude<Config['googleConsentMode'], false>;
/** A tracker pattern the notice adds to (or re-maps in) the built-in auto-blocking list. */
type TrackerRule = Exclude<Config['autoBlock'], false>['trackers'][number];
/** One problem `validate()` found. */
interface ValidationProblem {
    /** JSON path, written like `controller.name` or `services[2].category`. */
    path: string;
    /** Why, in words (the same as in the console). */
    message: string;
    /** What kind of problem, stable across versions (`consent-by-use`), for a tool that says it in other words. */
    code?: string;
    /** What the message names (`{ service: "\"hotjar\"" }`), for those other words. */
    params?: Record<string, string>;
}
/** What `validate()` returns: the defaulted notice, or null and the errors; warnings either way. */
interface ValidationResult {
    /** The config with defaults filled in; null when there are errors. */
    config: Config | null;
    /** Problems that make the widget fail closed. */
    errors: ValidationProblem[];
    /** Problems worth fixing that do not stop the widget (mostly what GDPR art. 13 asks for). */
    warnings: ValidationProblem[];
}

export type { Category as C, LegalBasis as L, Purpose as P, Right as R, Service as S, Text as T, ValidationProblem as V, Config as a, ConsentModeOptions as b, Controller as c, CookieOptions as d, Role as e, ServiceCookie as f, TrackerRule as g, ValidationResult as h };
