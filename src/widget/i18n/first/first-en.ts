import type { FirstStrings } from '../strings.js';

/**
 * English: the first layer's words only, a file of their own so a first visit fetches
 * these and no other language's (the rest of the table is ../en.ts, which spreads these in).
 */
export const firstEn: FirstStrings = {
  region: 'Cookies and privacy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  choose: 'Choose',
  heading: '{controller}: cookies',
  summary:
    '{controller} would like to use cookies and similar technologies for {purposes}. This only happens if you say yes. Necessary cookies are always on.',
  thirdParties: 'If you say yes, these third parties receive data about you: {providers}.',
  changeAnyTime: 'You can change your choice at any time under “Privacy choices”.',
  fullNotice: 'Read the full privacy notice',
  saved: 'Your choices are saved',
};
