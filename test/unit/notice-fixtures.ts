// Notices and expected messages shared by the validator's unit tests (config-*.test.ts).
import { validate } from '../../src/widget/notice/validate.js';

export type Raw = any;

/** [what, mutation, path, message]: a notice mistake and the exact error it must yield. */
export type InvalidCase = [string, (c: Raw) => void, string, string];

/** The smallest valid notice with nothing to warn about (a controller needs a contact channel). */
export const minimal = (): Raw => ({
  revision: '1',
  controller: { name: 'Eksempel AS', email: 'post@eksempel.no' },
  categories: { analytics: {} },
  // Without it the controller cannot show consent (GDPR art. 7(1)): a warning since SPEC §3 was amended.
  proof: { endpoint: '/consent-proofs' },
});

/** A realistic notice, like SPEC §3's example. */
export const FULL = `{
  "revision": "2024-06-17",
  "language": "auto",
  "controller": {
    "name": "Mestergruppen Eiendom AS",
    "orgNumber": "974451204",
    "address": "Nils Hansens vei 8, 0667 Oslo",
    "email": "personvern@mestergruppen.no",
    "phone": "+47 22 00 00 00", "dpoEmail": "dpo@mestergruppen.no",
    "policyUrl": "https://mestergruppen.no/personvern"
  },
  "summary": { "nb": "Vi bruker informasjonskapsler.", "en": "We use cookies." },
  "categories": {
    "necessary":  { "title": { "nb": "Nødvendige", "en": "Necessary" }, "description": "Always on." },
    "analytics":  { "title": { "nb": "Statistikk", "en": "Analytics" }, "description": { "nb": "Måling", "en": "Measurement" } },
    "marketing":  { "title": "Marketing" },
    "profiling":  { "title": "Profiling" }
  },
  "services": [{
    "id": "google-analytics", "category": "analytics",
    "name": "Google Analytics 4", "provider": "Google Ireland Ltd.",
    "purpose": { "nb": "Besøksstatistikk", "en": "Visitor statistics" }, "legalBasis": "consent",
    "cookies": [{ "name": "_ga", "duration": { "nb": "2 år", "en": "2 years" } },
                { "name": "_ga_<id>", "pattern": "^_ga_.+$", "duration": "2 years" }],
    "transfer": "USA (EU-US Data Privacy Framework)", "retention": "14 months",
    "policyUrl": "https://policies.google.com/privacy"
  }, {
    "id": "meta-pixel", "category": "marketing", "name": "Meta Pixel", "provider": "Meta Platforms Ireland Ltd.",
    "role": "joint-controller", "preset": "meta-pixel@1", "hosts": ["connect.facebook.net"],
    "cookies": [{ "name": "_fbp", "duration": "3 months" }], "retention": "2 years",
    "arrangement": "We and Meta are joint controllers for collecting and sending the data; Meta answers for what it does with it afterwards."
  }],
  "purposes": [{
    "title": { "nb": "Statistikk", "en": "Statistics" }, "legalBasis": "consent",
    "data": "Pages visited", "retention": "14 months", "recipients": "Google"
  }, { "title": "Contract", "legalBasis": "contract", "retention": "5 years (bookkeeping act)" }],
  "rights": ["access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw", "complaint"],
  "authority": { "name": "Datatilsynet", "url": "https://www.datatilsynet.no" },
  "proof":  { "endpoint": "https://example.no/api/consent-proofs" },
  "cookie": { "name": "samtykke", "domain": "", "path": "/", "sameSite": "Lax", "expiresAfterDays": 180 },
  "gpc": "honor",
  "googleConsentMode": { "mode": "advanced", "region": ["NO"], "waitForUpdate": 500 },
  "autoBlock": true,
  "reloadOnWithdraw": true
}`;

/** Apply `mutate` to a fresh minimal notice and validate it. */
export const run = (mutate: (c: Raw) => void) => {
  const c = minimal();
  mutate(c);
  return validate(c);
};

/** A plain copy: the output maps have no prototype, toEqual compares own enumerable keys. */
export const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

export const svc = (extra: Raw) => [{ id: 'ga', category: 'analytics', ...extra }];
export const ORG_MSG =
  'fails the Norwegian mod-11 check: look the number up in the Register of Legal Entities (brreg.no) and correct it.';
export const NO_CONTACT_MSG =
  'gives no way to reach the controller. GDPR art. 13(1)(a) asks for contact details: add "email", "phone" or "address".';
export const unknownCategory = (id: string, known: string[]) =>
  `refers to unknown category "${id}"; nothing can grant this service. Add "${id}" to categories, or use one of ${known.map((k) => `"${k}"`).join(', ')}.`;
export const noCookies = (service: string) =>
  `lists no cookies for ${service === 'this service' ? service : `"${service}"`}. Name what it stores in the browser, each with a duration (GDPR art. 13(2)(a)), or set "cookieless": true if it stores and reads nothing there.`;
export const LEGAL_MSG = 'must be one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests';
export const URL_MSG = 'must be an http(s) or relative URL';
export const TEXT_MSG = 'must be a string or a non-empty map of language → string';
export const CAT_ID_MSG = 'must be a-z, 0-9, "_" or "-", starting with a-z (at most 40)';
