/**
 * The notice's default values (SPEC §3), written once. The schema refers to them, and the fast
 * path reads them directly: this module must stay plain data and import nothing, because every
 * page view downloads it.
 */
/** One day in milliseconds. */
export declare const DAY_MS = 86400000;
/** The decision cookie (`cookie`). */
export declare const COOKIE_DEFAULTS: {
    readonly name: "samtykke";
    readonly domain: "";
    readonly path: "/";
    readonly sameSite: "Lax";
    readonly expiresAfterDays: 180;
};
/** Google Consent Mode (`googleConsentMode: true` or an object). */
export declare const CONSENT_MODE_DEFAULTS: {
    readonly mode: "basic";
    readonly waitForUpdate: 500;
};
