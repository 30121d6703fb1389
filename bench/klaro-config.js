// klaro 0.7.22, configured like bench/samtykke-config.json: the same categories (klaro's
// "purposes"), the same Google Analytics service, the same English texts.
window.klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  storageName: 'klaro',
  cookieExpiresAfterDays: 180,
  lang: 'en',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  showNoticeTitle: true,
  noticeAsModal: false,
  purposeOrder: ['analytics', 'marketing'],
  translations: {
    en: {
      privacyPolicyUrl: '/privacy',
      privacyPolicy: { name: 'Read the full privacy notice', text: '{privacyPolicy}' },
      consentNotice: {
        title: 'Nordlys Media AS',
        description:
          'Nordlys Media AS would like to use cookies and similar technologies for: Statistics and Marketing. This only happens if you consent, and you can change your mind at any time. Necessary cookies are always on. {privacyPolicy}',
        learnMore: 'Choose',
      },
      ok: 'Accept all',
      acceptAll: 'Accept all',
      decline: 'Reject all',
      acceptSelected: 'Save choices',
      close: 'Close',
      consentModal: { title: 'Privacy settings', description: 'Choose what you allow. Necessary cookies are always on.' },
      purposes: {
        analytics: { title: 'Statistics', description: 'Counting visits and reading times, so we know which articles are read.' },
        marketing: { title: 'Marketing', description: 'Measuring our advertising campaigns and showing relevant ads.' },
      },
      'google-analytics': { title: 'Google Analytics 4', description: 'Visit statistics.' },
    },
  },
  services: [
    {
      name: 'google-analytics',
      title: 'Google Analytics 4',
      purposes: ['analytics'],
      cookies: [/^_ga(_.*)?$/],
      required: false,
      optOut: false,
      onlyOnce: true,
    },
  ],
};
