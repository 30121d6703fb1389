/**
 * The notice's default values (SPEC §3), written once. The schema refers to them, and the fast
 * path reads them directly: this module must stay plain data and import nothing, because every
 * page view downloads it.
 */

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** The decision cookie (`cookie`). */
export const COOKIE_DEFAULTS = {
  name: 'samtykke',
  domain: '',
  path: '/',
  sameSite: 'Lax',
  expiresAfterDays: 180,
} as const;

/** Google Consent Mode (`googleConsentMode: true` or an object). */
export const CONSENT_MODE_DEFAULTS = { mode: 'basic', waitForUpdate: 500 } as const;
