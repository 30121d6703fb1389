/**
 * What must happen before any other script runs (SPEC §1): read the stored decision, send the
 * Consent Mode default (and the update for a returning visitor), start auto-blocking and
 * activate already-granted gates. This is all of `samtykke-guard.js`; the full bundle runs the
 * same code when no guard ran, or adopts the guard's `Early` when one did (one observer, one
 * `default`, one activation).
 *
 * The guard reads the raw notice leniently (guard.ts) and passes it here in the shape of a
 * validated `Config`; the full bundle passes the validated one.
 */
import { readConsent } from './cookie.js';
import { consentDefault, consentUpdate } from './consent-mode.js';
import { createGates, type Gates } from './gate.js';
import { isCurrent, isGranted, type Notice } from './store.js';
import { GOOGLE_SERVICES, parseTrackers } from './trackers.js';
import type { Config, Consent, ConsentModeOptions, CookieOptions, TrackerRule } from '../types.js';

export interface EarlyConfig extends Notice {
  cookie: CookieOptions;
  consentMode: false | ConsentModeOptions;
  rules: TrackerRule[];
}

export interface Early {
  /** The current decision (valid for this notice), or null. */
  consent: Consent | null;
  /** What the cookie held even if stale: its id is kept for the next decision. */
  stored: Consent | null;
  /** True when no valid notice is known: nothing is granted, whatever `consent` says. */
  closed: boolean;
  config: EarlyConfig | null;
  gates: Gates;
  granted(category: string, service?: string): boolean;
  /** Reads the cookie again (another tab may have decided). */
  reload(): void;
}

/** The notice parts `earlyConfig` reads: a validated `Config`, or the guard's lenient reading. */
export type NoticeParts = Pick<Config, 'revision' | 'categories' | 'services' | 'cookie' | 'googleConsentMode' | 'autoBlock'>;

/** The parts of a notice the guard needs. */
export function earlyConfig(c: NoticeParts): EarlyConfig {
  const services: Record<string, string> = {};
  for (const s of c.services) {
    // A service in a category the notice does not have stays out: nothing may grant it.
    if (s.category in c.categories || s.category === 'necessary') services[s.id] = s.category;
  }
  const consentMode = c.googleConsentMode;
  const a = c.autoBlock;
  // The notice's own rules first (first match wins), then the built-in list, re-mapped to the
  // notice's category where it lists the same service id. Hosts in lower case, as URLs give them
  // (the guard's notice is not validated: a host that is no string throws, and nothing opens).
  let rules: TrackerRule[] = a
    ? [...a.trackers, ...parseTrackers()].map((r) => ({ ...r, host: r.host.toLowerCase(), category: services[r.service] || r.category }))
    : [];
  if (consentMode && consentMode.mode === 'advanced') rules = rules.filter((r) => !GOOGLE_SERVICES.includes(r.service));
  return {
    revision: c.revision,
    categories: ['necessary', ...Object.keys(c.categories).filter((id) => id !== 'necessary')],
    services,
    expiresAfterDays: c.cookie.expiresAfterDays,
    cookie: c.cookie,
    consentMode,
    rules,
  };
}

export function startEarly(config: EarlyConfig | null, nonce?: string): Early {
  // consent and stored come from reload(), gates just below.
  const early = {
    closed: !config,
    config,
    granted: (c, s) => !early.closed && isGranted(early.consent, c, s),
    reload() {
      const cfg = early.config;
      early.stored = cfg && readConsent(cfg.cookie);
      early.consent = cfg && isCurrent(early.stored, cfg, Date.now()) ? early.stored : null;
    },
  } as Early;
  early.reload();
  const gcm = config ? config.consentMode : { mode: 'basic' as const, waitForUpdate: 500 };
  if (gcm) {
    consentDefault(gcm);
    if (early.consent) consentUpdate(early.consent);
  }
  early.gates = createGates({
    granted: early.granted,
    nonce,
    rules: config ? config.rules : parseTrackers(),
  });
  early.gates.scan();
  return early;
}
