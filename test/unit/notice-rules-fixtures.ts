// The complete notice and the rule messages shared by the notice-rules-*.test.ts files.
import { validate } from '../../src/widget/notice/validate.js';
import type { Raw } from './notice-fixtures.js';

/** A complete notice: nothing to refuse, nothing to warn about. Each rule tested breaks it once. */
const complete = (): Raw => ({
  revision: '1',
  controller: { name: 'Eksempel AS', email: 'post@eksempel.no' },
  summary: { nb: 'Vi bruker statistikk bare hvis du sier ja.', en: 'We use statistics only if you say yes.' },
  categories: { analytics: {}, marketing: {} },
  services: [
    { id: 'login', category: 'necessary', cookies: [{ name: 'session', duration: 'until you log out' }] },
    { id: 'google-analytics', category: 'analytics', cookies: [{ name: '_ga', duration: '2 years' }] },
    { id: 'plausible', category: 'analytics', cookieless: true },
  ],
  purposes: [
    { title: 'Statistics', legalBasis: 'consent' },
    { title: 'Security', legalBasis: 'legitimate-interests' },
  ],
});

/** Apply `mutate` to a fresh complete notice and validate it. */
export const run = (mutate: (c: Raw) => void) => {
  const c = complete();
  mutate(c);
  return validate(c);
};

export const CONSENT_RULE = "trackers need the visitor's consent (ekomloven § 3-15)";
export const COOKIE_RULE =
  "cookies that are not strictly necessary need the visitor's consent (ekomloven § 3-15, ePrivacy art. 5(3))";
export const byUse = (claim: string) =>
  `says that using the site is consent ("${claim}"). Consent must be a clear, active choice (GDPR art. 4(11) and 7; ekomloven § 3-15), and using or browsing a site is not one. Remove that sentence: samtykke asks the visitor.`;
