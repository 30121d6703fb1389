import { useState } from 'react';
import { ConsentGate, useConsent, useGranted } from 'samtykke/react';

/** Gated markup as a site writes it in a component: React creates (and later removes) these nodes. */
function Embeds() {
  return (
    <section id="embeds">
      <script type="text/plain" data-consent="analytics" dangerouslySetInnerHTML={{ __html: "window.__ran.push('inline')" }} />
      <script type="text/plain" data-consent="analytics" data-service="stats" data-src="/stats.js" />
      <iframe title="Video" width="320" height="180" data-consent="marketing" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/test" />
    </section>
  );
}

export function App() {
  const [mounted, setMounted] = useState(true);
  const consent = useConsent();
  const video = useGranted('marketing', 'youtube');
  return (
    <main>
      <button id="toggle" onClick={() => setMounted((m) => !m)}>
        {mounted ? 'Unmount' : 'Mount'}
      </button>
      <output id="method">{consent?.method ?? 'none'}</output>
      <output id="video">{video ? 'granted' : 'refused'}</output>
      {mounted && <Embeds />}
      {mounted && (
        <ConsentGate category="analytics" service="stats" fallback={<p id="fallback">Statistics are off.</p>}>
          <p id="gated">Statistics are on.</p>
        </ConsentGate>
      )}
    </main>
  );
}
