// axe-core, run in the page and into the shadow roots (issue 3, "Done when"): no serious or
// critical violation on the first layer, the second layer or an iframe placeholder, in light
// and dark. The consent core is a fake WidgetHost; the host interface is the UI's contract.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import '../../src/widget/ui/widget.js';
import { mountReopen } from '../../src/widget/fast/controls.js';
import { resolveLanguage } from '../../src/widget/i18n/language.js';
import type { SamtykkeWidget } from '../../src/widget/ui/widget.js';
import { mountPlaceholder } from '../../src/widget/fast/controls-placeholder.js';
import type { WidgetHost } from '../../src/widget/ui/host.js';
import type { Config, Consent } from '../../src/widget/types.js';

const axe = (window as unknown as { axe: { run(c: ElementContext, o: RunOptions): Promise<AxeResults> } }).axe;

const config: Config = {
  revision: '1',
  language: 'nb',
  controller: {
    name: 'Mestergruppen Eiendom AS',
    orgNumber: '974451204',
    address: 'Nils Hansens vei 8, 0667 Oslo',
    email: 'personvern@example.no',
    phone: '+47 22 00 00 00',
    dpoEmail: 'dpo@example.no',
    policyUrl: 'https://example.no/personvern',
  },
  categories: {
    necessary: { title: 'Nødvendige', description: 'Får nettstedet til å virke.' },
    analytics: { title: 'Statistikk', description: 'Teller besøk.' },
    marketing: { title: 'Markedsføring', description: 'Annonser andre steder.' },
  },
  services: [
    {
      id: 'session',
      category: 'necessary',
      name: 'Innlogging',
      legalBasis: 'consent',
      cookies: [{ name: 'sid', duration: 'økt' }],
    },
    {
      id: 'google-analytics',
      category: 'analytics',
      name: 'Google Analytics 4',
      provider: 'Google Ireland Ltd.',
      purpose: 'Besøksstatistikk',
      legalBasis: 'consent',
      cookies: [{ name: '_ga', duration: '2 år' }],
      transfer: 'USA',
      policyUrl: 'https://policies.google.com/privacy',
    },
    {
      id: 'meta-pixel',
      category: 'marketing',
      name: 'Meta Pixel',
      provider: 'Meta Platforms Ireland Ltd.',
      legalBasis: 'consent',
      cookies: [],
    },
  ],
  purposes: [{ title: 'Statistikk', legalBasis: 'consent', data: 'Sider sett', retention: '14 måneder', recipients: 'Google' }],
  rights: ['access', 'erasure', 'objection', 'withdraw', 'complaint'],
  authority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no' },
  cookie: { name: 'samtykke', domain: '', path: '/', sameSite: 'Lax', expiresAfterDays: 180 },
  gpc: 'honor',
  googleConsentMode: false,
  autoBlock: false,
  reloadOnWithdraw: true,
  theme: 'auto',
};

function host(consent: Consent | null): WidgetHost {
  const never = () => new Promise<Consent>(() => {});
  return {
    config,
    language: resolveLanguage(config.language),
    consent,
    gpcHonoured: false,
    services: () => config.services,
    acceptAll: never,
    rejectAll: never,
    save: never,
    history: async () => [],
    subscribe: () => () => {},
  };
}

/** Serious and critical violations, with enough detail to fix them. */
async function violations(context: ElementContext): Promise<string[]> {
  const r = await axe.run(context, { resultTypes: ['violations'] });
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

before(async () => {
  await emulateMedia({ reducedMotion: 'reduce' });
});
afterEach(() => fixtureCleanup());
after(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility, ${scheme}`, () => {
    beforeEach(async () => {
      await emulateMedia({ colorScheme: scheme });
    });

    it('the first layer has no serious or critical axe violation', async () => {
      const el = await fixture<SamtykkeWidget>(html`<samtykke-widget .host=${host(null)}></samtykke-widget>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.banner')).to.exist;
      expect(await violations(el)).to.deep.equal([]);
    });

    it('the second layer has no serious or critical axe violation', async () => {
      const el = await fixture<SamtykkeWidget>(html`<samtykke-widget .host=${host(null)}></samtykke-widget>`);
      el.show();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const d = el.shadowRoot!.querySelector('dialog')!;
      expect(d.open).to.equal(true);
      for (const x of d.querySelectorAll('details')) x.open = true;
      await el.updateComplete;
      expect(await violations(el)).to.deep.equal([]);
    });

    it('the re-open button has no serious or critical axe violation', async () => {
      const c: Consent = {
        id: 'x',
        timestamp: new Date().toISOString(),
        revision: '1',
        method: 'reject-all',
        categories: { necessary: true },
        services: {},
      };
      const el = await fixture<SamtykkeWidget>(html`<samtykke-widget .host=${host(c)}></samtykke-widget>`);
      // The fast path's re-open control, as it sits beside the widget on a page.
      mountReopen(el.shadowRoot!, 'en', 'auto', () => el.show()).setVisible(true);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.reopen')).to.exist;
      expect(await violations(el)).to.deep.equal([]);
    });

    it('an iframe placeholder has no serious or critical axe violation', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div><iframe title="Video" width="560" height="315" data-consent="marketing"></iframe></div>`,
      );
      const unmount = mountPlaceholder(
        box.querySelector('iframe')!,
        {
          serviceName: 'YouTube',
          categoryTitle: 'Markedsføring',
          allow: () => {},
        },
        'nb',
      );
      expect(await violations(box)).to.deep.equal([]);
      unmount();
    });

    it('the placeholders that grant nothing (no service named; not declared) have no serious or critical axe violation', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div><iframe title="Booking" width="560" height="315"></iframe><iframe title="Video" width="560" height="315"></iframe></div>`,
      );
      const [booking, video] = box.querySelectorAll('iframe');
      const common = { categoryTitle: 'Markedsføring', policyUrl: '/personvern', choose: () => {} };
      mountPlaceholder(booking, { ...common, serviceName: 'booking.example.test' }, 'nb');
      mountPlaceholder(
        video,
        { ...common, serviceName: 'youtube', serviceNameIsStandIn: true, catalogueId: 'youtube', unavailable: true },
        'nb',
      );
      expect(await violations(box)).to.deep.equal([]);
    });
  });
}
