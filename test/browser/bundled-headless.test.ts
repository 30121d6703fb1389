// `samtykke/core` (src/widget/core.ts) in Chromium: the headless entry decides, gates and fires
// its events with no interface at all: no widget element, no banner, no placeholder, and no
// interface part requested.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { init } from '../../src/widget/core.js';

declare global {
  interface Window {
    __ran: string[];
  }
}

const until = async (fn: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error('timed out waiting for ' + fn);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('samtykke/core', () => {
  it('decides, gates and fires its typed events with no interface on the page', async () => {
    window.__ran = [];
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      const box = document.body.appendChild(document.createElement('div'));
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.setAttribute('data-consent', 'analytics');
      script.text = "window.__ran.push('analytics')";
      const iframe = document.createElement('iframe');
      iframe.setAttribute('data-consent', 'analytics');
      iframe.setAttribute('data-src', 'about:blank');
      box.append(script, iframe);

      const changes: string[] = [];
      document.addEventListener('samtykke:change', (e) => changes.push(e.detail.consent?.method ?? 'none'));
      const api = init({
        revision: '1',
        language: 'en',
        controller: { name: 'Eksempel AS', email: 'a@b.no' },
        categories: { analytics: {} },
        googleConsentMode: false,
      });
      expect(init({ revision: '2', controller: { name: 'Other' }, categories: {} })).to.equal(api);
      const ready = await new Promise((resolve) => api.on('ready', resolve));
      expect(ready).to.deep.equal({ consent: null });
      await new Promise((r) => setTimeout(r, 200));
      expect(document.querySelector('samtykke-widget')).to.equal(null);
      expect(document.querySelector('samtykke-placeholder')).to.equal(null);
      expect(window.__ran).to.deep.equal([]);

      // The page's own Accept button: a grant needs the visitor's click (SPEC §5).
      const accept = box.appendChild(document.createElement('button'));
      accept.textContent = 'Accept';
      const decided = new Promise<Awaited<ReturnType<typeof api.acceptAll>>>((resolve, reject) =>
        accept.addEventListener('click', () => api.acceptAll().then(resolve, reject), { once: true }),
      );
      const where = accept.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(where.x + where.width / 2), Math.round(where.y + where.height / 2)],
      });
      const consent = await decided;
      expect(consent.categories.analytics).to.equal(true);
      await until(() => window.__ran.length === 1 && iframe.getAttribute('src') === 'about:blank');
      expect(changes).to.deep.equal(['accept-all']);
      expect(api.granted('analytics')).to.equal(true);
      api.show(); // nothing to open, and nothing breaks
      expect(document.querySelector('samtykke-widget')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      console.error = error;
    }
  });
});
