/**
 * Every default of the notice (SPEC §3), written once. The schema (schema.ts) fills absent fields
 * from these, and code that must run before the validator (the fast path in `<head>`) reads the
 * few it needs from here, so both always agree.
 *
 * Plain constants only: this module imports nothing and runs nothing, so the fast path can import
 * it for a handful of bytes.
 */
/** One day, in milliseconds (cookie ages, decision expiry, receipt `expiresAt`). */
export declare const ONE_DAY_MS: number;
/** `language`: "auto" follows `<html lang>`, then `navigator.languages`. */
export declare const DEFAULT_LANGUAGE = "auto";
/** `services[].legalBasis` when a service names none: cookies outside `necessary` need consent. */
export declare const DEFAULT_LEGAL_BASIS = "consent";
/** `rights`: every right of GDPR art. 15–22 and 77, in the order the notice lists them. */
export declare const ALL_RIGHTS: readonly ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw", "complaint"];
/** `authority`: the Norwegian supervisory authority. */
export declare const DEFAULT_AUTHORITY: {
    readonly name: "Datatilsynet";
    readonly url: "https://www.datatilsynet.no";
};
/** `cookie`: where the visitor's decision is kept, and for how long. */
export declare const DEFAULT_COOKIE: {
    readonly name: "samtykke";
    readonly domain: "";
    readonly path: "/";
    readonly sameSite: "Lax";
    readonly expiresAfterDays: 180;
};
/**
 * A decision older than this is no longer a fair basis to rely on: regulators expect visitors to
 * be asked again within about 13 months. Longer lifetimes are allowed, with a warning.
 */
export declare const LONGEST_ADVISED_DAYS = 395;
/** `googleConsentMode`: on, in Google's "basic" mode, waiting 500 ms for an update (SPEC §6). */
export declare const DEFAULT_GOOGLE_CONSENT_MODE = true;
export declare const DEFAULT_CONSENT_MODE: {
    readonly mode: "basic";
    readonly waitForUpdate: 500;
};
/** `gpc`: a Global Privacy Control signal counts as a refusal (SPEC §4). */
export declare const DEFAULT_GPC = "honor";
/** `autoBlock`: known trackers are held back with no markup change (SPEC §2). */
export declare const DEFAULT_AUTO_BLOCK = true;
/** `reloadOnWithdraw`: code that already ran cannot be unloaded, so withdrawal reloads. */
export declare const DEFAULT_RELOAD_ON_WITHDRAW = true;
/** `theme`: "auto" follows `prefers-color-scheme`. */
export declare const DEFAULT_THEME = "auto";
