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
    {
      id: 'login',
      category: 'necessary',
      cookies: [{ name: 'session', duration: 'until you log out' }],
      retention: 'until you log out',
    },
    { id: 'google-analytics', category: 'analytics', cookies: [{ name: '_ga', duration: '2 years' }], retention: '14 months' },
    { id: 'plausible', category: 'analytics', cookieless: true, retention: '2 years, without personal data' },
  ],
  purposes: [
    { title: 'Statistics', legalBasis: 'consent', retention: '14 months' },
    { title: 'Security', legalBasis: 'legitimate-interests', retention: '30 days' },
  ],
  // GDPR art. 7(1): decisions are logged, so the controller can show consent.
  proof: { endpoint: '/consent-proofs' },
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
/** The message for `sentence`, which claims consent by `use` … `claim` (`use` null: an assumption alone). */
export const byUse = (sentence: string, use: string | null, claim: string) =>
  `"${sentence}" claims consent by use ${use ? `("${use}" … "${claim}")` : `("${claim}")`}: consent must be a clear, active choice (GDPR art. 4(11) and 7; ekomloven § 3-15), and using, browsing, scrolling or closing a site is not one. Remove that sentence: samtykke asks the visitor.`;
