// vanilla-cookieconsent 3.1.0, configured like bench/samtykke-config.json: the same categories,
// the same Google Analytics service, the same English texts.
CookieConsent.run({
  // The benchmark's browser is automated (navigator.webdriver): without this the banner never shows.
  hideFromBots: false,
  cookie: { name: 'cc_cookie', expiresAfterDays: 180 },
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {
      autoClear: { cookies: [{ name: /^_ga/ }] },
      services: { 'google-analytics': { label: 'Google Analytics 4' } },
    },
    marketing: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Nordlys Media AS',
          description:
            'Nordlys Media AS would like to use cookies and similar technologies for: Statistics and Marketing. This only happens if you consent, and you can change your mind at any time. Necessary cookies are always on. <a href="/privacy">Read the full privacy notice</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Choose',
        },
        preferencesModal: {
          title: 'Privacy settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            {
              title: 'Necessary',
              description: 'Needed for the site to work: security, load balancing and remembering your choices here.',
              linkedCategory: 'necessary',
            },
            {
              title: 'Statistics',
              description: 'Counting visits and reading times, so we know which articles are read.',
              linkedCategory: 'analytics',
              cookieTable: {
                headers: { name: 'Cookie', duration: 'Duration' },
                body: [
                  { name: '_ga', duration: '2 years' },
                  { name: '_ga_<id>', duration: '2 years' },
                ],
              },
            },
            {
              title: 'Marketing',
              description: 'Measuring our advertising campaigns and showing relevant ads.',
              linkedCategory: 'marketing',
            },
          ],
        },
      },
    },
  },
});
