// Shared by the widget's browser tests: a notice to render, and a fake WidgetHost that records
// calls and decides like the consent core would, without cookies (the host interface is the UI's
// contract), and small queries into the widget's shadow root.
import { mountReopen } from '../../src/widget/fast/controls.js';
import { resolveLanguage } from '../../src/widget/i18n/language.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/widget/ui/widget.js';
import type { SamtykkeWidget } from '../../src/widget/ui/widget.js';
import type { WidgetHost } from '../../src/widget/ui/host.js';
import type { Config, Consent, Receipt } from '../../src/widget/types.js';

export const baseConfig: Config = {
  revision: '2024-06-17',
  language: 'en',
  controller: {
    name: 'Testfirma AS',
    orgNumber: '974451204',
    address: 'Storgata 1, 0155 Oslo',
    email: 'personvern@testfirma.no',
    phone: '+47 22 00 00 00',
    dpoEmail: 'dpo@testfirma.no',
    policyUrl: 'https://testfirma.no/personvern',
  },
  categories: {
    necessary: { title: { en: 'Necessary', nb: 'Nødvendige' }, description: { en: 'Makes the site work.' } },
    analytics: { title: { en: 'Analytics', nb: 'Statistikk' }, description: { en: 'Counts visits.' } },
    marketing: { title: { en: 'Marketing', nb: 'Markedsføring' }, description: { en: 'Ads elsewhere.' } },
  },
  services: [
    {
      id: 'session',
      category: 'necessary',
      name: 'Session',
      provider: 'Testfirma AS',
      purpose: 'Keeps you logged in',
      legalBasis: 'contract',
      cookies: [{ name: 'sid', duration: 'session' }],
    },
    {
      id: 'google-analytics',
      category: 'analytics',
      name: 'Google Analytics 4',
      provider: 'Google Ireland Ltd.',
      purpose: { en: 'Visitor statistics', nb: 'Besøksstatistikk' },
      legalBasis: 'consent',
      cookies: [
        { name: '_ga', duration: { en: '2 years', nb: '2 år' } },
        { name: '_ga_<id>', pattern: '^_ga_.+$', duration: { en: '2 years' } },
      ],
      transfer: { en: 'USA (EU–US Data Privacy Framework)' },
      policyUrl: 'https://policies.google.com/privacy',
    },
    {
      id: 'meta-pixel',
      category: 'marketing',
      name: 'Meta Pixel',
      provider: 'Meta Platforms Ireland Ltd.',
      purpose: 'Ads on Facebook and Instagram',
      legalBasis: 'consent',
      cookies: [{ name: '_fbp', duration: '3 months' }],
      policyUrl: 'https://www.facebook.com/privacy/policy/',
    },
    { id: 'hotjar', category: 'analytics', name: 'Hotjar', provider: 'Hotjar Ltd.', legalBasis: 'consent', cookies: [] },
  ],
  purposes: [
    {
      title: { en: 'Visitor statistics' },
      legalBasis: 'consent',
      data: 'Pages seen, device type',
      retention: '14 months',
      recipients: 'Google',
    },
    { title: 'Customer service', legalBasis: 'contract', data: 'Name, email', retention: '3 years' },
  ],
  rights: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw', 'complaint'],
  authority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no' },
  cookie: { name: 'samtykke', domain: '', path: '/', sameSite: 'Lax', expiresAfterDays: 180 },
  gpc: 'honor',
  googleConsentMode: false,
  autoBlock: false,
  reloadOnWithdraw: true,
  theme: 'auto',
};

/** The baseConfig in Nynorsk (and Bokmål), as a Nynorsk notice would write it. */
export const nnConfig: Config = {
  ...baseConfig,
  language: 'nn',
  controller: { ...baseConfig.controller, name: 'Resultat24 AS' },
  categories: {
    necessary: { title: { nb: 'Nødvendige', nn: 'Nødvendige' } },
    analytics: { title: { nb: 'Statistikk', nn: 'Statistikk' } },
    marketing: { title: { nb: 'Markedsføring', nn: 'Marknadsføring' } },
  },
  services: [
    {
      id: 'login',
      category: 'necessary',
      name: { nb: 'Innlogging (bokmål)', nn: 'Innlogging (nynorsk)' },
      provider: 'Resultat24 AS',
      purpose: { nb: 'Holder deg innlogget', nn: 'Held deg innlogga' },
      legalBasis: 'contract',
      cookies: [{ name: 'sid', duration: { nb: 'økten', nn: 'økta' } }],
    },
    {
      id: 'google-analytics',
      category: 'analytics',
      name: 'Google Analytics 4',
      provider: 'Google Ireland Ltd.',
      purpose: { nn: 'Besøksstatistikk' },
      legalBasis: 'consent',
      cookies: [{ name: '_ga', duration: { nn: '2 år' } }],
    },
    {
      id: 'meta-pixel',
      category: 'marketing',
      name: 'Meta Pixel',
      provider: 'Meta Platforms Ireland Ltd.',
      legalBasis: 'consent',
      cookies: [],
    },
    {
      id: 'youtube',
      category: 'marketing',
      name: { nb: 'YouTube-videoer (bokmål)', nn: 'YouTube-videoar' },
      provider: 'Google Ireland Ltd.',
      legalBasis: 'consent',
      cookies: [],
    },
  ],
  purposes: [{ title: { nn: 'Løn' }, legalBasis: 'legal-obligation' }],
};

type Call = [string, unknown?];

/** A WidgetHost that records calls and decides like the core would, without cookies. */
export function fakeHost(config: Config = baseConfig, start: Consent | null = null, gpc = false) {
  const calls: Call[] = [];
  const subs = new Set<() => void>();
  let consent = start;
  const ids = () => [...Object.keys(config.categories), ...config.services.map((s) => s.id)];
  const decide = (method: Consent['method'], choices: Record<string, boolean>) => {
    const categories: Record<string, boolean> = {};
    const services: Record<string, boolean> = {};
    for (const id of Object.keys(config.categories)) categories[id] = id === 'necessary' || !!choices[id];
    for (const s of config.services) services[s.id] = s.category === 'necessary' || !!choices[s.id];
    consent = {
      id: '6f1c2b9e-0d4a-4c43-9a57-2d1b6a3e8f10',
      timestamp: '2026-11-22T10:00:00.000Z',
      revision: config.revision,
      method,
      categories,
      services,
    };
    subs.forEach((f) => f());
    return Promise.resolve(consent);
  };
  const history: Receipt[] = [];
  const host: WidgetHost = {
    config,
    // As the fast path resolves it once for the page (fast/notice.ts).
    language: resolveLanguage(config.language),
    get consent() {
      return consent;
    },
    gpcHonoured: gpc,
    services: () => config.services,
    acceptAll() {
      calls.push(['acceptAll']);
      return decide('accept-all', Object.fromEntries(ids().map((i) => [i, true])));
    },
    rejectAll() {
      calls.push(['rejectAll']);
      return decide('reject-all', {});
    },
    save(choices) {
      calls.push(['save', choices]);
      return decide('custom', choices);
    },
    history: async () => history,
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
  return { host, calls, subs, history };
}

/**
 * The element as the fast path composes it on a page: the widget, and beside it in the same
 * shadow root the fast path's re-open control, shown while a decision stands, or always for a
 * notice with nothing but necessary (fast/interface.ts).
 */
export async function mount(host: WidgetHost): Promise<SamtykkeWidget> {
  const el = await fixture<SamtykkeWidget>(html`<samtykke-widget .host=${host}></samtykke-widget>`);
  const reopen = mountReopen(el.shadowRoot!, resolveLanguage(host.config.language), host.config.theme, (opener) => {
    (opener as HTMLElement).focus();
    el.show();
  });
  const asksNothing = Object.keys(host.config.categories).every((id) => id === 'necessary');
  const update = () => reopen.setVisible(asksNothing || host.consent !== null);
  host.subscribe(update);
  update();
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: SamtykkeWidget, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: SamtykkeWidget, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
/** A node's text with its white space collapsed, as a visitor reads it. */
export const textOf = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
export const buttons = (root: ParentNode) => [...root.querySelectorAll<HTMLButtonElement>('button')];
export const byText = (root: ParentNode, name: string) => {
  const b = buttons(root).find((x) => x.textContent!.trim() === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
};
export const active = (el: SamtykkeWidget) => el.shadowRoot!.activeElement;
export const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

export async function openDialog(el: SamtykkeWidget, via?: HTMLElement) {
  (via ?? byText($(el, '.banner')!, 'Choose')).click();
  await el.updateComplete;
  await frame();
  const d = $<HTMLDialogElement>(el, 'dialog')!;
  expect(d.open, 'dialog open').to.equal(true);
  return d;
}

/**
 * The hooks the widget's test files share: the banner measured at rest (it slides in), and the
 * page put back after each test (no fixture, no lang, light scheme, the default viewport).
 */
export function widgetPageHooks(): void {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  afterEach(async () => {
    fixtureCleanup();
    document.documentElement.lang = '';
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });
}

/** The relative luminance of a CSS `rgb()` colour (WCAG 2). */
export function luminance(colour: string): number {
  const [r, g, b] = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((value) => {
      const s = Number(value) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two CSS `rgb()` colours. */
export function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (lighter + 0.05) / (darker + 0.05);
}
