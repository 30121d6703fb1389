/**
 * Every default of the notice (SPEC §3), written once. The schema (schema.ts) fills absent fields
 * from these, and code that must run before the validator (the fast path in `<head>`) reads the
 * few it needs from here, so both always agree.
 *
 * Plain constants only: this module imports nothing and runs nothing, so the fast path can import
 * it for a handful of bytes.
 */
/** One day, in milliseconds (cookie ages, decision expiry, receipt `expiresAt`). */
export const ONE_DAY_MS = 24 * 60 * 60 * 1000;
/** `language`: "auto" follows `<html lang>`, then `navigator.languages`. */
export const DEFAULT_LANGUAGE = 'auto';
/** `services[].legalBasis` when a service names none: cookies outside `necessary` need consent. */
export const DEFAULT_LEGAL_BASIS = 'consent';
/** `rights`: every right of GDPR art. 15–22 and 77, in the order the notice lists them. */
export const ALL_RIGHTS = [
    'access',
    'rectification',
    'erasure',
    'restriction',
    'portability',
    'objection',
    'withdraw',
    'complaint',
];
/** `authority`: the Norwegian supervisory authority. */
export const DEFAULT_AUTHORITY = { name: 'Datatilsynet', url: 'https://www.datatilsynet.no' };
/** `cookie`: where the visitor's decision is kept, and for how long. */
export const DEFAULT_COOKIE = {
    name: 'samtykke',
    domain: '',
    path: '/',
    sameSite: 'Lax',
    expiresAfterDays: 180,
};
/**
 * A decision older than this is no longer a fair basis to rely on: regulators expect visitors to
 * be asked again within about 13 months. Longer lifetimes are allowed, with a warning.
 */
export const LONGEST_ADVISED_DAYS = 395;
/** `googleConsentMode`: on, in Google's "basic" mode, waiting 500 ms for an update (SPEC §6). */
export const DEFAULT_GOOGLE_CONSENT_MODE = true;
export const DEFAULT_CONSENT_MODE = { mode: 'basic', waitForUpdate: 500 };
/** `gpc`: a Global Privacy Control signal counts as a refusal (SPEC §4). */
export const DEFAULT_GPC = 'honor';
/** `autoBlock`: known trackers are held back with no markup change (SPEC §2). */
export const DEFAULT_AUTO_BLOCK = true;
/** `reloadOnWithdraw`: code that already ran cannot be unloaded, so withdrawal reloads. */
export const DEFAULT_RELOAD_ON_WITHDRAW = true;
/** `theme`: "auto" follows `prefers-color-scheme`. */
export const DEFAULT_THEME = 'auto';
