// The Next.js pattern in one page: the server's HTML (renderToString, here in the browser), then
// hydrateRoot, then init() after hydration, as a `useEffect` in a client component runs it.
// `?returning` first writes a stored decision that grants analytics, as a returning visitor has.
// What the test reads: window.__serverHtml, window.__sawOff (did the "off" fallback ever reach
// the DOM), window.__states (each state the component rendered), window.__errors (hydration).
import { createElement as h, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ConsentGate, useConsent } from '../../../src/widget/react.js';
import { init } from '../../../src/widget/core.js';
import { encodeConsent } from '../../../src/widget/fast/cookie.js';
import type { NoticeInput } from '../../../src/widget/types.js';

declare global {
  interface Window {
    __serverHtml: string;
    __sawOff: boolean;
    __states: string[];
    __errors: string[];
  }
}

const notice: NoticeInput = {
  revision: '1',
  language: 'en',
  controller: { name: 'Eksempel AS', email: 'personvern@eksempel.test' },
  categories: { analytics: { title: 'Statistics' } },
  googleConsentMode: false,
};

if (location.search === '?returning')
  document.cookie = `samtykke=${encodeConsent({
    id: '0b5c2f4e-8d3a-4c1e-9f2b-7a6d5e4c3b2a',
    timestamp: new Date().toISOString(),
    revision: '1',
    method: 'accept-all',
    categories: { necessary: true, analytics: true },
    services: {},
  })}; Path=/; SameSite=Lax`;

function App(): ReactNode {
  const consent = useConsent();
  const state = consent === undefined ? 'unknown' : consent === null ? 'none' : consent.method;
  window.__states.push(state);
  return h(
    'main',
    null,
    h('output', { id: 'state' }, state),
    h(
      ConsentGate,
      {
        category: 'analytics',
        pending: h('span', { id: 'pending' }),
        fallback: h('em', { id: 'off' }, 'Statistics are off.'),
      },
      h('strong', { id: 'on' }, 'Statistics are on.'),
    ),
  );
}

window.__states = [];
window.__errors = [];
window.__serverHtml = renderToString(h(App));
const root = document.getElementById('root')!;
// The server's markup, as the browser receives it (renderToString's own output, not config text).
root.innerHTML = window.__serverHtml;
window.__sawOff = !!root.querySelector('#off');
new MutationObserver(() => (window.__sawOff ||= !!root.querySelector('#off'))).observe(root, {
  childList: true,
  subtree: true,
});
hydrateRoot(root, h(App), { onRecoverableError: (error) => window.__errors.push(String(error)) });
// init() after hydration, a little later, as a client component's effect would.
setTimeout(() => init(notice), 50);
