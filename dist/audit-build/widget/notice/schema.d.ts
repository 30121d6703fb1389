/**
 * The notice (SPEC §3) as one typed table: every field, its kind, whether it may be left out and
 * its default (from defaults.ts). What each field means is written once, for people and editors,
 * in json-schema.ts (DESCRIPTIONS), which is not shipped to browsers. The validator (validate.ts) walks this table, the JSON Schema
 * for editors (json-schema.ts → dist/samtykke.schema.json) is generated from it, and the types
 * below are inferred from it: `NoticeInput` is what a site owner writes, `Config` the notice
 * after validation, with every default filled in.
 *
 * The order of the fields is the order problems are reported in. Node-safe: no DOM, no globals.
 */
import * as defaults from './defaults.js';
import { type OutputOf } from './spec.js';
export type { Text } from './spec.js';
/**
 * String formats checked by a pattern: [pattern, what a valid value looks like]. No flags: the
 * JSON Schema for editors uses the same patterns, and JSON Schema has none. The formats
 * with a check of their own (url, regex, orgNumber, serviceId, serviceCategory, trackerCategory)
 * live in validate.ts; a format in neither is any string.
 */
export declare const FORMATS: Record<string, readonly [RegExp, string]>;
export declare const LEGAL_BASES: readonly ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"];
export declare const ROLES: readonly ["processor", "joint-controller", "controller"];
/** The notice, field by field, in the order of SPEC §3. */
export declare const NOTICE: import("./spec.js").ObjectKind<{
    readonly revision: import("./spec.js").Field<import("./spec.js").StringKind, "required">;
    readonly language: import("./spec.js").Field<import("./spec.js").StringKind, "default">;
    readonly controller: import("./spec.js").Field<import("./spec.js").ObjectKind<{
        readonly name: import("./spec.js").Field<import("./spec.js").StringKind, "required">;
        readonly orgNumber: import("./spec.js").Field<import("./spec.js").StringKind, "optional">;
        readonly address: import("./spec.js").Field<import("./spec.js").StringKind, "optional">;
        readonly email: import("./spec.js").Field<import("./spec.js").StringKind, "optional">;
        readonly phone: import("./spec.js").Field<import("./spec.js").StringKind, "optional">;
        readonly dpoEmail: import("./spec.js").Field<import("./spec.js").StringKind, "optional">;
        readonly privacyEmail: import("./spec.js").Field<import("./spec.js").StringKind, "optional">;
        readonly policyUrl: import("./spec.js").Field<import("./spec.js").StringKind, "optional">;
    }>, "required">;
    readonly summary: import("./spec.js").Field<import("./spec.js").TextKind, "optional">;
    readonly categories: import("./spec.js").Field<import("./spec.js").MapKind<{
        title?: import("./spec.js").Text | undefined;
        description?: import("./spec.js").Text | undefined;
    }, {
        title?: import("./spec.js").Text | undefined;
        description?: import("./spec.js").Text | undefined;
        legalBasis?: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests" | undefined;
    }>, "required">;
    readonly services: import("./spec.js").Field<import("./spec.js").ListKind<{
        category: string;
        id: string;
        legalBasis: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";
        cookies: {
            name: string;
            pattern?: string | undefined;
            duration?: import("./spec.js").Text | undefined;
        }[];
        name?: import("./spec.js").Text | undefined;
        preset?: string | undefined;
        policyUrl?: string | undefined;
        provider?: string | undefined;
        role?: "processor" | "joint-controller" | "controller" | undefined;
        purpose?: import("./spec.js").Text | undefined;
        transfer?: import("./spec.js").Text | undefined;
        retention?: import("./spec.js").Text | undefined;
        arrangement?: import("./spec.js").Text | undefined;
        hosts?: string[] | undefined;
        cookieless?: boolean | undefined;
    }, {
        category: string;
        id: string;
        name?: import("./spec.js").Text | undefined;
        preset?: string | undefined;
        policyUrl?: string | undefined;
        legalBasis?: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests" | undefined;
        provider?: string | undefined;
        role?: "processor" | "joint-controller" | "controller" | undefined;
        purpose?: import("./spec.js").Text | undefined;
        cookies?: {
            name: string;
            pattern?: string | undefined;
            duration?: import("./spec.js").Text | undefined;
        }[] | undefined;
        transfer?: import("./spec.js").Text | undefined;
        retention?: import("./spec.js").Text | undefined;
        arrangement?: import("./spec.js").Text | undefined;
        hosts?: string[] | undefined;
        cookieless?: boolean | undefined;
    }>, "default">;
    readonly purposes: import("./spec.js").Field<import("./spec.js").ListKind<{
        title: import("./spec.js").Text;
        legalBasis: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";
        retention?: import("./spec.js").Text | undefined;
        data?: import("./spec.js").Text | undefined;
        recipients?: import("./spec.js").Text | undefined;
    }, {
        title: import("./spec.js").Text;
        legalBasis: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";
        retention?: import("./spec.js").Text | undefined;
        data?: import("./spec.js").Text | undefined;
        recipients?: import("./spec.js").Text | undefined;
    }>, "default">;
    readonly rights: import("./spec.js").Field<import("./spec.js").ListKind<"access" | "rectification" | "erasure" | "restriction" | "portability" | "objection" | "withdraw" | "complaint", "access" | "rectification" | "erasure" | "restriction" | "portability" | "objection" | "withdraw" | "complaint">, "default">;
    readonly proof: import("./spec.js").Field<import("./spec.js").ObjectKind<{
        readonly endpoint: import("./spec.js").Field<import("./spec.js").StringKind, "required">;
    }>, "optional">;
    readonly cookie: import("./spec.js").Field<import("./spec.js").ObjectKind<{
        readonly name: import("./spec.js").Field<import("./spec.js").StringKind, "default">;
        readonly domain: import("./spec.js").Field<import("./spec.js").StringKind, "default">;
        readonly path: import("./spec.js").Field<import("./spec.js").StringKind, "default">;
        readonly sameSite: import("./spec.js").Field<import("./spec.js").OneOfKind<"Lax" | "Strict" | "None">, "default">;
        readonly expiresAfterDays: import("./spec.js").Field<import("./spec.js").IntegerKind, "default">;
    }>, "default">;
    readonly authority: import("./spec.js").Field<import("./spec.js").ObjectKind<{
        readonly name: import("./spec.js").Field<import("./spec.js").StringKind, "required">;
        readonly url: import("./spec.js").Field<import("./spec.js").StringKind, "optional">;
    }>, "default">;
    readonly gpc: import("./spec.js").Field<import("./spec.js").OneOfKind<"honor" | "ignore">, "default">;
    readonly googleConsentMode: import("./spec.js").Field<import("./spec.js").SwitchKind<{
        readonly mode: import("./spec.js").Field<import("./spec.js").OneOfKind<"basic" | "advanced">, "default">;
        readonly region: import("./spec.js").Field<import("./spec.js").ListKind<string, string>, "optional">;
        readonly waitForUpdate: import("./spec.js").Field<import("./spec.js").IntegerKind, "default">;
        readonly urlPassthrough: import("./spec.js").Field<import("./spec.js").BooleanKind, "optional">;
        readonly adsDataRedaction: import("./spec.js").Field<import("./spec.js").BooleanKind, "optional">;
    }>, "default">;
    readonly autoBlock: import("./spec.js").Field<import("./spec.js").SwitchKind<{
        readonly trackers: import("./spec.js").Field<import("./spec.js").ListKind<{
            service: string;
            category: string;
            host: string;
            path?: string | undefined;
        }, {
            service: string;
            category: string;
            host: string;
            path?: string | undefined;
        }>, "default">;
        readonly frames: import("./spec.js").Field<import("./spec.js").ListKind<string, string>, "optional">;
    }>, "default">;
    readonly reloadOnWithdraw: import("./spec.js").Field<import("./spec.js").BooleanKind, "default">;
    readonly theme: import("./spec.js").Field<import("./spec.js").OneOfKind<"auto" | "light" | "dark">, "default">;
    readonly $schema: import("./spec.js").Field<import("./spec.js").IgnoredKind, "checked">;
    readonly validated: import("./spec.js").Field<import("./spec.js").IgnoredKind, "checked">;
}>;
/** The names of the notice's text fields (`summary`, `title`, `name`, `purpose`, …), each once. */
export declare const TEXTS: string[];
/**
 * What a site owner writes: the notice before defaults (the argument of `init()`). Written out
 * with a doc comment on every field (input.generated.ts, from this table and the descriptions);
 * types.check.ts proves it equal to `InputOf<typeof NOTICE>`.
 */
export type { NoticeInput } from './input.generated.js';
/** The notice after validation, every default filled in. */
export type Config = OutputOf<typeof NOTICE>;
/** Who is responsible for the processing (`controller`): name, organisation number, contacts. */
export type Controller = Config['controller'];
/** A category of the notice (`categories.<id>`): its title and description. */
export type Category = Config['categories'][string];
/** A service of the notice (`services[i]`): who, what for, which cookies, where data goes. */
export type Service = Config['services'][number];
/** A cookie a service sets (`services[i].cookies[j]`): shown to the visitor, deleted on withdrawal. */
export type ServiceCookie = Service['cookies'][number];
/** A purpose of the wider notice summary (GDPR art. 13), shown on the second layer. */
export type Purpose = Config['purposes'][number];
/** A legal basis of GDPR art. 6(1). */
export type LegalBasis = (typeof LEGAL_BASES)[number];
/** A service provider's role: processor, joint controller, or an independent controller. */
export type Role = (typeof ROLES)[number];
/** A data subject's right the notice lists (`rights`). */
export type Right = (typeof defaults.ALL_RIGHTS)[number];
/** Where the decision cookie is kept (`cookie`). */
export type CookieOptions = Config['cookie'];
/** Google Consent Mode v2 settings (`googleConsentMode`, SPEC §6). */
export type ConsentModeOptions = Exclude<Config['googleConsentMode'], false>;
/** A tracker pattern the notice adds to (or re-maps in) the built-in auto-blocking list. */
export type TrackerRule = Exclude<Config['autoBlock'], false>['trackers'][number];
/** One problem `validate()` found. */
export interface ValidationProblem {
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
export interface ValidationResult {
    /** The config with defaults filled in; null when there are errors. */
    config: Config | null;
    /** Problems that make the widget fail closed. */
    errors: ValidationProblem[];
    /** Problems worth fixing that do not stop the widget (mostly what GDPR art. 13 asks for). */
    warnings: ValidationProblem[];
}
