// The bundler entry (src/widget/module.ts) with a language imported on its own
// (`samtykke/i18n/sv`): the interface speaks Swedish from the bundle, with no file fetched from
// beside it (a bundle has none).
import { expect } from '@open-wc/testing';
import '../../src/widget/i18n/entries/sv.js';
import { init } from '../../src/widget/module.js';

describe('samtykke with samtykke/i18n/sv imported', () => {
  it('shows the banner in Swedish, fetching no language file', async () => {
    const fetched: string[] = [];
    const fetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, options?: RequestInit) => {
      fetched.push(String(input));
      return fetch(input, options);
    };
    try {
      init({
        revision: '1',
        language: 'sv',
        controller: { name: 'Eksempel AB', email: 'a@b.se' },
        categories: { analytics: {} },
        googleConsentMode: false,
      });
      const end = Date.now() + 8000;
      const button = () =>
        [...(document.querySelector('samtykke-widget')?.shadowRoot?.querySelectorAll('button') ?? [])].find(
          (b) => b.textContent?.trim() === 'Godkänn alla',
        );
      while (!button() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      const root = document.querySelector('samtykke-widget')?.shadowRoot;
      expect(
        button(),
        `the Swedish "Accept all" among: ${[...(root?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim()).join(' | ')}`,
      ).to.exist;
      expect(fetched.filter((url) => url.includes('.json'))).to.deep.equal([]);
    } finally {
      window.fetch = fetch;
    }
  });
});
