import type { NoticeInput } from 'samtykke';

/** The notice of the test app: one analytics service, one embedded video. */
export const notice: NoticeInput = {
  revision: '2026-12-01',
  language: 'en',
  controller: { name: 'Eksempel AS', email: 'personvern@eksempel.no' },
  categories: {
    necessary: { title: 'Necessary' },
    analytics: { title: 'Statistics' },
    marketing: { title: 'Marketing' },
  },
  services: [
    { id: 'stats', category: 'analytics', name: 'Stats', cookieless: true },
    { id: 'youtube', category: 'marketing', name: 'YouTube', cookieless: true },
  ],
  googleConsentMode: false,
  reloadOnWithdraw: false,
};
