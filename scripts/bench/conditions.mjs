// The conditions the bench measures under: CPU throttling and Chrome DevTools' "Slow 4G"
// network profile, applied over the Chrome DevTools Protocol to one page's session.

/**
 * Chrome DevTools' "Slow 4G" preset, as DevTools itself sends it to
 * `Network.emulateNetworkConditions` when you pick "Slow 4G" in the Network panel.
 *
 * Source: ChromeDevTools/devtools-frontend, front_end/core/sdk/NetworkManager.ts,
 * `Slow4GConditions` (commit 00d120bf0e61feb60bf7c31cf879454577904b77; the preset called
 * "Fast 3G" until May 2024, renamed to match Lighthouse, crbug.com/342406608):
 *   download: 1.6 * 1000 * 1000 / 8 * .9   // ~1.6 Mbit/s down  → 180,000 B/s
 *   upload:   750 * 1000 / 8 * .9          // ~0.75 Mbit/s up   →  84,375 B/s
 *   latency:  slow4GTargetLatency * 3.75   // 150 ms RTT target → 562.5 ms
 * The throughputs are scaled by 0.9 and the 150 ms round trip by 3.75 because DevTools throttles
 * per request, above TCP: the factors make a request-level delay approximate what a 150 ms RTT
 * costs a real connection (handshakes, slow start). DevTools' own test
 * (front_end/core/sdk/NetworkManager.test.ts) pins what reaches the protocol: latency 562.5,
 * downloadThroughput 180000, uploadThroughput 84375, connectionType cellular4g.
 */
export const SLOW_4G = Object.freeze({
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
  connectionType: 'cellular4g',
});

/** What a condition's label says, for the table and the progress lines. */
export const conditionLabel = ({ cpu, network }) =>
  [cpu > 1 ? `${cpu}× CPU` : 'no CPU throttling', network === SLOW_4G ? '"Slow 4G"' : null].filter(Boolean).join(' + ');

/**
 * Applies `condition` ({ cpu, network }) to a page's CDP session. Throttling lives as long as
 * the session: a first visit's context is closed after it; a returning visitor's is reset with
 * `clearCondition` so the other variants' pages, waiting meanwhile, run unthrottled.
 */
export async function applyCondition(cdp, { cpu, network }) {
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
}

/** Undoes `applyCondition` (best effort: the session may be gone). */
export async function clearCondition(cdp, { cpu, network }) {
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
  if (network)
    await cdp
      // Zero latency and -1 throughputs remove the throttling (as Playwright and DevTools do).
      .send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
      .catch(() => {});
}

/**
 * What one bench run measures, in this order, each phase alternating the variants round by
 * round: `visit` first (a fresh context: empty cache, no cookies) or returning (the same context
 * after Accept all, scripts from the HTTP cache, the page itself no-store), under `condition`.
 * Issue 24 point 7 names the conditions: script and long-task time at 4× CPU, buttons and a
 * returning visitor's consented script at 4× CPU with "Slow 4G".
 */
export const PHASES = [
  { key: 'first-4x', visit: 'first', condition: { cpu: 4, network: null } },
  { key: 'first-4x-slow4g', visit: 'first', condition: { cpu: 4, network: SLOW_4G } },
  { key: 'returning-4x', visit: 'returning', condition: { cpu: 4, network: null } },
  { key: 'returning-4x-slow4g', visit: 'returning', condition: { cpu: 4, network: SLOW_4G } },
];
