// A few catalogue entries in the catalogue's format (catalogue/schema.json), written for the scan's
// unit tests so they do not depend on the facts of the real entries; and an expansion that does
// what the catalogue's expandPreset does with the fields the scan reads.
const t = (en) => ({ nb: en, nn: en, en });

/** @type {import('../../src/catalogue/types.js').CatalogueEntry[]} */
export const ENTRIES = [
  {
    id: 'google-analytics',
    version: 2,
    name: 'Google Analytics 4',
    provider: { name: 'Google Ireland Ltd.', country: 'IE' },
    role: 'processor',
    category: 'analytics',
    purpose: t('Statistics'),
    cookies: [
      { name: '_ga', storage: 'cookie', party: 'first', duration: t('2 years') },
      { name: '_ga_<container-id>', pattern: '^_ga_.+$', storage: 'cookie', party: 'first', duration: t('2 years') },
    ],
    block: [
      { host: 'googletagmanager.com', path: '/gtag/js', query: { id: '^G-' }, kind: ['script'] },
      { host: 'google-analytics.com', kind: ['request'] },
    ],
    policyUrl: 'https://policies.google.com/privacy',
    sources: [],
  },
  {
    id: 'google-ads',
    version: 1,
    name: 'Google Ads',
    provider: { name: 'Google Ireland Ltd.' },
    category: 'marketing',
    purpose: t('Ads'),
    cookies: [{ name: '_gcl_au', storage: 'cookie', party: 'first', duration: t('90 days') }],
    block: [
      { host: 'googletagmanager.com', path: '/gtag/js', query: { id: '^(AW|DC)-' }, kind: ['script'] },
      { host: 'doubleclick.net', kind: ['pixel'] },
    ],
    policyUrl: 'https://policies.google.com/privacy',
    sources: [],
  },
  {
    id: 'google-tag-manager',
    version: 1,
    name: 'Google Tag Manager',
    provider: { name: 'Google Ireland Ltd.' },
    category: 'analytics',
    purpose: t('Tags'),
    cookies: [],
    cookieless: true,
    block: [{ host: 'googletagmanager.com', kind: ['script'] }],
    policyUrl: 'https://policies.google.com/privacy',
    sources: [],
  },
  {
    id: 'meta-pixel',
    version: 1,
    name: 'Meta Pixel',
    provider: { name: 'Meta Platforms Ireland Ltd.' },
    role: 'joint-controller',
    category: 'marketing',
    purpose: t('Ads'),
    cookies: [{ name: '_fbp', storage: 'cookie', party: 'first', duration: t('3 months') }],
    block: [
      { host: 'connect.facebook.net', kind: ['script'] },
      { host: 'facebook.com', path: '/tr', kind: ['pixel'] },
    ],
    policyUrl: 'https://www.facebook.com/privacy/policy/',
    sources: [],
  },
  {
    id: 'youtube',
    version: 1,
    name: 'YouTube',
    provider: { name: 'Google Ireland Ltd.' },
    category: 'marketing',
    purpose: t('Videos'),
    cookies: [{ name: 'VISITOR_INFO1_LIVE', storage: 'cookie', party: 'third', duration: t('6 months') }],
    block: [
      { host: 'youtube.com', kind: ['frame'] },
      { host: 'youtube-nocookie.com', kind: ['frame'] },
    ],
    policyUrl: 'https://policies.google.com/privacy',
    sources: [],
  },
  {
    id: 'hotjar',
    version: 1,
    name: 'Hotjar',
    provider: { name: 'Hotjar Ltd.' },
    category: 'analytics',
    purpose: t('Heatmaps'),
    cookies: [
      {
        name: '_hjSessionUser_<site-id>',
        pattern: '^_hjSessionUser_\\d+$',
        storage: 'cookie',
        party: 'first',
        duration: t('1 year'),
      },
    ],
    block: [
      { host: 'hotjar.com', kind: ['script'] },
      { host: 'hotjar.io', kind: ['request'] },
    ],
    policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    sources: [],
  },
  {
    id: 'matomo',
    version: 1,
    name: 'Matomo',
    provider: { name: 'InnoCraft Ltd.' },
    category: 'analytics',
    purpose: t('Statistics'),
    selfHosted: true,
    cookies: [{ name: '_pk_id.<id>', pattern: '^_pk_id\\..+$', storage: 'cookie', party: 'first', duration: t('13 months') }],
    block: [{ host: '*', path: '/matomo.js', kind: ['script'] }],
    policyUrl: 'https://matomo.org/privacy-policy/',
    sources: [],
  },
];

/** `{ preset: id }` → a notice service, as the catalogue expands it (the fields the scan relies on). */
export function expandPreset({ preset }) {
  const e = ENTRIES.find((x) => x.id === preset);
  if (!e) throw new Error(`no catalogue entry "${preset}"`);
  return {
    id: e.id,
    preset: `${e.id}@${e.version}`,
    category: e.category,
    name: e.name,
    provider: e.provider.name,
    ...(e.role ? { role: e.role } : {}),
    purpose: e.purpose,
    cookies: e.cookies.map(({ name, pattern, duration }) => ({ name, ...(pattern ? { pattern } : {}), duration })),
    ...(e.cookieless ? { cookieless: true } : {}),
    policyUrl: e.policyUrl,
  };
}

export const api = { loadCatalogue: () => ENTRIES, expandPreset };
