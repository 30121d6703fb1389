/**
 * Vendors told the choice (the catalogue's `consentApi`): Microsoft Clarity, Microsoft UET, the
 * Meta Pixel, the TikTok Pixel and Matomo have consent APIs of their own, as Google has Consent
 * Mode. Blocking their code is not enough once it has run: a withdrawal without a reload would
 * leave each of them believing it still has consent. So each is told the decision at start-up,
 * on every change, and again when its code arrives later (a script held until consent).
 *
 * Only code already on the page is told: the vendor's global must exist (its snippet's stub or
 * its library). Nothing here ever defines a vendor's global, so nothing queues for, or loads, a
 * vendor that is blocked or absent. The calls are this file's code; the catalogue only names the
 * adapter (no code in data).
 */
import type { Consent } from '../types.js';
import type { GateOptions } from './gate.js';
import type { RuntimeNotice } from './notice.js';
import { isGranted } from './store.js';
import { KNOWN_TRACKERS } from './trackers.js';
import { CONSENT_APIS } from './vendors.generated.js';

/** A vendor's global, as its snippet or library defines it. */
type VendorGlobal = ((...args: unknown[]) => unknown) & Record<string, (...args: unknown[]) => unknown>;

/**
 * An adapter: the vendor's global, and the call that tells it. `granted`: the vendor's service
 * is; `grants`: every adapter's verdict (Clarity's ad_Storage is Microsoft Advertising's, UET's).
 */
type Adapter = [global: string, tell: (target: VendorGlobal, granted: boolean, grants: Record<string, boolean>) => unknown];

const storage = (granted: boolean) => (granted ? 'granted' : 'denied');

const ADAPTERS: Record<string, Adapter> = {
  // learn.microsoft.com/clarity/clarity-consent-api-v2 (the casing is Microsoft's).
  'microsoft-clarity': [
    'clarity',
    (clarity, granted, grants) =>
      clarity('consentv2', { ad_Storage: storage(granted && grants['microsoft-uet']), analytics_Storage: storage(granted) }),
  ],
  // UET Consent Mode: one signal, ad_storage, pushed as three items.
  'microsoft-uet': ['uetq', (uetq, granted) => uetq.push('consent', 'update', { ad_storage: storage(granted) })],
  // developers.facebook.com/docs/meta-pixel/implementation/gdpr
  'meta-pixel': ['fbq', (fbq, granted) => fbq('consent', granted ? 'grant' : 'revoke')],
  // The pixel's base code registers grantConsent and revokeConsent on ttq.
  // An older snippet's stub lacks them: its library is told once it is here (a new global).
  'tiktok-pixel': ['ttq', (ttq, granted) => ttq[granted ? 'grantConsent' : 'revokeConsent']?.()],
  // developer.matomo.org/guides/tracking-consent: consent for this page view only (Matomo keeps
  // no cookie of it; the decision cookie is the memory); forgetting also requires consent again.
  matomo: ['_paq', (paq, granted) => paq.push([granted ? 'setConsentGiven' : 'forgetConsentGiven'])],
};

/**
 * Each adapter's verdict for a decision: granted when a service of it that the notice declares
 * (by its catalogue id, as a preset expands) is granted; for one the notice does not declare,
 * its catalogue category.
 */
export function vendorGrants(consent: Consent | null, notice: RuntimeNotice): Record<string, boolean> {
  const grants: Record<string, boolean> = {};
  for (const id in CONSENT_APIS) {
    const category = notice.services[id];
    if (category) grants[CONSENT_APIS[id]] ||= isGranted(consent, category, id);
  }
  for (const id in CONSENT_APIS) {
    // The category auto-blocking holds the service's code as (the catalogue's).
    const category = KNOWN_TRACKERS.find((rule) => rule.service === id)?.category;
    grants[CONSENT_APIS[id]] ??= !!category && isGranted(consent, category);
  }
  return grants;
}

export interface Vendors {
  /**
   * Tells every vendor whose code is on the page this decision (none yet: refused, the default
   * the vendors ask for before their code runs); what each was told is not repeated.
   */
  tell(consent: Consent | null): void;
}

export function createVendors(notice: RuntimeNotice): Vendors {
  /**
   * What each vendor's global was told last: the global itself, and every verdict (Clarity's
   * call depends on UET's too).
   */
  const told: Record<string, [unknown, string]> = {};
  return {
    tell(consent) {
      const grants = vendorGrants(consent, notice);
      const verdicts = String(Object.values(grants));
      for (const api in ADAPTERS) {
        const [name, call] = ADAPTERS[api];
        const target = (window as unknown as Record<string, VendorGlobal | undefined>)[name];
        const last = told[api];
        // Not on the page, or already told this on this very global.
        if (!target || (last && last[0] === target && last[1] === verdicts)) continue;
        call(target, grants[api], grants);
        told[api] = [target, verdicts];
      }
    },
  };
}

/**
 * Tells the vendors the current decision now, once the page's own snippets have run (`parsed`:
 * begin.ts `domReady`; each vendor's snippet defines its global inline, before its library
 * loads), and whenever a script the gates held has run (an inline one at once, one with a src
 * once loaded): a vendor whose code arrives after the decision learns it too.
 */
export function watchVendors(
  vendors: Vendors,
  current: () => Consent | null,
  gates: GateOptions,
  parsed: (run: () => void) => void,
): void {
  const tell = () => vendors.tell(current());
  tell();
  parsed(tell);
  gates.onActivated = (script) => (script.addEventListener('load', tell), tell());
}
